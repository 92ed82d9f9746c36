import HTTPTypes
import Hummingbird

/// Redirects that stay right under any prefix a proxy publishes the site at, because their `Location`
/// is relative to the request's own address.
enum Redirect {
    /// `/a/b?q` to `./b/?q`, which the browser resolves to the folder `/a/b/` (or `/prefix/a/b/`).
    static func toFolder(_ request: Request) -> Response {
        toFolder(rawPath: request.uri.path, query: request.uri.query)
    }

    /// The same from the path as sent (still percent-encoded) and the query.
    static func toFolder(rawPath: String, query: String?) -> Response {
        let last = rawPath.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        let location = "./" + last + "/" + (query.map { "?" + $0 } ?? "")
        return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
    }

    /// `../` once for every folder above the request path's last segment (`/a/b/c` gives `../../`): the
    /// base that makes a page's site-root-relative links work at that address, with or without a prefix.
    static func baseToRoot(rawPath: String) -> String {
        let folders = max(0, rawPath.utf8.count(where: { $0 == UInt8(ascii: "/") }) - 1)
        return String(repeating: "../", count: folders)
    }
}
