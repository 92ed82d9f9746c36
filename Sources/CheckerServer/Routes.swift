import FilingRules
import HTTPTypes

/// The paths the server answers itself, with their methods: the one table the router, the method check,
/// the static fast path and the metrics' route label all read. Every other path names a file of the site.
enum Routes {
    /// The checker's pages, answered in the original edition's folder and in each translated one's.
    static let checkerMethods: [String: [HTTPRequest.Method]] = [
        "check": [.get], "check/index.html": [.get], "check/report": [.get, .post], "check/draft.yaml": [.get, .post], "check/report.json": [.get, .post],
    ]

    /// The folders of the translated editions whose checker pages the server answers: `zh-CN/`.
    static let editionFolders = [Language.chinese.rawValue + "/"]

    /// Each route's path (without its leading slash) and methods; HEAD goes with GET.
    static let methods: [String: [HTTPRequest.Method]] = {
        var methods: [String: [HTTPRequest.Method]] = [
            "api/check": [.post], "api/rules": [.get],
            "healthz": [.get], "healthz/ready": [.get], "metrics": [.get],
            "_live/events": [.get], "_live/reload.js": [.get],
        ]
        for folder in [""] + editionFolders {
            for (path, allowed) in checkerMethods { methods[folder + path] = allowed }
        }
        return methods
    }()

    /// The places the routes own: a route's first path segment, or, in an edition's folder, the folder and
    /// the segment after it (`zh-CN/check`); no file of the site is served under them.
    static let segments: Set<Substring> = Set(methods.keys.map(owner))

    /// The place a path falls under: `api` for `api/rules`, `zh-CN/check` for `zh-CN/check/report`.
    private static func owner(_ path: String) -> Substring {
        var end = path.utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
        if end < path.endIndex, editionFolders.contains(where: { path.hasPrefix($0) }) {
            end = path[path.index(after: end)...].utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
        }
        return path[..<end]
    }

    /// Whether a decoded request path (`api/rules`, without the leading slash) belongs to the routes.
    static func isRoute(_ path: String) -> Bool {
        segments.contains(owner(path))
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
