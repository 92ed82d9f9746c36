import ArgumentParser
import CheckerServer
import Foundation
import Logging

/// `icp serve`: builds the site and serves it with the checker, or serves a site built earlier.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site and serve it with the checker form and JSON API.",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C or SIGTERM; open requests finish first. \
            With --site DIR it serves a site built earlier (icp build's output, or the site of a release archive) with \
            the rulebook published inside it, and needs no content/ or theme/.
            """)

    @OptionGroup var source: RootOptions

    @Option(help: "Serve this built site as it is, without sources (no build, no --watch).")
    var site: String?

    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Rebuild when content/ or theme/ changes and reload open pages.")
    var watch = false

    @Flag(name: .customLong("no-build"), help: "Serve the existing public/ without building first.")
    var noBuild = false

    @Option(name: .customLong("allow-host"), help: "Another Host name to answer for (repeatable), e.g. the name a proxy publishes.")
    var allowHost: [String] = []

    @Option(name: .customLong("trusted-proxy"), help: "An address or CIDR range whose X-Forwarded-For, -Host, -Proto and X-Request-Id headers count (repeatable); others' are ignored.")
    var trustedProxy: [String] = []

    @Flag(help: "Count requests and checks and publish them in the Prometheus text format at /metrics.")
    var metrics = false

    @Option(name: .customLong("log-format"), help: "How log lines are written to standard error: text or json (one object per line).")
    var logFormat: LogFormat = .text

    @Option(name: .customLong("log-level"), help: "The least severe log lines written: trace, debug, info (one line per request), notice, warning, error or critical.")
    var logLevel: Logger.Level = .info

    func validate() throws {
        if site != nil && watch { throw ValidationError("--watch needs the sources; it cannot be used with --site") }
        if site != nil && source.root != "." { throw ValidationError("--site serves a built site; --root is for sources") }
    }

    func run() async throws {
        var options = site.map { ServerOptions(site: URL(fileURLWithPath: $0)) } ?? ServerOptions(root: source.url)
        options.host = host
        options.port = port
        options.watch = watch
        if site == nil { options.build = !noBuild }
        options.extraHosts = allowHost
        options.metrics = metrics
        do {
            options.trustedProxies = try TrustedProxies(trustedProxy)
        } catch {
            throw ValidationError(error.description)
        }
        let (format, level) = (logFormat, logLevel)
        LoggingSystem.bootstrap { label in
            var handler = BufferedLogHandler(label: label, format: format)
            handler.logLevel = level
            return handler
        }
        defer { LogSink.standardError.flush() }
        do {
            try await CheckerApplication.run(options) { address in
                FileHandle.standardOutput.write(Data("Serving the handbook and the checker on \(address) (checker: \(address)check/)\n".utf8))
            }
        } catch let error as ServerError {
            FileHandle.standardError.write(Data("\(error.message)\n".utf8))
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

extension LogFormat: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}
