import Foundation
import Logging
import Synchronization

/// A log handler with `StreamLogHandler`'s line format whose lines are gathered in memory and written by
/// a background thread every 50 ms (warnings and errors at once), so that busy event loops neither
/// make a system call per request line nor wait on each other for the terminal.
public struct BufferedLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let sink: LogSink

    public init(label: String, sink: LogSink = .standardError) {
        self.label = label
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let line = " \(event.level)\(label.isEmpty ? "" : " ")\(label):\(prettyMetadata(event)) [\(event.source)] \(event.message)\n"
        sink.append(stamped: line, urgent: event.level >= .warning)
    }

    /// ` key=value` pairs sorted by key, or nothing; a request line usually has no metadata at all.
    private func prettyMetadata(_ event: LogEvent) -> String {
        let provided = metadataProvider?.get()
        if metadata.isEmpty && (provided?.isEmpty ?? true) && (event.metadata?.isEmpty ?? true) { return "" }
        var merged = metadata
        if let provided { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }
        return " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
    }
}

/// Where `BufferedLogHandler` lines go: a file descriptor, written by a background thread.
public final class LogSink: Sendable {
    /// Standard error, flushed every 50 ms.
    public static let standardError = LogSink(descriptor: STDERR_FILENO)

    private struct State {
        var pending: [UInt8] = []
        var second: time_t = -1
        var stamp = ""

        /// The local time as `StreamLogHandler` writes it (`2026-11-29T04:39:52+0000`), formatted once a second.
        mutating func setStamp(for now: time_t) {
            var clock = now
            var local = tm()
            var buffer = [CChar](repeating: 0, count: 64)
            localtime_r(&clock, &local)
            strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
            second = now
            stamp = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    private let descriptor: Int32
    private let state = Mutex(State())

    /// A sink writing to `descriptor`, flushed every `interval`.
    public init(descriptor: Int32, interval: Duration = .milliseconds(50)) {
        self.descriptor = descriptor
        let microseconds = UInt32(interval.components.seconds * 1_000_000 + interval.components.attoseconds / 1_000_000_000_000)
        Thread.detachNewThread { [weak self] in
            while let sink = self {
                sink.flush()
                usleep(microseconds)
            }
        }
    }

    /// Queues a line after the current time stamp; `urgent` writes it and everything before it at once.
    func append(stamped line: String, urgent: Bool) {
        let now = time(nil)
        state.withLock { state in
            if state.second != now { state.setStamp(for: now) }
            state.pending.append(contentsOf: state.stamp.utf8)
            state.pending.append(contentsOf: line.utf8)
        }
        if urgent { flush() }
    }

    /// Writes every queued line.
    public func flush() {
        let bytes = state.withLock { state -> [UInt8] in
            defer { state.pending.removeAll(keepingCapacity: true) }
            return state.pending
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            written += count
        }
    }
}
