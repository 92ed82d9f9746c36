import ArgumentParser
import CheckerServer
import Foundation
import Hummingbird
import Logging

/// `icp serve`: builds the site and serves it with the checker on this machine.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site and serve it with the checker form and JSON API.",
        discussion: "Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C; open requests finish first.")

    @Option(help: "The folder holding content/, theme/ and site.yaml.")
    var root = "."

    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Rebuild when content/ or theme/ changes and reload open pages.")
    var watch = false

    @Flag(name: .customLong("no-build"), help: "Serve the existing public/ without building first.")
    var noBuild = false

    @Option(name: .customLong("allow-host"), help: "Another Host name to answer for (repeatable), e.g. when behind a proxy.")
    var allowHost: [String] = []

    func run() async throws {
        var options = ServerOptions(root: URL(fileURLWithPath: root))
        options.host = host
        options.port = port
        options.watch = watch
        options.build = !noBuild
        options.extraHosts = allowHost
        LoggingSystem.bootstrap { label in
            BufferedLogHandler(label: label)
        }
        let app: any ApplicationProtocol
        do {
            app = try await CheckerApplication.make(options)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        print("Serving the handbook and the checker on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (checker: /check)")
        defer { LogSink.standardError.flush() }
        try await app.runService()
    }
}
