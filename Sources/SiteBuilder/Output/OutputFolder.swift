import Foundation

/// What `icp build` may replace: only folders it made itself, which hold its marker file.
///
/// A build writes the site beside the output and swaps it in, keeping the replaced site as
/// `.NAME.previous`; both steps move or delete what the output held. So a folder that holds the sources or
/// a repository is refused outright, and any other non-empty folder without the marker unless the user
/// says it may go (`--force-out`). The spare and staging folders beside it are touched only when marked.
enum OutputFolder {
    /// The file that marks a folder as a site `icp build` wrote; hidden, so neither published nor served.
    static let markerName = ".icp-build"
    static let markerText = "This folder was written by `icp build`, which replaces it on every build.\n"

    /// Whether the folder exists and holds the marker.
    static func isMarked(_ folder: URL) -> Bool {
        FileManager.default.contents(atPath: folder.appendingPathComponent(markerName).path)
            .map { String(decoding: $0, as: UTF8.self) == markerText } ?? false
    }

    /// Whether nothing is at the path (no file, folder or link).
    static func isAbsent(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) != 0 && errno == ENOENT
    }

    /// Refuses a destination the build must not replace; `force` lets an unmarked non-empty folder go.
    static func check(_ destination: URL, root: URL, force: Bool) throws(BuildError) {
        let target = resolved(destination)
        let file = destination.path
        for source in ["content", "theme"] {
            let folder = resolved(root.appendingPathComponent(source))
            if folder == target || isInside(folder, target) || isInside(target, folder) {
                throw refusal(file, "the output folder would hold or replace the sources (\(source)/)",
                              help: "write the site elsewhere, e.g. --out \(root.path == "." ? "" : root.path + "/")public")
            }
        }
        guard !isAbsent(destination) else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw refusal(file, "the output exists and is not a folder", help: "choose a folder for --out")
        }
        if !isAbsent(target.appendingPathComponent(".git")) {
            throw refusal(file, "the output folder holds a repository (.git)", help: "write the site into a folder of its own")
        }
        let entries = folderEntries(target.path) ?? []
        if !entries.isEmpty && !isMarked(target) && !force {
            throw refusal(
                file, "the output folder holds files that `icp build` did not write (it has no \(markerName) file)",
                help: "choose an empty or new folder, or build once with `icp build --force-out` to replace this one and everything in it")
        }
    }

    /// Refuses to reuse or delete a folder beside the output (`.NAME.previous`, `.NAME.building-PID`) that
    /// something else made.
    static func checkSpare(_ folder: URL) throws(BuildError) {
        guard !isAbsent(folder), !isMarked(folder) else { return }
        throw refusal(folder.path, "this folder was not written by `icp build`, which keeps its previous site there",
                      help: "move or rename that folder")
    }

    private static func refusal(_ file: String, _ message: String, help: String) -> BuildError {
        BuildError([Diagnostic(file: file, message: message, help: help)])
    }

    /// The absolute path with symbolic links resolved, so `--out link-to-root` is seen for what it is.
    private static func resolved(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Whether `inner` lies strictly below `outer`.
    private static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        inner.path.hasPrefix(outer.path.hasSuffix("/") ? outer.path : outer.path + "/")
    }
}
