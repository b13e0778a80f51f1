import Testing
@testable import CareerSearch

#if canImport(Glibc)
import Glibc
#endif

@Suite struct StemmerTests {
    @Test(arguments: [
        ("engineers", "engin"), ("engineering", "engin"), ("learning", "learn"),
        ("scientists", "scientist"), ("salaries", "salari"), ("running", "run"),
        ("analytics", "analyt"), ("c++", "c++"), ("c#", "c#"), ("cs231n", "cs231n"),
        ("a", "a"), ("go", "go"), ("", ""),
    ])
    func englishSnowball(word: String, stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    @Test func cacheHitsAndOverflowGiveTheSameStems() {
        let words = (0..<(Stemmer.cacheLimit + 100)).map { "running\($0)s" }
        let first = words.map { Stemmer.stem($0) }          // misses, then the cache restarts
        #expect(first[0] == "running0")
        #expect(words.map { Stemmer.stem($0) } == first)    // hits and misses mixed
        #expect(Stemmer.stem("engineers") == "engin")
        #expect(Stemmer.stem("engineers") == "engin")
    }

    @Test func nonASCIIWordsAreValidUTF8() {
        #expect(Stemmer.stem("москва") == "москва")
        #expect(Stemmer.stem("東京") == "東京")
    }

    #if os(Linux)
    /// Each thread uses its own libstemmer object; threads that exit free theirs (the key's
    /// destructor). Many short-lived threads stemming at once must all get the same answers.
    @Test func shortLivedThreadsStemIndependently() {
        let words = ["engineers", "learning", "salaries", "analytics", "scientists", "running"]
        let expected = words.map { Stemmer.stem($0) }
        let jobs = (0..<16).map { _ in StemJob(words: words, expected: expected) }
        var threads: [pthread_t] = []
        for job in jobs {
            var thread = pthread_t()
            let rc = pthread_create(&thread, nil, { raw in
                let job = Unmanaged<StemJob>.fromOpaque(raw!).takeRetainedValue()
                for _ in 0..<2_000 where job.words.map(Stemmer.stem) != job.expected {
                    job.mismatches += 1
                }
                return nil
            }, Unmanaged.passRetained(job).toOpaque())
            #expect(rc == 0)
            threads.append(thread)
        }
        for thread in threads { pthread_join(thread, nil) }
        #expect(jobs.map(\.mismatches) == Array(repeating: 0, count: jobs.count))
    }
    #endif
}

/// Work for one thread; written by that thread only, read after `pthread_join`.
private final class StemJob: @unchecked Sendable {
    let words: [String]
    let expected: [String]
    var mismatches = 0
    init(words: [String], expected: [String]) {
        self.words = words
        self.expected = expected
    }
}
