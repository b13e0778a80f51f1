// swift-tools-version:6.1
import PackageDescription
import struct Foundation.URL

// SwiftPM names a path dependency after its directory, so the parent package's identity is the
// name of the checkout directory ("main", "careerd", ...), not "careerd".
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

// Benchmarks for the careerd modules, kept out of the main package so that its build stays fast.
// Run with: swift package --package-path Benchmarks benchmark   (see README.md)
let package = Package(
    name: "careerd-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
                 traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "SearchBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CareerSearch", package: parent),
            ],
            path: "Benchmarks/SearchBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "CareerdBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CareerKnowledge", package: parent),
                .product(name: "CareerAdvisor", package: parent),
                .product(name: "CareerProtocol", package: parent),
            ],
            path: "Benchmarks/CareerdBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The cost of `ask` in process, over a question set (Benchmarks/ask-cost.sh runs it,
        // natively for CPU time and under callgrind for instructions).
        .executableTarget(
            name: "AskProbe",
            dependencies: [
                .product(name: "CareerKnowledge", package: parent),
                .product(name: "CareerAdvisor", package: parent),
            ],
            path: "Tools/AskProbe"
        ),
        // SQLite's C API (Debian libsqlite3-dev), for the FTS5 side of ScaleProbe.
        .systemLibrary(name: "CSQLiteFTS", path: "Tools/CSQLiteFTS", providers: [.apt(["libsqlite3-dev"])]),
        // The scale benchmark's in-process half: careerd's index beside FTS5 bm25 on the
        // same generated documents and queries (Benchmarks/scale.sh runs it).
        .executableTarget(
            name: "ScaleProbe",
            dependencies: ["CSQLiteFTS", .product(name: "CareerSearch", package: parent)],
            path: "Tools/ScaleProbe"
        ),
    ],
    swiftLanguageModes: [.v6]
)
