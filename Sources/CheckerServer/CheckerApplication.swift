import Foundation
import Hummingbird
import Logging
import SiteBuilder

/// Builds the server: the site, the checker form, the API and, in watch mode, live reload.
public enum CheckerApplication {
    /// Builds the site unless `options.build` is false, loads it and returns the application to run.
    public static func make(_ options: ServerOptions, logger: Logger = Logger(label: "icp.serve")) throws -> some ApplicationProtocol {
        let live = options.watch ? try LiveSite(options: options.buildOptions) : nil
        if options.build && !options.watch { _ = try SiteGenerator.build(options.buildOptions) }
        let state = SiteState(try SiteSnapshot.load(root: options.root, output: options.output, liveReload: options.watch))
        let broadcaster = LiveReloadBroadcaster()
        let router = makeRouter(options: options, state: state, broadcaster: broadcaster)
        let idle = options.idleTimeout.components
        var app = Application(
            router: router,
            server: .http1(configuration: .init(
                idleTimeout: .seconds(idle.seconds),
                httpDecoderConfiguration: .init(maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            logger: logger)
        if let live {
            app.addServices(SiteRebuilder(options: options, site: live, state: state, broadcaster: broadcaster, logger: logger))
        }
        return app
    }

    static func makeRouter(options: ServerOptions, state: SiteState, broadcaster: LiveReloadBroadcaster) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: HostCheckMiddleware(allowedHosts: options.allowedHosts))
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
