import Foundation

/// The YAML files of `content/data/`, parsed once and shared by every page's tables.
public struct DataStore: Sendable {
    /// Parsed files by name without extension (`provinces`).
    public internal(set) var files: [String: YAMLValue] = [:]
    /// Raw text of each file by name with extension, for the rulebook loader.
    public private(set) var texts: [String: String] = [:]
    private(set) var problems: [Diagnostic] = []
    /// Files that exist but could not be read or parsed (`content/data/provinces.yaml`): their error is
    /// reported once, here, and what reads them says nothing more.
    public private(set) var broken: Set<String> = []

    static func load(from dir: URL, files: FileIO = .disk) -> DataStore {
        var store = DataStore()
        for name in SourceListing(dir, label: "content/data", files: files).files where name.hasSuffix(".yaml") && !name.contains("/") {
            let file = "content/data/" + name
            guard let text = files.text(dir.appendingPathComponent(name).path) else {
                store.problems.append(Diagnostic(file: file, message: "cannot read the file as UTF-8 text"))
                store.broken.insert(file)
                continue
            }
            store.texts[name] = text
            switch composeYAML(text, file: file) {
            case .success(let node): store.files[String(name.dropLast(5))] = node.map(YAMLValue.init) ?? .null
            case .failure(let d):
                store.problems.append(d)
                store.broken.insert(file)
            }
        }
        return store
    }

    /// The rows of a table: the list at `key` in the file, or the file itself when it is a list.
    func rows(file: String, key: String?) -> [YAMLValue]? {
        guard let value = files[file] else { return nil }
        if let key {
            guard case .list(let rows)? = value.value(atPath: key) else { return nil }
            return rows
        }
        if case .list(let rows) = value { return rows }
        if case .list(let rows)? = value[file] { return rows }
        return nil
    }
}
