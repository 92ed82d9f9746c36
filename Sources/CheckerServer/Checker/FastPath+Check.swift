import FilingRules
import NIOCore
import NIOHTTP1

/// `POST /api/check` of a small JSON draft, checked on the event loop: a draft the checker reads in
/// microseconds needs no trip through the router. Taken when the request is plain (`isPlain`), same-site,
/// `Content-Type: application/json` with one `Content-Length` of at most `maxBody` bytes. A draft that does
/// not decode, or a rulebook that did not load, goes on to the router with the body received, and gets the
/// router's error.
extension FastPath {
    /// The largest body checked here; larger drafts (up to `RequestBody.limit`) go through the router, so that
    /// no connection holds its event loop for long.
    static let maxCheckBody = 16 * 1024

    /// Whether this head starts a request the fast path checks once its body is in.
    func takesCheck(_ request: HTTPRequestHead) -> Bool {
        guard request.method == .POST, request.uri == "/api/check", isPlain(request),
              !request.headers.contains(name: "transfer-encoding") else { return false }
        let lengths = request.headers["content-length"]
        let types = request.headers["content-type"]
        guard lengths.count == 1, let length = Int(lengths[0]), length <= Self.maxCheckBody, types.count == 1,
              types[0].split(separator: ";").first?.trimmingWhitespace.lowercased() == "application/json" else { return false }
        return CrossSiteCheck.isSameSite(fetchSite: request.headers["sec-fetch-site"].first, origin: request.headers["origin"].first,
                                         scheme: nil, authority: request.headers.first(name: "host"))
    }

    /// The answer to a request `takesCheck` took, once its body is in; nil to hand it to the router.
    func checkAnswer(_ request: HTTPRequestHead, body: ByteBuffer) -> LocalAnswer? {
        let start = NIODeadline.now()
        guard case .success(let checker) = state.checker,
              let draft = try? DraftDecoder.decode(json: Array(body.readableBytesView)) else { return nil }
        let languages = request.headers["accept-language"]
        let answer = CheckAnswer(checking: draft, with: checker, acceptLanguage: languages.isEmpty ? nil : languages.joined(separator: ", "),
                                 metrics: state.metrics)
        var headers = HTTPHeaders(answer.headers.map { ($0.name.rawName, $0.value) })
        headers.add(name: "Content-Length", value: String(answer.json.count))
        headers.add(contentsOf: ConnectionHandler.securityHeaders)
        let nanoseconds = (NIODeadline.now() - start).nanoseconds
        state.metrics?.recordRequest(route: Routes.label(path: "api/check"), status: 200, nanoseconds: nanoseconds)
        return LocalAnswer(head: okHead(headers), body: ByteBuffer(bytes: answer.json), method: "POST", path: request.uri,
                           milliseconds: Double(nanoseconds) / 1e6)
    }
}
