import Testing
import CareerSearch

@Suite struct AnalyzerTests {
    let analyzer = Analyzer(stopwords: ["the", "a", "and", "of", "to", "I", "is", "Don't", "as well"])

    @Test func tokensKeepStopwordsInOrder() {
        let tokens = analyzer.tokens("The Engineers of Andrew's team")
        #expect(tokens.map(\.text) == ["the", "engineers", "of", "andrew", "team"])
        #expect(tokens.map(\.stem) == ["the", "engin", "of", "andrew", "team"])
        #expect(tokens.map(\.isStopword) == [true, false, true, false, false])
        #expect(tokens.map(\.position) == [0, 1, 2, 3, 4])
    }

    @Test func termsAreStemsOfNonStopwords() {
        #expect(analyzer.terms("The engineers and a learning path to C++") == ["engin", "learn", "path", "c++"])
    }

    @Test func termsEqualsFilteredTokens() {
        let text = "I don't know: is a Data-Scientist's salary (in München) higher than an ML engineer's? 🤔"
        #expect(analyzer.terms(text) == analyzer.tokens(text).filter { !$0.isStopword }.map(\.stem))
    }

    @Test func tokenCountIsTheNumberOfTokens() {
        for text in ["", "   ", "The Engineers of Andrew's team", "C++ & c#, résumé... 日本語 ok?", "I don't know: 🤔 x-y_z 42"] {
            #expect(analyzer.tokenCount(text) == analyzer.tokens(text).count, "\(text)")
        }
    }

    @Test func termSetIsTheUnionOfTerms() {
        let texts = ["The engineers and a learning path to C++", "Engineering DON'T learn; résumé, Résumés!", "", "of the"]
        let union = texts.reduce(into: Set<String>()) { $0.formUnion(analyzer.terms($1)) }
        #expect(analyzer.termSet(texts) == union)
        #expect(union.contains("engin") && union.contains("resum") && !union.contains("the"))
        #expect(analyzer.termSet([String]()).isEmpty)
    }

    @Test func stopwordsAreFoldedAndSplitLikeText() {
        #expect(analyzer.stopwords.contains("i"))
        #expect(analyzer.stopwords.contains("dont"))
        #expect(!analyzer.stopwords.contains("well"))  // "as well" is two words: ignored
        #expect(analyzer.terms("I DON'T") == [])
    }

    @Test func noStopwords() {
        let bare = Analyzer(stopwords: [String]())
        #expect(bare.terms("the engineers") == ["the", "engin"])
    }

    @Test func stemAndFold() {
        #expect(analyzer.stem("engineers") == "engin")
        #expect(analyzer.stem("learning") == "learn")
        #expect(analyzer.fold("Résumé — Straße") == "resume - strasse")
    }

    @Test func edgeCases() {
        #expect(analyzer.tokens("").isEmpty)
        #expect(analyzer.terms("").isEmpty)
        #expect(analyzer.terms("🚀🔥 !!!").isEmpty)
        #expect(analyzer.terms("fast.ai CS231n A/B testing") == ["fast", "ai", "cs231n", "b", "test"])
        #expect(analyzer.terms("C# and C++ developers") == ["c#", "c++", "develop"])
        #expect(analyzer.terms("Café naïve") == ["cafe", "naiv"])
    }

    @Test func veryLongInput() {
        let text = String(repeating: "The engineers learning Swift. ", count: 10_000)
        let terms = analyzer.terms(text)
        #expect(terms.count == 30_000)
        #expect(Set(terms) == ["engin", "learn", "swift"])
    }

    /// The analyzer is shared by event-loop threads: concurrent use must give identical results.
    @Test func concurrentUseGivesIdenticalResults() async {
        let texts = [
            "How much does a senior machine learning engineer earn in Zürich?",
            "Which courses teach C++ and C# for game developers?",
            "I'm a nurse: can I become a data analyst? Andrew's course looked good.",
            "Best résumé tips for DevOps / SRE roles with Kubernetes",
        ]
        let analyzer = self.analyzer
        let expected = texts.map { analyzer.tokens($0) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<32 {
                group.addTask {
                    var bad = 0
                    for round in 0..<300 {
                        let i = (worker + round) % texts.count
                        if analyzer.tokens(texts[i]) != expected[i] { bad += 1 }
                    }
                    return bad
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}

@Suite struct KnownWordsTests {
    let plain = Analyzer(stopwords: ["the", "a", "of", "is", "don't"])

    /// Knowing words changes no token: only known words carry their entry.
    @Test func aKnowingAnalyzerGivesTheSameTokens() {
        let knowing = plain.knowing(["engineers", "the", "dont", "c++", "résumé", "engineers", ""])
        let words = try! #require(knowing.words)
        // Entered as given, once each; the empty word never.
        #expect(words.texts == ["engineers", "the", "dont", "c++", "résumé"])
        for text in ["The Engineers of Andrew's team", "C++ & c#, résumé... 日本語 ok?", "don't", "", "engineers engineers"] {
            let a = plain.tokens(text), b = knowing.tokens(text)
            #expect(a == b, "\(text)")
            #expect(a.map(\.stem) == b.map(\.stem) && a.map(\.isStopword) == b.map(\.isStopword))
            for t in b {
                let e = words.entry(t.text)
                #expect(t.word == e, "\(t.text)")
                if e >= 0 { #expect(words.texts[Int(e)] == t.text && words.stems[Int(e)] == t.stem) }
            }
        }
        #expect(knowing.tokens("the engineers").map(\.word) == [1, 0])
        #expect(knowing.tokens("dont").first?.isStopword == true)
        #expect(plain.tokens("engineers").map(\.word) == [-1])
        // "résumé" folds to "resume": only the folded form can ever match.
        #expect(words.entry("résumé") >= 0 && knowing.tokens("résumé").map(\.word) == [-1])
    }

    @Test func tokensEqualWhateverTheirEntry() {
        var t = Token(text: "data", stem: "data", isStopword: false, position: 0)
        var u = t
        u.word = 7
        #expect(t == u && t.hashValue == u.hashValue)
        t.position = 1
        #expect(t != u)
    }
}
