import HTTPTypes
import Hummingbird

/// RFC 9110 methods on every path: a method a resource does not answer gets 405 with `Allow` naming those
/// it does (routes as `Routes` lists them, files of the site GET and HEAD), instead of 404.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let allowed = Routes.allowedMethods(path: String(request.uri.path.dropFirst())), !allowed.contains(request.method) {
            throw ServerError.methodNotAllowed(allow: allowed.map(\.rawValue).joined(separator: ", "))
        }
        return try await next(request, context)
    }
}

extension Router {
    /// Registers `handler` for GET and for HEAD, which gets the same status and headers without the body.
    func getAndHead(_ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        get(path, use: handler)
        head(path) { request, context in
            var response = try await handler(request, context)
            let length = response.body.contentLength
            response.body = ResponseBody()
            // A handler that left out the body itself for HEAD has set the length already.
            if let length, length > 0 { response.headers[.contentLength] = String(length) }
            return response
        }
    }
}
