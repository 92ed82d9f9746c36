import ArgumentParser
import FilingRules
import Foundation
import SiteBuilder

/// `icp build`: renders the handbook into a static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render content/ and theme/ into a static site that works offline.",
        discussion: """
            All problems are listed at once as FILE:LINE:COLUMN: error: ...; a failed build leaves the previous output \
            untouched. The output must be a new or empty folder or a site `icp build` wrote (it holds a .icp-build file); \
            nothing else is moved or deleted without --force-out.
            """)

    @OptionGroup var source: RootOptions

    @Option(help: "Where to write the site (default: ROOT/public).")
    var out: String?

    @Option(name: .customLong("base-url"), help: "The published URL, for sitemap.xml and canonical links only.")
    var baseURL: String?

    @Flag(help: "Include pages marked `draft: true`.")
    var drafts = false

    @Flag(name: .customLong("force-out"), help: "Replace the output folder even when `icp build` did not write it (it has no .icp-build file); everything in it is deleted. A folder holding content/, theme/ or .git is refused all the same.")
    var forceOut = false

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        var options = BuildOptions(root: source.url, output: out.map { URL(fileURLWithPath: $0) })
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.replaceUnmarkedOutput = forceOut
        if !quiet && isatty(STDERR_FILENO) == 1 {
            options.progress = { done, total in
                guard total >= 500, done % 250 == 0 || done == total else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[Krendering \(done)/\(total) pages".utf8))
                if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            }
        }
        let result = Result { () throws(BuildError) in try SiteGenerator.build(options) }
        switch result {
        case .success(let summary):
            if !summary.warnings.isEmpty {
                let formatter = DiagnosticFormatter(colour: Terminal.isColour(STDERR_FILENO))
                FileHandle.standardError.write(Data(formatter.format(summary.warnings).utf8))
            }
            if !quiet {
                let destination = out ?? (source.root == "." ? "public" : source.root + "/public")
                print("Built \(summary.pages) pages (\(summary.files) files) in \(String(format: "%.2f", summary.seconds)) s into \(destination)/")
            }
            // Nothing is left to do: the operating system takes back the site model at once, where freeing it
            // object by object would delay the exit by a tenth of a second on a large site.
            Foundation.exit(EXIT_SUCCESS)
        case .failure(let error):
            let formatter = DiagnosticFormatter(colour: Terminal.isColour(STDERR_FILENO))
            FileHandle.standardError.write(Data((error.formatted(formatter) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
