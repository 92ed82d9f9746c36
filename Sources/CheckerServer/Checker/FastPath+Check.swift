import FilingRules
import NIOCore
import NIOHTTP1

/// `POST /api/check` of a small JSON draft, checked without the router: the body is collected on the event
/// loop and checked on the concurrency pool (`CheckJob`), so the loop goes on serving other connections.
/// Taken when the request is plain (`isPlain`), same-site, `Content-Type: application/json` with one
/// `Content-Length` of at most `maxCheckBody` bytes. A draft that does not decode, or a rulebook that did
/// not load, goes on to the router with the body received, and gets the router's error.
extension FastPath {
    /// The largest body checked here; larger drafts (up to `RequestBody.limit`) go through the router.
    static let maxCheckBody = 16 * 1024

    /// The answer's status line and headers but `Content-Length` and `Date`, encoded once per language.
    private static let englishHead = encodedCheckHead(.english), chineseHead = encodedCheckHead(.chinese)

    private static func checkHead(_ language: Language) -> ByteBuffer {
        switch language {
        case .english: englishHead
        case .chinese: chineseHead
        }
    }

    private static func encodedCheckHead(_ language: Language) -> ByteBuffer {
        var headers = HTTPHeaders(CheckAnswer.headers(language).map { ($0.name.rawName, $0.value) })
        headers.add(contentsOf: ConnectionHandler.securityHeaders)
        return encodedOK(headers)
    }

    /// Whether this head starts a request the fast path checks once its body is in.
    func takesCheck(_ request: HTTPRequestHead) -> Bool {
        guard request.method == .POST, request.uri == "/api/check", isPlain(request),
              !request.headers.contains(name: "transfer-encoding") else { return false }
        let lengths = request.headers["content-length"]
        guard lengths.count == 1, let length = Int(lengths[0]), length <= Self.maxCheckBody,
              RequestBody.mediaType(Self.value(request.headers, "content-type")) == "application/json" else { return false }
        return CrossSiteCheck.isSameSite(fetchSite: Self.value(request.headers, "sec-fetch-site"), origin: Self.value(request.headers, "origin"),
                                         scheme: nil, authority: request.headers.first(name: "host"))
    }

    /// A header's value as the router reads it: several fields of the name joined with commas; nil when there is none.
    private static func value(_ headers: HTTPHeaders, _ name: String) -> String? {
        let values = headers[name]
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// The work of checking a request `takesCheck` took, once its body is in, to run off the event loop;
    /// nil to hand the request to the router (the rulebook did not load).
    func checkJob(_ request: HTTPRequestHead, body: ByteBuffer) -> CheckJob? {
        guard case .success(let checker) = state.checker else { return nil }
        return CheckJob(checker: checker, body: Array(body.readableBytesView),
                        acceptLanguage: Self.value(request.headers, "accept-language"), metrics: state.metrics, start: .now())
    }

    /// The response to a check `job` answered, made on the event loop.
    func answer(_ answer: CheckAnswer, to request: HTTPRequestHead, startedAt start: NIODeadline) -> LocalAnswer {
        let nanoseconds = (NIODeadline.now() - start).nanoseconds
        state.metrics?.recordRequest(route: Routes.label(path: "api/check"), status: 200, nanoseconds: nanoseconds)
        return LocalAnswer(head: head(Self.checkHead(answer.language), contentLength: answer.json.count),
                           body: ByteBuffer(bytes: answer.json), method: "POST", path: request.uri, milliseconds: Double(nanoseconds) / 1e6)
    }
}

/// Decoding and checking one posted draft: pure work that may run on any thread.
struct CheckJob: Sendable {
    let checker: Checker
    let body: [UInt8]
    let acceptLanguage: String?
    let metrics: ServerMetrics?
    let start: NIODeadline

    /// The answer; nil when the draft does not decode, for the router to answer its error.
    func run() -> CheckAnswer? {
        guard let draft = try? DraftDecoder.decode(json: body) else { return nil }
        return CheckAnswer(checking: draft, with: checker, acceptLanguage: acceptLanguage, metrics: metrics)
    }
}
