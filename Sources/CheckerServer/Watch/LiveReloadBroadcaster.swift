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

    private struct State {
        var listeners: [Int: AsyncStream<Event>.Continuation] = [:]
        var nextID = 0
        /// The last build error, sent to pages that connect while it stands.
        var standingError: String?
    }

    /// One lock, so a page that connects during a publish gets either the new state or the event.
    private let state = Mutex(State())

    /// A stream of events for one page; it ends when the page goes away.
    func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = state.withLock { state in
            state.nextID += 1
            if let error = state.standingError { continuation.yield(.buildError(error)) }
            state.listeners[state.nextID] = continuation
            return state.nextID
        }
        continuation.onTermination = { [weak self] _ in _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) } }
        return stream
    }

    /// Sends an event to every open page.
    func publish(_ event: Event) {
        let listeners = state.withLock { state in
            if case .buildError(let text) = event { state.standingError = text } else { state.standingError = nil }
            return Array(state.listeners.values)
        }
        for continuation in listeners { continuation.yield(event) }
    }

    /// Ends every stream, so open connections close on shutdown.
    func finish() {
        for continuation in state.withLock({ Array($0.listeners.values) }) { continuation.finish() }
    }
}
