// libFuzzer target: any text through the analyzer and the typo corrector, as a question
// is read: no crash on any Unicode, and tokens are never empty.
let analyzer = Analyzer(stopwords: ["a", "the", "of"])
let typos = TypoCorrector(vocabulary: ["salary", "machine", "learning", "engineer", "research", "kubernetes"], protected: [])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for token in analyzer.tokens(text) {
        precondition(!token.text.isEmpty)
        _ = typos.correction(for: token.text)
    }
    _ = analyzer.terms(text)
    return 0
}
