// swift-tools-version:6.1
// The checker-throughput benchmark, kept out of the root package; `bench/run.sh` builds it in release.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between checkouts.
let rootFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "checker-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "checker-bench",
            dependencies: [.product(name: "FilingRules", package: rootFolder)]
        ),
    ]
)
