import ArgumentParser
import Foundation

/// `--root DIR`, shared by every command that reads the handbook's sources.
struct RootOptions: ParsableArguments {
    @Option(help: "The handbook folder holding content/, theme/ and site.yaml.")
    var root = "."

    /// The folder as a file URL.
    var url: URL { URL(fileURLWithPath: root) }
}
