import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `icp serve --log-level`: request lines are logged at info, so a higher level leaves only problems.
@Suite("icp serve's log level")
struct ServeLogTests {
    @Test("request lines are written at info and left out at warning", arguments: [("info", true), ("warning", false)])
    func requestLines(level: String, logsRequests: Bool) async throws {
        let port = Int.random(in: 20_000..<40_000)
        let process = Process()
        process.executableURL = CLITests.icp
        process.arguments = ["serve", "--site", "public", "--port", String(port), "--log-level", level]
        process.currentDirectoryURL = CLITests.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let page = try #require(URL(string: "http://127.0.0.1:\(port)/naming/index.html"))
        var status: Int?
        for _ in 0..<100 where status == nil {
            status = (try? await URLSession.shared.data(from: page)).flatMap { ($0.1 as? HTTPURLResponse)?.statusCode }
            if status == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(status == 200)
        process.terminate()
        process.waitUntilExit()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("path=/naming/index.html") == logsRequests, "\(log)")
    }
}
