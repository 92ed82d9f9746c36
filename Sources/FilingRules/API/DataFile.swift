/// One data file's text, handed to the rulebook by whoever read it from disk.
public struct DataFile: Sendable {
    /// Where the file lives, e.g. `content/data/provinces.yaml`; used in diagnostics.
    public let path: String
    /// The file's text.
    public let contents: String

    /// Wraps a file's path and text.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// The last path component, e.g. `provinces.yaml`.
    var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
