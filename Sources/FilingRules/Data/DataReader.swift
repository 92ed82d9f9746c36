import Yams

/// Reads one data file's YAML tree, collecting diagnostics with line numbers instead of
/// stopping at the first problem.
final class DataReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Source ids referenced, with where, checked against `sources.yaml` once all files are read.
    private(set) var sourceReferences: [(id: String, line: Int?)] = []

    init(file: String) { self.file = file }

    func error(_ line: Int?, _ message: String, help: String? = nil) {
        diagnostics.append(Diagnostic(file: file, line: line ?? 0, message: message, help: help))
    }

    /// Parses the text; nil (with a diagnostic) when it is not YAML, over `YAMLReader`'s limits, or not a mapping.
    func root(_ text: String) -> Entry? {
        let node: Node?
        do {
            node = try YAMLReader.compose(text)
        } catch {
            diagnostics.append(error.diagnostic(file: file))
            return nil
        }
        guard let node else {
            self.error(nil, "the file is empty")
            return nil
        }
        return entry(node, what: "the file")
    }

    /// A mapping node, or nil with a diagnostic.
    func entry(_ node: Node, what: String) -> Entry? {
        guard case .mapping(let mapping) = node else {
            error(node.mark?.line, "expected \(what) to be a mapping of fields")
            return nil
        }
        return Entry(reader: self, mapping: mapping)
    }

    /// A list node's items, or [] with a diagnostic.
    func items(_ node: Node, what: String) -> [Node] {
        guard case .sequence(let sequence) = node else {
            error(node.mark?.line, "expected \(what) to be a list")
            return []
        }
        return Array(sequence)
    }

    func noteSources(_ ids: [String], line: Int?) {
        for id in ids { sourceReferences.append((id, line)) }
    }

    /// One mapping of a data file, read field by field.
    struct Entry {
        let reader: DataReader
        let mapping: Node.Mapping

        var line: Int? { mapping.mark?.line }

        func node(_ key: String) -> Node? {
            for (k, v) in mapping where k.scalar?.string == key { return v }
            return nil
        }

        /// Reports keys outside `allowed`, suggesting the nearest.
        func checkKeys(_ allowed: [String], what: String) {
            for (keyNode, _) in mapping {
                let key = keyNode.scalar?.string ?? "?"
                guard !allowed.contains(key) else { continue }
                var help = "accepted fields of \(what): \(allowed.joined(separator: ", "))"
                if let guess = EditDistance.suggestion(for: key, among: allowed) {
                    help = "did you mean `\(guess)`? " + help
                }
                reader.error(keyNode.mark?.line, "unknown field `\(key)` in \(what)", help: help)
            }
        }

        func missing(_ key: String, what: String) {
            reader.error(line, "missing field `\(key)` in \(what)", help: "add `\(key):` to this entry")
        }

        func string(_ key: String, what: String, required: Bool = true) -> String? {
            guard let node = node(key) else {
                if required { missing(key, what: what) }
                return nil
            }
            if let texts = DataReader.languageTexts(node) { return texts["en"] }
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
                reader.error(node.mark?.line, "`\(key)` in \(what) must be text")
                return nil
            }
            return scalar.string
        }

        func int(_ key: String, what: String, required: Bool = true) -> Int? {
            guard let node = node(key) else {
                if required { missing(key, what: what) }
                return nil
            }
            if case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) { return value }
            reader.error(node.mark?.line, "`\(key)` in \(what) must be a whole number")
            return nil
        }

        func bool(_ key: String, what: String, required: Bool = true) -> Bool? {
            guard let node = node(key) else {
                if required { missing(key, what: what) }
                return nil
            }
            if case .scalar(let scalar) = node, let value = YAMLBoolean.value(scalar) { return value }
            reader.error(node.mark?.line, "`\(key)` in \(what) must be true or false")
            return nil
        }

        func strings(_ key: String, what: String, required: Bool = true) -> [String]? {
            guard let node = node(key) else {
                if required { missing(key, what: what) }
                return nil
            }
            return DataReader.strings(node, reader: reader, key: key, what: what)
        }

        func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, what: String, required: Bool = true) -> E? where E.RawValue == String {
            guard let text = string(key, what: what, required: required) else { return nil }
            if let value = E(rawValue: text) { return value }
            reader.error(node(key)?.mark?.line, "`\(key)` in \(what) is `\(text)`",
                help: "accepted: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }

        func confidence(what: String) -> Confidence? {
            enumeration("confidence", what: what)
        }

        /// Source ids, remembered for the cross-file check.
        func sources(what: String, required: Bool = true) -> [String] {
            guard let ids = strings("sources", what: what, required: required) else { return [] }
            if required, ids.isEmpty { reader.error(line, "`sources` in \(what) is empty", help: "name at least one id from sources.yaml") }
            reader.noteSources(ids, line: node("sources")?.mark?.line ?? line)
            return ids
        }

        func date(_ key: String, what: String, required: Bool = true) -> String? {
            guard let text = string(key, what: what, required: required) else { return nil }
            if DataReader.isDate(text) { return text }
            reader.error(node(key)?.mark?.line, "`\(key)` in \(what) is `\(text)`; expected a date like 2026-11-29")
            return nil
        }
    }

    /// The texts of a data text written in several languages, a mapping from language code (`en`, `zh-CN`)
    /// to text that holds English; nil for any other node.
    static func languageTexts(_ node: Node) -> [String: String]? {
        guard case .mapping(let mapping) = node else { return nil }
        var texts: [String: String] = [:]
        for (key, value) in mapping {
            guard let code = key.scalar?.string, (2...5).contains(code.count), code.first?.isLetter == true,
                  code.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }),
                  case .scalar(let text) = value, !text.string.isEmpty else { return nil }
            texts[code] = text.string
        }
        return texts["en"] == nil ? nil : texts
    }

    static func strings(_ node: Node, reader: DataReader, key: String, what: String) -> [String]? {
        guard case .sequence(let sequence) = node else {
            reader.error(node.mark?.line, "`\(key)` in \(what) must be a list")
            return nil
        }
        var result: [String] = []
        for item in sequence {
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                reader.error(item.mark?.line, "each item of `\(key)` in \(what) must be text")
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        for (i, b) in bytes.enumerated() where i != 4 && i != 7 {
            guard b >= 0x30, b <= 0x39 else { return false }
        }
        return true
    }
}
