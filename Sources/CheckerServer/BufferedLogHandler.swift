import FilingRules
import Foundation
import Logging
import Synchronization

/// How log lines are written.
public enum LogFormat: String, Sendable, CaseIterable {
    /// `StreamLogHandler`'s lines: time, level, label, `key=value` metadata, source and message.
    case text
    /// One JSON object per line with the keys `time`, `level`, `label`, `source`, `message` and the metadata.
    case json
}

/// A log handler with `StreamLogHandler`'s line format (or JSON lines) whose lines are gathered in memory
/// and written by a background thread every 50 ms (warnings and errors at once), so that busy event loops
/// neither make a system call per request line nor wait on each other for the terminal.
public struct BufferedLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let sink: LogSink
    private let format: LogFormat

    public init(label: String, sink: LogSink = .standardError, format: LogFormat = .text) {
        self.label = label
        self.sink = sink
        self.format = format
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        if format == .json {
            var fields: [String: String] = [:]
            for (key, value) in mergedMetadata(event) { fields[key] = "\(value)" }
            fields["level"] = "\(event.level)"
            fields["label"] = label
            fields["source"] = event.source
            fields["message"] = "\(event.message)"
            sink.append(json: fields, urgent: event.level >= .warning)
            return
        }
        let line = " \(event.level)\(label.isEmpty ? "" : " ")\(label):\(prettyMetadata(event)) [\(event.source)] \(event.message)\n"
        sink.append(stamped: line, urgent: event.level >= .warning)
    }

    /// ` key=value` pairs sorted by key, or nothing; written into one string, as every request logs a few.
    private func prettyMetadata(_ event: LogEvent) -> String {
        let merged = mergedMetadata(event)
        if merged.isEmpty { return "" }
        var text = ""
        text.reserveCapacity(24 * merged.count)
        for key in merged.keys.sorted() {
            text += " "
            text += key
            text += "="
            switch merged[key] {
            case .string(let value)?: text += value
            case let value?: text += value.description
            case nil: break
            }
        }
        return text
    }

    /// The handler's, the provider's and the event's metadata, the event's winning.
    private func mergedMetadata(_ event: LogEvent) -> Logger.Metadata {
        let provided = metadataProvider?.get()
        if metadata.isEmpty && (provided?.isEmpty ?? true) { return event.metadata ?? [:] }
        var merged = metadata
        if let provided { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }
        return merged
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

    /// Queues one JSON object of `fields` and `time` on a line, keys sorted.
    func append(json fields: [String: String], urgent: Bool) {
        let now = time(nil)
        let stamp = state.withLock { state in
            if state.second != now { state.setStamp(for: now) }
            return state.stamp
        }
        var all = fields
        all["time"] = stamp
        var writer = JSONWriter(pretty: false)
        writer.object { writer in
            for (key, value) in all.sorted(by: { $0.key < $1.key }) { writer.field(key, value) }
        }
        writer.bytes.append(0x0A)
        state.withLock { $0.pending.append(contentsOf: writer.bytes) }
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
