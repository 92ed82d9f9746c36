import Foundation
import Hummingbird
import Logging

/// Logs one line per request at info level: method, path, status and time taken.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("\(AccessLog.line(method: request.method.rawValue, path: request.uri.path, status: response.status.code, milliseconds: milliseconds))")
        return response
    }
}

/// The access log's line format, shared by the router and the static fast path.
enum AccessLog {
    /// `GET /naming/ 200 0.1 ms`, the path cut to 200 characters with control characters replaced.
    static func line(method: String, path: String, status: Int, milliseconds: Double) -> String {
        var shown = path.utf8.count > 200 ? String(path.prefix(200)) : path
        if shown.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            shown = shown.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        }
        let tenths = Int((milliseconds * 10).rounded())
        return "\(method) \(shown) \(status) \(tenths / 10).\(tenths % 10) ms"
    }
}
