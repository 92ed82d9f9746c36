import HTTPTypes
import Hummingbird

/// RFC 9110 methods on every path: a method a resource does not answer gets 405 with `Allow` naming those
/// it does (routes as `CheckerApplication.routeMethods` lists them, files of the site GET and HEAD), instead of 404.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods of each route path (without its leading slash).
    let routes: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let allowed = allowedMethods(path: request.uri.path), !allowed.contains(request.method) {
            throw ServerError.methodNotAllowed(allow: allowed.map(\.rawValue).joined(separator: ", "))
        }
        return try await next(request, context)
    }

    /// The methods `path` answers; nil for paths under a route's segment that name no route (404).
    func allowedMethods(path: String) -> [HTTPRequest.Method]? {
        let key = String(path.dropFirst())
        if let methods = routes[key] { return methods.flatMap { $0 == .get ? [.get, .head] : [$0] } }
        return CheckerApplication.isRoute(key) ? nil : [.get, .head]
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
