import Hummingbird

/// What a process supervisor, a load balancer or Prometheus asks: `GET /healthz` (alive),
/// `GET /healthz/ready` (the site and the checker's rulebook are loaded) and, when enabled, `GET /metrics`.
struct OperationsRoutes<Context: RequestContext>: Sendable {
    let state: SiteState

    func register(on router: Router<Context>) {
        router.getAndHead("healthz") { _, _ in text(.ok, "ok\n") }
        router.getAndHead("healthz/ready") { _, _ in
            // The server listens only once the site is in memory; what can still be missing is the rulebook.
            switch state.checker {
            case .success: text(.ok, "ready\n")
            case .failure(let error): text(.serviceUnavailable, "not ready: \(error.message)\n")
            }
        }
        if let metrics = state.metrics {
            router.getAndHead("metrics") { _, _ in
                Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                         body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
            }
        }
    }

    private func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
