// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "icp-filing-handbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "icp", targets: ["icp"]),
        .library(name: "FilingRules", targets: ["FilingRules"]),
        .library(name: "SiteBuilder", targets: ["SiteBuilder"]),
        .library(name: "CheckerServer", targets: ["CheckerServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "FilingRules",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "SiteBuilder",
            dependencies: [
                "CCmark",
                "FilingRules",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "CheckerServer",
            dependencies: [
                "SiteBuilder",
                "FilingRules",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(name: "JemallocSettings", publicHeadersPath: "."),
        .executableTarget(
            name: "icp",
            dependencies: [
                "JemallocSettings",
                "FilingRules",
                "SiteBuilder",
                "CheckerServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // jemalloc in place of glibc's malloc: the build allocates from both cores at once (Debian: libjemalloc-dev).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "FilingRulesTests", dependencies: ["FilingRules"], exclude: ["Fixtures"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "FilingRules"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "IcpTests"),
        .testTarget(
            name: "CheckerServerTests",
            dependencies: [
                "CheckerServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ]
)
