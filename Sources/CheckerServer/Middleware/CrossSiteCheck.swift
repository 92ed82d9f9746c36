import HTTPTypes
import Hummingbird

/// Rejects state-changing requests sent by pages of other sites: `Sec-Fetch-Site` when the browser
/// sends it, otherwise an `Origin` that is not this server's (as the browser addressed it).
enum CrossSiteCheck {
    /// Throws `ServerError.crossSite` unless the request comes from this server's own pages or from a non-browser client.
    static func verify(_ request: Request) throws(ServerError) {
        if let site = request.headers[.secFetchSite]?.lowercased() {
            guard site == "same-origin" || site == "none" else { throw .crossSite }
            return
        }
        guard let origin = request.headers[.origin] else { return }
        // Behind a trusted proxy the scheme and authority are the browser's (`ForwardedHeadersMiddleware`).
        guard origin != "null", let authority = request.head.authority,
              origin.lowercased() == (request.head.scheme ?? "http").lowercased() + "://" + authority.lowercased() else { throw .crossSite }
    }
}
