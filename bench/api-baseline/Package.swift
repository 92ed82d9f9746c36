// swift-tools-version:6.1
// The baseline `POST /api/check` is measured against: a plain Hummingbird 2 handler that decodes the
// same JSON draft and answers a fixed small JSON document. `bench/run.sh` builds it in release.
import PackageDescription

let package = Package(
    name: "api-baseline",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0")],
    targets: [
        .executableTarget(
            name: "api-baseline",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")]
        ),
    ]
)
