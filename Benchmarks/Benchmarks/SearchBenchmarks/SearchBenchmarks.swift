import Benchmark
import CareerSearch

/// Benchmarks for CareerSearch. Fixtures are built once, before any benchmark is registered, so
/// only the operation itself is measured. See Benchmarks/README.md for how to run them.
let benchmarks: @Sendable () -> Void = {
    let fixture = Fixture()
    let config = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        maxDuration: .seconds(2), maxIterations: 1_000_000
    )

    Benchmark("Analyzer.terms: typical question", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.analyzer.terms(Fixture.question)) }
    }
    Benchmark("Analyzer.tokens: typical question", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.analyzer.tokens(Fixture.question)) }
    }
    Benchmark("Analyzer.fold: typical question", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.analyzer.fold(Fixture.question)) }
    }

    // Stem cache decision: stemming through the per-thread cache (all hits here) vs a bare
    // dictionary lookup (the floor for any cache). Without the cache, this benchmark measured
    // libstemmer itself: see README.md.
    Benchmark("Analyzer.stem: 10 words (cached)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations {
            for word in Fixture.words { blackHole(fixture.analyzer.stem(word)) }
        }
    }
    Benchmark("Dictionary lookup: 10 words (stem cache upper bound)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations {
            for word in Fixture.words { blackHole(fixture.stemCache[word]) }
        }
    }

    Benchmark("InvertedIndex.search: 500 docs, tfidf, top 10", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.tfidf.search(Fixture.question, limit: 10)) }
    }
    Benchmark("InvertedIndex.search: 500 docs, bm25, top 10", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.bm25.search(Fixture.question, limit: 10)) }
    }
    Benchmark("InvertedIndex.search: 500 docs, tfidf, pre-analyzed terms", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.tfidf.search(terms: fixture.questionTerms, limit: 10)) }
    }
    Benchmark("InvertedIndex.search: 500 docs, filter odd docs", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(fixture.tfidf.search(Fixture.question, limit: 10, where: { $0 % 2 == 1 }))
        }
    }
    Benchmark("IndexBuilder.build: 500 docs", configuration: .init(
        metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.builder.build()) }
    }

    Benchmark("TypoCorrector: misspelt word (kubernets)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.typos.correction(for: "kubernets")) }
    }
    Benchmark("TypoCorrector: misspelt long word (reserach)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.typos.correction(for: "reserach")) }
    }
    Benchmark("TypoCorrector: correct word (engineer)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(fixture.typos.correction(for: "engineer")) }
    }
}
