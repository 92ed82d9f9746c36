import NIOHTTP1

/// The checks RFC 9112 asks of every request head, made once for both the fast path and the router.
enum RequestHeadCheck {
    /// The head to go on with (an absolute-form target turned into a path and `Host`), or why it is refused with 400.
    static func check(_ request: HTTPRequestHead) -> Result<HTTPRequestHead, Refusal> {
        var head = request
        let hosts = head.headers["host"]
        guard hosts.count <= 1 else { return .failure(Refusal("the request has more than one Host header")) }
        if let (authority, path) = absoluteForm(head.uri) {
            // RFC 9112 3.2.2: the target's authority replaces Host, and is checked like it.
            guard !authority.isEmpty, !authority.contains("@") else { return .failure(Refusal("the request target's host is malformed")) }
            head.uri = path
            head.headers.replaceOrAdd(name: "Host", value: authority)
        } else if hosts.isEmpty, head.version.major == 1, head.version.minor >= 1, head.method != .CONNECT {
            return .failure(Refusal("an HTTP/1.1 request needs a Host header"))
        }
        if let host = head.headers.first(name: "host"), !host.isEmpty, HostNames.hostName(host) == nil {
            return .failure(Refusal("the Host header is malformed"))
        }
        return .success(head)
    }

    /// Why a request head is refused.
    struct Refusal: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The authority and path of `http://host:port/path?query`; nil for other forms.
    static func absoluteForm(_ target: String) -> (authority: String, path: String)? {
        let utf8 = target.utf8
        guard let first = utf8.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "*") else { return nil }
        let lowered = target.prefix(8).lowercased()
        let schemeLength = lowered.hasPrefix("http://") ? 7 : lowered.hasPrefix("https://") ? 8 : 0
        guard schemeLength > 0 else { return nil }
        let rest = target.dropFirst(schemeLength)
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let path = rest[end...]
        return (String(rest[..<end]), path.hasPrefix("/") ? String(path) : "/" + path)
    }
}
