/// The evidence policy (content/about/_index.md#evidence): a `high` fact needs a current official source.
extension Loader {
    /// Years within which an official source counts as current.
    static let currentYears = 3

    /// The earliest date a source may carry to count as current when facts are reviewed on `reviewed`.
    static func currentSince(_ reviewed: String) -> String? {
        guard DataReader.isDate(reviewed), let year = Int(reviewed.prefix(4)) else { return nil }
        return String(year - currentYears) + reviewed.dropFirst(4)
    }

    /// Whether a source is official and current on `reviewed`: its own date, or the day it was read in the
    /// publisher's maintained documentation, falls within the window.
    func isCurrentOfficial(_ id: String, reviewed: String) -> Bool {
        guard let source = sourceTable[id], source.isOfficial, let since = Self.currentSince(reviewed) else { return false }
        return source.effectiveDate >= since
    }

    /// Refuses a `high` fact none of whose sources is a current official document.
    func checkEvidence(_ confidence: Confidence, sources: [String], reviewed: String?, entry: DataReader.Entry, what: String) {
        guard confidence == .high, let reviewed, !sourceTable.isEmpty else { return }
        guard !sources.contains(where: { isCurrentOfficial($0, reviewed: reviewed) }) else { return }
        entry.reader.error(
            entry.node("confidence")?.mark?.line ?? entry.line,
            "\(what) is `high` confidence but cites no current official source",
            help: "cite a page of MIIT, a provincial administration or an access provider dated within \(Self.currentYears) years of \(reviewed), or lower the confidence to medium")
    }
}
