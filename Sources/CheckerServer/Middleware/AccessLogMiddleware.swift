import Foundation
import Hummingbird
import Logging

/// Logs one line per request at info level: method, path, status, time taken, the client's address and
/// the proxy's request id.
struct AccessLogMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: ServerRequestContext,
                next: (Request, ServerRequestContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info(AccessLog.message, metadata: AccessLog.metadata(
            method: request.method.rawValue, path: request.uri.path, status: Int(response.status.code), milliseconds: milliseconds,
            client: context.client, requestID: context.requestID))
        return response
    }
}

/// The request log's entry, shared by the router and the connection handler: the message `request` with
/// the details as metadata, so text lines read `key=value` and JSON lines carry each as a field.
enum AccessLog {
    static let message: Logger.Message = "request"

    /// `method`, `path` (cut to 200 characters, control characters replaced), `status`, `ms` (tenths),
    /// `client` and `request_id` when known.
    static func metadata(method: String, path: String, status: Int, milliseconds: Double, client: String?, requestID: String?) -> Logger.Metadata {
        var shown = path.utf8.count > 200 ? String(path.prefix(200)) : path
        if shown.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: " ") }) {
            shown = shown.unicodeScalars.map { $0.value <= 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        }
        let tenths = Int((milliseconds * 10).rounded())
        var metadata: Logger.Metadata = [
            "method": .string(method), "path": .string(shown), "status": .string(String(status)), "ms": .string("\(tenths / 10).\(tenths % 10)"),
        ]
        if let client { metadata["client"] = .string(client) }
        if let requestID { metadata["request_id"] = .string(requestID) }
        return metadata
    }
}
