import Synchronization

/// Hands server-sent events (a reload, or a build error) to every open page in watch mode.
final class LiveReloadBroadcaster: Sendable {
    /// One event as the browser reads it.
    enum Event: Sendable, Equatable {
        case reload
        case buildError(String)

        /// The `text/event-stream` frame; every line of the data is prefixed, so no text can end the frame early.
        var frame: String {
            switch self {
            case .reload: return "event: reload\ndata: reload\n\n"
            case .buildError(let text):
                return "event: build-error\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
            }
        }
    }

    private let listeners = Mutex<[Int: AsyncStream<Event>.Continuation]>([:])
    private let nextID = Atomic<Int>(0)
    /// The last build error, sent to pages that connect while it stands.
    private let standingError = Mutex<String?>(nil)

    /// A stream of events for one page; it ends when the page goes away.
    func subscribe() -> AsyncStream<Event> {
        let id = nextID.add(1, ordering: .relaxed).newValue
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in _ = self?.listeners.withLock { $0.removeValue(forKey: id) } }
        if let error = standingError.withLock({ $0 }) { continuation.yield(.buildError(error)) }
        listeners.withLock { $0[id] = continuation }
        return stream
    }

    /// Sends an event to every open page.
    func publish(_ event: Event) {
        standingError.withLock { error in
            if case .buildError(let text) = event { error = text } else { error = nil }
        }
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.yield(event) }
    }

    /// Ends every stream, so open connections close on shutdown.
    func finish() {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.finish() }
    }

    /// How many pages are listening.
    var count: Int { listeners.withLock { $0.count } }
}
