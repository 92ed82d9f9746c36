import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SiteBuilder

/// Builds the server: the site, the checker form, the API, operations routes and, in watch mode, live reload.
public enum CheckerApplication {
    /// Builds the site when `options` ask for it, serves it until SIGINT or SIGTERM, and calls `onServing`
    /// with the address once it listens. Logs go through `LoggingSystem`, as the caller set it up.
    public static func run(_ options: ServerOptions, onServing: @escaping @Sendable (_ address: String) -> Void = { _ in }) async throws {
        let app = try await make(options, onServing: onServing)
        try await app.runService()
    }

    /// Builds the site unless `options.build` is false, loads it and returns the application to run. Only
    /// the built files are read back: the pages, the checker's page and the rulebook published with them.
    static func make(_ options: ServerOptions, logger: Logger = Logger(label: "icp.serve"),
                     onServing: @escaping @Sendable (String) -> Void = { _ in }) async throws -> some ApplicationProtocol {
        let build = options.buildOptions
        var live: LiveSite?
        if let build {
            if options.watch {
                live = try LiveSite(options: build)
            } else if options.build {
                _ = try SiteGenerator.build(build)
            }
        }
        let state = SiteState(SiteSnapshot(manifest: try SiteManifest.load(from: options.output)), metrics: options.metrics ? ServerMetrics() : nil)
        let broadcaster = LiveReloadBroadcaster()
        let router = makeRouter(options: options, state: state, broadcaster: broadcaster)
        // The idle timeout is kept by the connection handler, which sees every request of a connection.
        let http1 = HTTP1Channel.Configuration(
            idleTimeout: nil,
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100))
        let allowedHosts = options.allowedHosts
        let trusted = options.trustedProxies
        let limits = options.connectionLimits
        let limiter = ConnectionLimiter(maxConnections: options.maxConnections)
        let server = HTTPServerBuilder { responder in
            FastPathHTTP1Channel(base: HTTP1Channel(responder: responder, configuration: http1), limiter: limiter) { refusing, peer in
                let fastPath = FastPath(state: state, allowedHosts: allowedHosts, peer: peer, trustedProxies: trusted)
                return ConnectionHandler(fastPath: fastPath, limits: limits, refusing: refusing, logger: logger)
            }
        }
        let host = options.host
        var app = Application(
            router: router,
            server: server,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                onServing("http://\(host.contains(":") ? "[\(host)]" : host):\(channel.localAddress?.port ?? options.port)/")
            },
            logger: logger)
        if let live {
            app.addServices(SiteRebuilder(site: live, state: state, broadcaster: broadcaster, logger: logger))
        }
        return app
    }

    static func makeRouter(options: ServerOptions, state: SiteState, broadcaster: LiveReloadBroadcaster) -> Router<ServerRequestContext> {
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: ForwardedHeadersMiddleware(trusted: options.trustedProxies))
        router.add(middleware: AccessLogMiddleware())
        if let metrics = state.metrics { router.add(middleware: MetricsMiddleware(metrics: metrics)) }
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: HostCheckMiddleware(allowedHosts: options.allowedHosts))
        router.add(middleware: MethodMiddleware())
        CheckerRoutes(state: state).register(on: router)
        APIRoutes(state: state).register(on: router)
        OperationsRoutes(state: state).register(on: router)
        if options.watch { LiveReloadRoutes(state: state, broadcaster: broadcaster).register(on: router) }
        let files = StaticResponder(state: state)
        // The router does not fall back from a folder it knows (`zh-CN/`, for `zh-CN/check`) to the root's
        // wildcard, so each edition's folder has its own.
        for folder in [""] + Routes.editionFolders {
            router.get(RouterPath(folder + "**")) { request, _ in try files.respond(to: request) }
            router.head(RouterPath(folder + "**")) { request, _ in try files.respond(to: request) }
        }
        for folder in Routes.editionFolders {
            router.get(RouterPath(folder)) { request, _ in try files.respond(to: request) }
            router.head(RouterPath(folder)) { request, _ in try files.respond(to: request) }
        }
        router.get("/") { request, _ in try files.respond(to: request) }
        router.head("/") { request, _ in try files.respond(to: request) }
        return router
    }
}
