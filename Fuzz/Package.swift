// swift-tools-version:6.1
// libFuzzer targets: the draft decoder and checker, and the generator's Markdown path. Kept apart from the root package:
// it links only with `-sanitize=fuzzer` (see run.sh), which the ordinary build does not pass.
import PackageDescription

let package = Package(
    name: "Fuzz",
    dependencies: [.package(name: "icp-filing-handbook", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzDraft",
            dependencies: [.product(name: "FilingRules", package: "icp-filing-handbook")]
        ),
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: [.product(name: "SiteBuilder", package: "icp-filing-handbook")]
        ),
    ]
)
