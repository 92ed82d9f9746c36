import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SiteBuilder

/// Builds the server: the site, the checker form, the API and, in watch mode, live reload.
public enum CheckerApplication {
    /// Builds the site unless `options.build` is false, loads it and returns the application to run.
    /// The theme and rulebook come from the build itself; only the built files are read back.
    public static func make(_ options: ServerOptions, logger: Logger = Logger(label: "icp.serve")) async throws -> some ApplicationProtocol {
        let live = options.watch ? try LiveSite(options: options.buildOptions) : nil
        let site: BuiltSite
        if let live {
            site = await live.built
        } else if options.build {
            site = try SiteGenerator.build(options.buildOptions).site
        } else {
            site = try SiteGenerator.load(options.buildOptions)
        }
        let state = SiteState(SiteSnapshot(manifest: try SiteManifest.load(from: options.output), site: site))
        let broadcaster = LiveReloadBroadcaster()
        let router = makeRouter(options: options, state: state, broadcaster: broadcaster)
        // The idle timeout is kept by the connection handler, which sees every request of a connection.
        let http1 = HTTP1Channel.Configuration(
            idleTimeout: nil,
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100))
        let allowedHosts = options.allowedHosts
        let limits = options.connectionLimits
        let limiter = ConnectionLimiter(maxConnections: options.maxConnections)
        let server = HTTPServerBuilder { responder in
            FastPathHTTP1Channel(base: HTTP1Channel(responder: responder, configuration: http1), limiter: limiter) { refusing in
                ConnectionHandler(fastPath: StaticFastPath(state: state, allowedHosts: allowedHosts), limits: limits, refusing: refusing, logger: logger)
            }
        }
        var app = Application(
            router: router,
            server: server,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            logger: logger)
        if let live {
            app.addServices(SiteRebuilder(options: options, site: live, state: state, broadcaster: broadcaster, logger: logger))
        }
        return app
    }

    /// The methods each route answers (HEAD too where GET); the others get 405 with an `Allow` header.
    static let routeMethods: [(path: String, methods: [HTTPRequest.Method])] = [
        ("check", [.get]), ("check/report", [.get, .post]), ("check/draft.yaml", [.get, .post]), ("check/report.json", [.get, .post]),
        ("api/check", [.post]), ("api/rules", [.get]), ("healthz", [.get]),
    ]

    /// The first path segments the router owns; the site's files are served under every other path.
    static let routeSegments: Set<Substring> = ["check", "api", "healthz", "_live"]

    /// Whether a decoded request path (`api/rules`) belongs to a route rather than to the site's files.
    static func isRoute(_ path: String) -> Bool {
        routeSegments.contains(path[..<(path.utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex)])
    }

    static func makeRouter(options: ServerOptions, state: SiteState, broadcaster: LiveReloadBroadcaster) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: HostCheckMiddleware(allowedHosts: options.allowedHosts))
        router.add(middleware: MethodMiddleware(routes: Dictionary(uniqueKeysWithValues: routeMethods.map { ($0.path, $0.methods) })))
        CheckerRoutes(state: state).register(on: router)
        APIRoutes(state: state).register(on: router)
        if options.watch { LiveReloadRoutes(state: state, broadcaster: broadcaster).register(on: router) }
        let files = StaticResponder(state: state)
        router.get("**") { request, _ in try files.respond(to: request) }
        router.head("**") { request, _ in try files.respond(to: request) }
        router.get("/") { request, _ in try files.respond(to: request) }
        router.head("/") { request, _ in try files.respond(to: request) }
        return router
    }
}
