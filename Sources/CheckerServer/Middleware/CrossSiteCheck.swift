import HTTPTypes
import Hummingbird

/// Rejects state-changing requests sent by pages of other sites: `Sec-Fetch-Site` when the browser
/// sends it, otherwise an `Origin` that is not this server's (as the browser addressed it).
enum CrossSiteCheck {
    /// Throws `ServerError.crossSite` unless the request comes from this server's own pages or from a non-browser client.
    static func verify(_ request: Request) throws(ServerError) {
        // Behind a trusted proxy the scheme and authority are the browser's (`ForwardedHeadersMiddleware`).
        guard isSameSite(fetchSite: request.headers[.secFetchSite], origin: request.headers[.origin],
                         scheme: request.head.scheme, authority: request.head.authority) else { throw .crossSite }
    }

    /// Whether a request with these `Sec-Fetch-Site` and `Origin` headers, addressed to `scheme://authority`
    /// (`http` when the scheme is not known), may change state.
    static func isSameSite(fetchSite: String?, origin: String?, scheme: String?, authority: String?) -> Bool {
        if let site = fetchSite?.lowercased() { return site == "same-origin" || site == "none" }
        guard let origin else { return true }
        guard origin != "null", let authority else { return false }
        return origin.lowercased() == (scheme ?? "http").lowercased() + "://" + authority.lowercased()
    }
}
