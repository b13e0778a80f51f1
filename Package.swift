// swift-tools-version:6.0
import PackageDescription

// Modules follow the data's path: knowledge -> search -> advisor -> protocol -> server,
// with the systemd glue and two thin executables on top. docs/ARCHITECTURE.md has a
// paragraph per module.
let package = Package(
    name: "careerd",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "careerd", targets: ["careerd"]),
        .executable(name: "career", targets: ["career"]),
        .library(name: "CareerSearch", targets: ["CareerSearch"]),
        // For Benchmarks/ (a separate package that depends on this one by path).
        .library(name: "CareerKnowledge", targets: ["CareerKnowledge"]),
        .library(name: "CareerAdvisor", targets: ["CareerAdvisor"]),
        .library(name: "CareerProtocol", targets: ["CareerProtocol"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // System libraries from Debian (see Makefile `deps`).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        .systemLibrary(name: "CEdit", providers: [.apt(["libedit-dev"])]),
        // Sessions saved across restarts (CareerServer's SessionArchive).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),

        // Knowledge model, YAML loader and validator.
        .target(name: "CareerKnowledge", dependencies: ["CFileBatch", .product(name: "Yams", package: "Yams")]),
        // Knowledge files read many at a time through io_uring (see its header for why in C).
        .target(name: "CFileBatch", linkerSettings: [.linkedLibrary("uring")]),
        // Text analysis, inverted index, TF-IDF scoring, typo tolerance.
        .target(name: "CareerSearch", dependencies: ["CStemmer"]),
        // The intent model's training loops, vectorised (see its header for why in C).
        .target(name: "CModelKernels"),
        // Intents, entities, dialogue state and answers.
        .target(name: "CareerAdvisor", dependencies: ["CareerKnowledge", "CareerSearch", "CModelKernels"]),
        // The scan for bytes to escape in a JSON string, sixteen at a time (see its header).
        .target(name: "CJSONScan"),
        // JSON and JSON-RPC 2.0 types shared by the daemon and its clients.
        .target(name: "CareerProtocol", dependencies: ["CJSONScan"]),
        // The socket server: framing, dispatch, sessions, limits, reload.
        .target(name: "CareerServer", dependencies: [
            "CareerAdvisor", "CareerProtocol", "CSQLite",
            .product(name: "Yams", package: "Yams"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOExtras", package: "swift-nio-extras"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // A small blocking line client used by `career` and by tests.
        .target(name: "CareerClient", dependencies: ["CareerProtocol"]),
        // libsystemd glue: notify, socket activation, watchdog, journald logging.
        .target(name: "Systemd", dependencies: [
            "CSystemd", .product(name: "Logging", package: "swift-log"),
        ]),

        .executableTarget(name: "careerd", dependencies: [
            "CareerServer", "CareerKnowledge", "Systemd",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "career", dependencies: [
            "CareerClient", "CareerProtocol", "CEdit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "CareerKnowledgeTests", dependencies: ["CareerKnowledge"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CareerSearchTests", dependencies: ["CareerSearch"]),
        .testTarget(name: "CareerAdvisorTests", dependencies: ["CareerAdvisor", "CareerKnowledge", "CareerSearch", "CModelKernels"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CareerProtocolTests", dependencies: ["CareerProtocol", "CJSONScan"]),
        .testTarget(name: "CareerServerTests", dependencies: [
            "CareerServer", "CareerProtocol", "CareerAdvisor", "CareerKnowledge", "CareerSearch",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .testTarget(name: "CareerClientTests", dependencies: ["CareerClient", "CareerProtocol"]),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd"]),
        // Starts the real binaries on real sockets (and, as root, under a real systemd).
        .testTarget(name: "IntegrationTests", dependencies: ["CareerClient", "CareerProtocol"]),
    ],
    swiftLanguageModes: [.v6]
)
