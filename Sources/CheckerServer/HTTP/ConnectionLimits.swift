import Foundation
import NIOCore

/// The bounds every connection is held to.
struct ConnectionLimits: Sendable {
    /// Close a connection with nothing in progress after this long without a request or response part.
    /// A request head must be complete within it too: bytes of an unfinished head do not count.
    var idleTimeout: TimeAmount = .seconds(30)
    /// A request's body must end within this long after its head, or it gets 408 and the connection closes.
    var requestTimeout: TimeAmount = .seconds(30)
    /// After a shutdown starts, connections still busy are closed after this long.
    var shutdownGracePeriod: TimeAmount = .seconds(5)
    /// Requests a connection may have waiting or in progress; past that it answers those and closes.
    var maxQueuedRequests = 256
    /// Connections refused with 503 get this long to send their request head.
    var refusalTimeout: TimeAmount = .seconds(2)
}

extension TimeAmount {
    init(_ duration: Duration) {
        let parts = duration.components
        self = .seconds(parts.seconds) + .nanoseconds(parts.attoseconds / 1_000_000_000)
    }
}

/// Counts one server's open connections and says which to serve: up to `maxConnections` are served,
/// the next ones get 503 and are closed, and past what the descriptor limit leaves they are closed at once,
/// so the server never runs out of descriptors (which would stop it accepting anyone).
final class ConnectionLimiter: @unchecked Sendable {
    enum Admission { case serve, refuse, drop }

    let maxConnections: Int
    /// Connections open at once, served or being refused.
    let maxOpen: Int
    private let lock = NSLock()
    private var served = 0
    private var open = 0

    init(maxConnections: Int, descriptors: Int = ConnectionLimiter.descriptorLimit()) {
        // Descriptors for files, the listening socket, inotify and the process's own use.
        maxOpen = max(descriptors - 64, 2)
        self.maxConnections = max(1, min(maxConnections, maxOpen / 2))
    }

    /// Called for each accepted connection; `closed(_:)` must follow with the answer.
    func opened() -> Admission {
        lock.withLock {
            open += 1
            if served < maxConnections { served += 1; return .serve }
            return open <= maxOpen ? .refuse : .drop
        }
    }

    func closed(_ admission: Admission) {
        lock.withLock {
            open -= 1
            if admission == .serve { served -= 1 }
        }
    }

    /// Raises the soft limit on open descriptors to the hard limit (at most 65,536) and returns it.
    static func descriptorLimit() -> Int {
        var limit = rlimit()
        #if os(Linux)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0 else { return 1024 }
        let wanted = min(limit.rlim_max, 65_536)
        if limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return Int(limit.rlim_cur)
    }
}
