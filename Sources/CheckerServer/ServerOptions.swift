import Foundation
import NIOCore
import SiteBuilder

/// What `icp serve` was asked to do.
public struct ServerOptions: Sendable {
    /// The folder holding `content/`, `theme/` and `site.yaml`; nil when serving a built site alone.
    public var root: URL?
    /// Where the site is built and served from (default `ROOT/public`).
    public var output: URL
    /// The address to bind; loopback unless asked otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 picks a free one.
    public var port = 8080
    /// Rebuild on changes and reload open pages.
    public var watch = false
    /// Build the site before serving.
    public var build = true
    /// Extra `Host` names to accept besides the loopback names and the bound address.
    public var extraHosts: [String] = []
    /// The proxies whose `X-Forwarded-*` and `X-Request-Id` headers count.
    public var trustedProxies = TrustedProxies.none
    /// Count requests and checks and publish them at `/metrics`.
    public var metrics = false
    /// Close connections idle for this long; a request head must arrive within it.
    public var idleTimeout: Duration = .seconds(30)
    /// A request's body must arrive within this long after its head (408 otherwise).
    public var requestTimeout: Duration = .seconds(30)
    /// Once a shutdown starts, connections still busy are closed after this long.
    public var shutdownGracePeriod: Duration = .seconds(5)
    /// Connections served at once (lowered to what the descriptor limit allows); the next ones get 503.
    public var maxConnections = 1024

    /// Options for the site at `root`, built into `output` (default `ROOT/public`).
    public init(root: URL, output: URL? = nil) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("public")
    }

    /// Options for a site built earlier (`icp build`'s output, or the one in a release archive): served as
    /// it is, with the rulebook published inside it; no sources are needed.
    public init(site: URL) {
        root = nil
        output = site
        build = false
    }

    /// The generator's options for this server: live reload only in watch mode. Nil for a built site alone.
    var buildOptions: BuildOptions? {
        guard let root else { return nil }
        var options = BuildOptions(root: root, output: output)
        options.liveReload = watch
        return options
    }

    /// The bounds each connection is held to.
    var connectionLimits: ConnectionLimits {
        var limits = ConnectionLimits()
        limits.idleTimeout = TimeAmount(idleTimeout)
        limits.requestTimeout = TimeAmount(requestTimeout)
        limits.shutdownGracePeriod = TimeAmount(shutdownGracePeriod)
        return limits
    }

    /// Every `Host` name the server answers for.
    var allowedHosts: Set<String> {
        HostNames.defaults(bindHost: host).union(extraHosts.map { $0.lowercased() })
    }
}
