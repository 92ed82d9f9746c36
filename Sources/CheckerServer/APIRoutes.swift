import FilingRules
import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/check`, `GET /api/rules` and `GET /healthz`.
struct APIRoutes<Context: RequestContext>: Sendable {
    /// The largest draft the API reads.
    static var maxBody: Int { 64 * 1024 }
    let state: SiteState

    func register(on router: Router<Context>) {
        router.post("api/check") { request, context in try await check(request, context: context) }
        router.get("api/rules") { _, _ in try rules() }
        router.get("healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        for path in ["api/check", "api/rules", "healthz"] {
            router.on(RouterPath(path), method: .put) { _, _ -> Response in throw ServerError.methodNotAllowed(allow: path == "api/check" ? "POST" : "GET") }
        }
    }

    private func check(_ request: Request, context: Context) async throws -> Response {
        try CrossSiteCheck.verify(request)
        let type = request.headers[.contentType]?.split(separator: ";").first?.trimmingWhitespace.lowercased()
        guard type == "application/json" else { throw ServerError.unsupportedMediaType(expected: "application/json") }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maxBody { throw ServerError.tooLarge(limit: Self.maxBody) }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: Self.maxBody) } catch { throw ServerError.tooLarge(limit: Self.maxBody) }
        let checker = try state.snapshot.checker.get()
        let draft: Draft
        do { draft = try DraftDecoder.decode(json: Array(buffer: body)) } catch { throw ServerError.invalidDraft(path: error.path, message: error.message) }
        return json(checker.check(draft).jsonData(pretty: true))
    }

    private func rules() throws -> Response {
        let checker = try state.snapshot.checker.get()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return json(Array(try encoder.encode(checker.rulebook.catalog)))
    }

    private func json(_ bytes: [UInt8]) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
