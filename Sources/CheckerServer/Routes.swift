import HTTPTypes

/// The paths the server answers itself, with their methods: the one table the router, the method check,
/// the static fast path and the metrics' route label all read. Every other path names a file of the site.
enum Routes {
    /// Each route's path (without its leading slash) and methods; HEAD goes with GET.
    static let methods: [String: [HTTPRequest.Method]] = [
        "check": [.get], "check/index.html": [.get], "check/report": [.get, .post], "check/draft.yaml": [.get, .post], "check/report.json": [.get, .post],
        "api/check": [.post], "api/rules": [.get],
        "healthz": [.get], "healthz/ready": [.get], "metrics": [.get],
        "_live/events": [.get], "_live/reload.js": [.get],
    ]

    /// The first path segments the routes own; no file of the site is served under them.
    static let segments: Set<Substring> = Set(methods.keys.map { $0.split(separator: "/")[0] })

    /// Whether a decoded request path (`api/rules`, without the leading slash) belongs to the routes.
    static func isRoute(_ path: String) -> Bool {
        segments.contains(path[..<(path.utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex)])
    }

    /// The methods `path` answers: a route's, GET and HEAD for files of the site; nil for a path under a
    /// route's segment that names no route (404).
    static func allowedMethods(path: String) -> [HTTPRequest.Method]? {
        if let routeMethods = methods[path.hasSuffix("/") ? String(path.dropLast()) : path] { return routeMethods.flatMap { $0 == .get ? [.get, .head] : [$0] } }
        return isRoute(path) ? nil : [.get, .head]
    }

    /// The route a request path falls under, as metrics label it: the route itself, `static` for files of
    /// the site, `other` for unknown paths under a route's segment. Bounded, whatever clients send.
    static func label(path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if methods[trimmed] != nil { return trimmed }
        return isRoute(path) ? "other" : "static"
    }
}
