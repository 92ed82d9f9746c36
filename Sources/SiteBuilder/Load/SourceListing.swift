import Foundation

/// The files below a source folder (`content/`, `theme/templates/`, `theme/static/`), with what is wrong
/// with their names.
///
/// Rules that hold for every source file:
/// - hidden files and editor leftovers (`.name`, `name~`, `#name#`, `*.swp`, `*.swo`) are not sources;
/// - a symbolic link is never followed: one that leads outside the folder, or anywhere, is an error (the
///   folder itself may be a link);
/// - a name a URL would have to encode (spaces, quotes, `#`, `?`, `%`, `<`, `>`, backslash, control or
///   formatting characters) is an error, as are two names that are one name in different Unicode forms
///   (NFC and NFD): the site's files are named in NFC.
struct SourceListing {
    /// Paths relative to the folder, as the file system spells them, sorted.
    var files: [String] = []
    var problems: [Diagnostic] = []
    private let io: FileIO

    /// Lists `folder`, naming files in diagnostics as `label/path` (e.g. `content/a.md`).
    init(_ folder: URL, label: String, files: FileIO = .disk) {
        io = files
        let top = folder.resolvingSymlinksInPath().path
        var seen: [String: String] = [:]
        collect(top, relative: "", top: top, label: label, seen: &seen)
        self.files.sort()
    }

    private mutating func collect(_ path: String, relative: String, top: String, label: String, seen: inout [String: String]) {
        for entry in io.entries(path) ?? [] where !Self.isIgnored(entry.name) {
            let childRelative = relative.isEmpty ? entry.name : relative + "/" + entry.name
            let file = label + "/" + childRelative
            if let problem = Self.nameProblem(entry.name) {
                problems.append(Diagnostic(file: file, message: "the file name \(problem)", help: "rename it with letters, digits and `-`"))
                continue
            }
            // Swift compares strings by canonical equivalence, so an NFD spelling finds its NFC twin here.
            if let twin = seen[childRelative] {
                problems.append(Diagnostic(
                    file: file, message: "this name and `\(label)/\(twin)` are one name spelt in two Unicode forms (NFC and NFD)",
                    help: "keep one of the two files"))
                continue
            }
            seen[childRelative] = childRelative
            switch entry.kind {
            case .folder: collect(path + "/" + entry.name, relative: childRelative, top: top, label: label, seen: &seen)
            case .file: files.append(childRelative)
            case .other: problems.append(Self.linkProblem(path + "/" + entry.name, top: top, file: file))
            }
        }
    }

    /// Every regular file below a folder, relative to it, sorted (the diagnostics are the caller's to report).
    static func files(under folder: URL) -> [String] {
        SourceListing(folder, label: folder.lastPathComponent).files
    }

    /// Hidden files and the backups and locks editors leave beside a file.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo")
    }

    /// What is wrong with a file name for a URL, or nil.
    static func nameProblem(_ name: String) -> String? {
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                if scalar.value < 0x20 || scalar.value == 0x7F { return "`\(visible(name))` holds a control character" }
                if " \"'`<>\\#?%{}|^[]".unicodeScalars.contains(scalar) {
                    return "`\(visible(name))` holds \(scalar == " " ? "a space" : "`" + String(scalar) + "`"), which links would have to encode"
                }
            } else {
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .unassigned, .surrogate, .privateUse:
                    return "`\(visible(name))` holds the invisible or unassigned character U+\(String(scalar.value, radix: 16, uppercase: true))"
                default: continue
                }
            }
        }
        return nil
    }

    /// The name with control characters shown as escapes, for a diagnostic.
    private static func visible(_ name: String) -> String {
        name.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    /// A symbolic link (or socket, or device) where a source file was expected.
    private static func linkProblem(_ path: String, top: String, file: String) -> Diagnostic {
        guard let (message, help) = linkMessage(path, top: top) else {
            return Diagnostic(file: file, message: "not a regular file or folder", help: "remove it; only files and folders are sources")
        }
        return Diagnostic(file: file, message: message, help: help)
    }

    /// What to say about the symbolic link at `path` below `top`; nil when it is not a link.
    static func linkMessage(_ path: String, top: String) -> (message: String, help: String)? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return nil }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if resolved != top && !resolved.hasPrefix(top + "/") {
            return ("a symbolic link to `\(target)`, outside the folder; sources never read outside it",
                    "copy the file in instead of linking to it")
        }
        return ("a symbolic link to `\(target)`; links are not followed, even inside the folder",
                "link to the page or file from Markdown, or copy it")
    }

    /// The first symbolic link met walking from `top` down `relative` (a normalised path), with what to say
    /// about it; nil when every step is a real file or folder.
    static func firstLink(in relative: String, under top: URL) -> (path: String, message: String, help: String)? {
        let base = top.resolvingSymlinksInPath().path
        var path = base
        var walked = ""
        for component in relative.split(separator: "/") {
            path += "/" + component
            walked += (walked.isEmpty ? "" : "/") + component
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            if info.st_mode & S_IFMT == S_IFLNK, let (message, help) = linkMessage(path, top: base) {
                return (walked, message, help)
            }
        }
        return nil
    }
}
