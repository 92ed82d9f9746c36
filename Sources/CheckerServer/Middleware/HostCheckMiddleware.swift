import Hummingbird

/// Refuses requests whose `Host` is not one this server answers for, so a DNS-rebinding page cannot reach it.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Host names accepted, lower-case, without port (IPv6 in brackets).
    let allowedHosts: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, !authority.isEmpty else { throw ServerError.unknownHost }
        guard let host = HostNames.hostName(authority) else { throw ServerError.malformedHost }
        guard allowedHosts.contains(host) else { throw ServerError.unknownHost }
        return try await next(request, context)
    }
}

/// Host names as `Host` headers carry them.
enum HostNames {
    /// The loopback names plus the address the server binds.
    static func defaults(bindHost: String) -> Set<String> {
        var hosts: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        let bound = bindHost.lowercased()
        hosts.insert(bound.contains(":") && !bound.hasPrefix("[") ? "[\(bound)]" : bound)
        return hosts
    }

    /// The host part of `host[:port]`, lower-case; nil when malformed.
    static func hostName(_ authority: String) -> String? {
        let text = authority.lowercased()
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && isPort(rest.dropFirst())) else { return nil }
            return String(text[...close])
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.first, !name.isEmpty,
              name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "@") }) else { return nil }
        if parts.count == 2, !isPort(parts[1]) { return nil }
        return String(name)
    }

    /// RFC 3986's `port`: digits only (empty allowed), here at most 65535.
    private static func isPort(_ text: Substring) -> Bool {
        text.isEmpty || (text.utf8.count <= 5 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } && (Int(text) ?? 65536) <= 65535)
    }
}
