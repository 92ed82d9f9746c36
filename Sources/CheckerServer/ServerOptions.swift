import Foundation
import SiteBuilder

/// What `icp serve` was asked to do.
public struct ServerOptions: Sendable {
    /// The folder holding `content/`, `theme/` and `site.yaml`.
    public var root: URL
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
    /// Close connections idle for this long.
    public var idleTimeout: Duration = .seconds(30)

    /// Options for the site at `root`.
    public init(root: URL, output: URL? = nil) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("public")
    }

    /// The generator's options for this server: live reload only in watch mode.
    var buildOptions: BuildOptions {
        var options = BuildOptions(root: root, output: output)
        options.liveReload = watch
        return options
    }

    /// Every `Host` name the server answers for.
    var allowedHosts: Set<String> {
        HostNames.defaults(bindHost: host).union(extraHosts.map { $0.lowercased() })
    }
}
