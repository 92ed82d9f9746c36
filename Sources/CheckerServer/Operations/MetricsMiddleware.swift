import Hummingbird

/// Counts every request the router answers by route and status, and records how long it took.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        metrics.recordRequest(route: Routes.label(path: String(request.uri.path.dropFirst())), status: Int(response.status.code), nanoseconds: nanoseconds)
        return response
    }
}
