@testable import CheckerServer
import Foundation
import Testing

#if canImport(Glibc)
@Suite("Watching folders that are deleted and recreated")
struct WatcherFolderTests {
    @Test("theme/ deleted and made again is reported and watched again", .timeLimit(.minutes(1)))
    func recreatedFolder() async throws {
        let root = try TestSite.make(build: false)
        let content = root.appendingPathComponent("content").standardizedFileURL.path
        let theme = root.appendingPathComponent("theme").standardizedFileURL.path
        let watcher = try #require(DirectoryWatcher(folders: [content, theme]))
        try FileManager.default.removeItem(atPath: theme)
        let gone = try await watcher.nextChange(quiet: .milliseconds(50))
        #expect(gone.paths.contains(theme))

        try FileManager.default.createDirectory(atPath: theme + "/templates", withIntermediateDirectories: true)
        let back = try await watcher.nextChange(quiet: .milliseconds(50))
        #expect(back.paths.contains(theme))

        let task = Task { try await watcher.nextChange(quiet: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(100))
        try "{{title}}\n".write(toFile: theme + "/templates/page.mustache", atomically: false, encoding: .utf8)
        let edited = try await task.value
        #expect(edited.paths.contains(theme + "/templates/page.mustache"))
    }
}
#endif
