@testable import CheckerServer
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@Suite("Backpressure")
struct BackpressureTests {
    /// Counts the reads the connection handler lets through to the socket.
    final class ReadCounter: ChannelOutboundHandler {
        typealias OutboundIn = Never
        var reads = 0
        func read(context: ChannelHandlerContext) {
            reads += 1
            context.read()
        }
    }

    static func channel(maxQueued: Int = 256) throws -> (EmbeddedChannel, ReadCounter) {
        var limits = ConnectionLimits()
        limits.maxQueuedRequests = maxQueued
        let counter = ReadCounter()
        let handler = ConnectionHandler(fastPath: FastPath(state: FastPathTests.state, allowedHosts: ["localhost"]),
                                        limits: limits, logger: Logger(label: "test"))
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers([counter, HTTPResponseEncoder(), handler])
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        return (channel, counter)
    }

    static func responses(_ channel: EmbeddedChannel) throws -> Int {
        try FastPathTests.written(channel).responses().count
    }

    @Test("while the client reads nothing, nothing more is answered or read; reading resumes when it is writable")
    func stopsWhenNotWritable() throws {
        let (channel, counter) = try Self.channel()
        channel.isWritable = false
        for _ in 0..<10 { try FastPathTests.send(channel, .GET, "/naming/") }
        #expect(try Self.responses(channel) == 0)
        channel.read()
        #expect(counter.reads == 0)
        channel.isWritable = true
        channel.pipeline.fireChannelWritabilityChanged()
        #expect(try Self.responses(channel) == 10)
        #expect(counter.reads == 1)
        #expect(channel.isActive)
        _ = try channel.finish()
    }

    @Test("past the queue's cap a connection answers what it took and closes")
    func queueCap() throws {
        let (channel, _) = try Self.channel(maxQueued: 16)
        channel.isWritable = false
        for _ in 0..<100 { try FastPathTests.send(channel, .GET, "/naming/") }
        channel.isWritable = true
        channel.pipeline.fireChannelWritabilityChanged()
        #expect(try Self.responses(channel) == 16)
        #expect(!channel.isActive)
    }
}
