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
        let path = String(request.uri.path.prefix(200)).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        context.logger.info("\(request.method) \(path) \(response.status.code) \(String(format: "%.1f", milliseconds)) ms")
        return response
    }
}
