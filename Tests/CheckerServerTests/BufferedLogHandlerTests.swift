@testable import CheckerServer
import Foundation
import Logging
import Testing

@Suite("Request log")
struct BufferedLogHandlerTests {
    /// The lines a logger writes through a sink on a pipe, read after `flush`.
    static func lines(format: LogFormat = .text, _ body: (Logger, LogSink) -> Void) throws -> [String] {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let sink = LogSink(descriptor: ends[1], interval: .seconds(60))
        var logger = Logger(label: "icp.serve") { BufferedLogHandler(label: $0, sink: sink, format: format) }
        logger.logLevel = .info
        body(logger, sink)
        sink.flush()
        close(ends[1])
        let text = String(decoding: FileHandle(fileDescriptor: ends[0]).readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    @Test("lines follow swift-log's stream format: time stamp, level, label, sorted metadata, source, message")
    func format() throws {
        let lines = try Self.lines { logger, _ in
            logger.info("GET /naming/ 200 0.1 ms", source: "CheckerServer")
            logger.debug("not shown at info level")
            logger.warning("slow build", metadata: ["seconds": "4", "pages": "10021"], source: "SiteBuilder")
        }
        #expect(lines.count == 2, "\(lines)")
        let stamp = #/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4} /#
        #expect(lines.allSatisfy { $0.firstMatch(of: stamp) != nil }, "\(lines)")
        #expect(lines.first?.hasSuffix(" info icp.serve: [CheckerServer] GET /naming/ 200 0.1 ms") == true, "\(lines)")
        #expect(lines.last?.hasSuffix(" warning icp.serve: pages=10021 seconds=4 [SiteBuilder] slow build") == true, "\(lines)")
    }

    @Test("a warning is written at once, without waiting for the next flush")
    func urgent() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let sink = LogSink(descriptor: ends[1], interval: .seconds(60))
        let logger = Logger(label: "icp.serve") { BufferedLogHandler(label: $0, sink: sink) }
        logger.info("queued")
        logger.error("written now")
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(ends[0], &buffer, buffer.count)
        let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        #expect(text.contains("queued\n") && text.contains("written now\n"), "\(text)")
    }

    @Test("--log-format json writes one object per line: time, level, label, source, message and the request's fields")
    func jsonLines() throws {
        let lines = try Self.lines(format: .json) { logger, _ in
            logger.info(AccessLog.message, metadata: AccessLog.metadata(
                method: "GET", path: "/a\u{1B}[31m b\"c", status: 404, milliseconds: 0.26, client: "10.0.0.7", requestID: "abc"), source: "CheckerServer")
        }
        #expect(lines.count == 1, "\(lines)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: String])
        #expect(object["message"] == "request" && object["level"] == "info" && object["label"] == "icp.serve" && object["source"] == "CheckerServer")
        #expect(object["method"] == "GET" && object["status"] == "404" && object["ms"] == "0.3")
        #expect(object["client"] == "10.0.0.7" && object["request_id"] == "abc")
        #expect(object["path"] == "/a?[31m?b\"c", "control characters and spaces are replaced")
        #expect(object["time"]?.firstMatch(of: #/^\d{4}-\d{2}-\d{2}T/#) != nil)
        let keys = lines[0].matches(of: #/"([a-z_]+)":/#).map { String($0.1) }
        #expect(keys == keys.sorted(), "keys in order, so lines compare and diff well")
    }
}
