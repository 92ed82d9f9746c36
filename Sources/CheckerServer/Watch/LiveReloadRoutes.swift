import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// Watch mode only: `/_live/events` (server-sent events) and `/_live/reload.js`.
struct LiveReloadRoutes<Context: RequestContext>: Sendable {
    let state: SiteState
    let broadcaster: LiveReloadBroadcaster

    func register(on router: Router<Context>) {
        router.get("_live/events") { _, _ in events() }
        router.getAndHead("_live/reload.js") { request, _ in
            let manifest = state.snapshot.manifest
            guard let script = manifest.files["js/reload.js"] else { return StaticResponder(state: state).notFound(manifest, request: request) }
            return StaticResponder(state: state).serve(script, request: request)
        }
    }

    private func events() -> Response {
        let stream = broadcaster.subscribe()
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
            // The stream ends on shutdown too, so an open page does not keep the server from stopping.
            for try await event in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: event.frame))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"], body: body)
    }
}
