// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Fazhi",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "FazhiCore", targets: ["FazhiCore"]),
        .executable(name: "fazhi", targets: ["fazhi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.20.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "FazhiCore",
            dependencies: [
                "ZIPFoundation",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "FazhiStore",
            dependencies: ["FazhiCore"]
        ),
        .target(
            name: "FazhiSQLite",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "FazhiPostgres",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "FazhiFiles",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FazhiServer",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                "FazhiFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .target(name: "FazhiTesting", dependencies: ["FazhiCore", "ZIPFoundation"]),
        .executableTarget(
            name: "fazhi",
            dependencies: [
                "FazhiCore",
                "FazhiStore",
                "FazhiSQLite",
                "FazhiPostgres",
                "FazhiFiles",
                "FazhiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "fazhi-bench",
            dependencies: [
                "FazhiCore", "FazhiStore", "FazhiSQLite", "FazhiServer", "FazhiTesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Benchmarks/FazhiBench"
        ),
        .executableTarget(
            name: "fazhi-fuzz",
            dependencies: ["FazhiCore", "FazhiStore", "FazhiServer", .product(name: "NIOCore", package: "swift-nio")],
            path: "Fuzz/FazhiFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .testTarget(name: "FazhiCoreTests", dependencies: ["FazhiCore", "FazhiTesting"], exclude: ["Gold"]),
        .testTarget(
            name: "FazhiStoreTests",
            dependencies: [
                "FazhiCore", "FazhiStore", "FazhiSQLite", "FazhiPostgres", "FazhiTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "FazhiCLITests",
            dependencies: [
                "FazhiCore", "FazhiStore", "FazhiSQLite", "FazhiTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "FazhiServerTests",
            dependencies: [
                "FazhiCore", "FazhiStore", "FazhiSQLite", "FazhiPostgres", "FazhiFiles", "FazhiServer", "FazhiTesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            exclude: ["Browser"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
