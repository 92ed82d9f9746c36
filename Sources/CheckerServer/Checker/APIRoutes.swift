import FilingRules
import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/check` (findings in the language `Accept-Language` prefers, English or Chinese) and `GET /api/rules`.
struct APIRoutes<Context: RequestContext>: Sendable {
    let state: SiteState

    func register(on router: Router<Context>) {
        router.post("api/check") { request, context in try await check(request, context: context) }
        router.getAndHead("api/rules") { _, _ in try rules() }
    }

    private func check(_ request: Request, context: Context) async throws -> Response {
        let body = try await RequestBody.read(request, mediaType: "application/json")
        let checker = try state.checker.get()
        let draft: Draft
        do { draft = try DraftDecoder.decode(json: Array(buffer: body)) } catch { throw ServerError(error) }
        let answer = CheckAnswer(checking: draft, with: checker, acceptLanguage: request.headers[.acceptLanguage], metrics: state.metrics)
        return Response(status: .ok, headers: answer.headers, body: .init(byteBuffer: ByteBuffer(bytes: answer.json)))
    }

    private func rules() throws -> Response {
        json(try state.snapshot.rulesJSON.get())
    }

    private func json(_ bytes: [UInt8]) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
