@testable import CheckerServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SiteBuilder
import Testing

@Suite("Watch mode")
struct WatchModeTests {
    private func setUp() async throws -> (URL, SiteState, LiveReloadBroadcaster, SiteRebuilder) {
        let root = try TestSite.make(build: false)
        let options = TestSite.options(root, watch: true)
        let site = try LiveSite(options: try #require(options.buildOptions))
        let state = SiteState(SiteSnapshot(manifest: try SiteManifest.load(from: options.output)))
        let broadcaster = LiveReloadBroadcaster()
        let rebuilder = SiteRebuilder(site: site, state: state, broadcaster: broadcaster, logger: Logger(label: "test"))
        return (root, state, broadcaster, rebuilder)
    }

    @Test("an edited page is rebuilt and open pages get a reload event; a broken page keeps the last good site")
    func rebuild() async throws {
        let (root, state, broadcaster, rebuilder) = try await setUp()
        let events = broadcaster.subscribe()
        var iterator = events.makeAsyncIterator()
        let page = root.appendingPathComponent("content/glossary.md")
        let original = try String(contentsOf: page, encoding: .utf8)
        try (original + "\n\nA freshly added sentence.\n").write(to: page, atomically: true, encoding: .utf8)
        #expect(await rebuilder.rebuild(["content/glossary.md"]))
        #expect(await iterator.next() == .reload)
        let rebuilt = try #require(state.snapshot.manifest.files["glossary/index.html"])
        #expect(String(buffer: rebuilt.body).contains("A freshly added sentence."))
        #expect(String(buffer: rebuilt.body).contains("/_live/reload.js"))

        try "---\ntitle: [unclosed\n---\nbroken\n".write(to: page, atomically: true, encoding: .utf8)
        #expect(await !rebuilder.rebuild(["content/glossary.md"]))
        guard case .buildError(let text) = await iterator.next() else { Issue.record("no build error event"); return }
        #expect(text.contains("content/glossary.md"))
        let kept = try #require(state.snapshot.manifest.files["glossary/index.html"])
        #expect(String(buffer: kept.body).contains("A freshly added sentence."))
    }

    @Test("a title edit reaches the themed checker page from the rebuilt site")
    func themedPagesFollowTheSite() async throws {
        let (root, state, _, rebuilder) = try await setUp()
        let section = root.appendingPathComponent("content/checker/_index.md")
        let original = try String(contentsOf: section, encoding: .utf8)
        try original.replacingOccurrences(of: "title: Checker\n", with: "title: Draft checker\n").write(to: section, atomically: true, encoding: .utf8)
        #expect(await rebuilder.rebuild(["content/checker/_index.md"]))
        let page = state.snapshot.page.html(body: "")
        #expect(page.contains("Draft checker"))
    }

    @Test("the watcher reports which files were saved", .timeLimit(.minutes(1)))
    func watcher() async throws {
        let root = try TestSite.make(build: false)
        let content = root.appendingPathComponent("content").standardizedFileURL.path
        let watcher = try #require(DirectoryWatcher(folders: [content]))
        let task = Task { try await watcher.nextChange(quiet: .milliseconds(100)) }
        try await Task.sleep(for: .milliseconds(100))
        try "changed\n".write(to: root.appendingPathComponent("content/basics/new.txt"), atomically: false, encoding: .utf8)
        let changes = try await task.value
        #expect(changes.paths.contains(content + "/basics/new.txt"))
        #expect(!changes.overflowed)
    }

    @Test("the watcher picks up folders created while it runs", .timeLimit(.minutes(1)))
    func newFolders() async throws {
        let root = try TestSite.make(build: false)
        let content = root.appendingPathComponent("content").standardizedFileURL.path
        let watcher = try #require(DirectoryWatcher(folders: [content]))
        try FileManager.default.createDirectory(atPath: content + "/fresh", withIntermediateDirectories: false)
        let first = try await watcher.nextChange(quiet: .milliseconds(50))
        #expect(first.paths.contains(content + "/fresh"))
        let task = Task { try await watcher.nextChange(quiet: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(100))
        try "inside\n".write(toFile: content + "/fresh/page.md", atomically: false, encoding: .utf8)
        let second = try await task.value
        #expect(second.paths.contains(content + "/fresh/page.md"))
    }

    @Test("cancelling a wait for changes ends it at once", .timeLimit(.minutes(1)))
    func cancel() async throws {
        let root = try TestSite.make(build: false)
        let watcher = try #require(DirectoryWatcher(folders: [root.appendingPathComponent("content").path]))
        let task = Task { try await watcher.nextChange() }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("an edit re-renders only the edited page and updates the served copy")
    func incremental() async throws {
        let (root, state, _, rebuilder) = try await setUp()
        let page = root.appendingPathComponent("content/regions/hubei.md")
        let original = try String(contentsOf: page, encoding: .utf8)
        try (original + "\n\nOne more Hubei note.\n").write(to: page, atomically: true, encoding: .utf8)
        #expect(await rebuilder.rebuild(["content/regions/hubei.md"]))
        let served = try #require(state.snapshot.manifest.files["regions/hubei/index.html"])
        #expect(String(buffer: served.body).contains("One more Hubei note."))
        let onDisk = try String(contentsOf: root.appendingPathComponent("public/regions/hubei/index.html"), encoding: .utf8)
        #expect(onDisk == String(buffer: served.body))
    }

    @Test("live reload routes exist only in watch mode and stream events")
    func routes() async throws {
        let (root, _, _, _) = try await setUp()
        try await CheckerApplication.make(TestSite.options(root, watch: true)).test(.router) { client in
            let script = try await client.execute(uri: "/_live/reload.js", method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
        }
        try await TestSite.app(root).test(.router) { client in
            let response3 = try await client.execute(uri: "/_live/reload.js", method: .get)
            #expect(response3.status == .notFound)
        }
    }

    @Test("event frames cannot be split by the text they carry")
    func frames() {
        #expect(LiveReloadBroadcaster.Event.buildError("a\n\nevent: reload").frame == "event: build-error\ndata: a\ndata: \ndata: event: reload\n\n")
    }
}
