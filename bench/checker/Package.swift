// swift-tools-version:6.1
// The checker-throughput benchmark, kept out of the root package; `bench/run.sh` builds it in release.
import PackageDescription

let package = Package(
    name: "checker-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "checker-bench",
            dependencies: [.product(name: "FilingRules", package: "icp-filing-handbook")]
        ),
    ]
)
