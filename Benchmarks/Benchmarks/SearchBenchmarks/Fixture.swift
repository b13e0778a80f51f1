import CareerSearch

/// A deterministic synthetic corpus of 500 career-like documents and what is built from it.
final class Fixture: Sendable {
    static let question = "How do I become a machine learning engineer if I already know Python and some SQL?"
    static let words = ["engineers", "learning", "salaries", "analytics", "scientist",
                        "developer", "kubernetes", "python", "running", "management"]

    let analyzer: Analyzer
    let builder: IndexBuilder
    let tfidf: InvertedIndex
    let bm25: InvertedIndex
    let questionTerms: [String]
    let typos: TypoCorrector
    let stemCache: [String: String]

    init() {
        let analyzer = Analyzer(stopwords: Self.stopwords)
        self.analyzer = analyzer
        var rng = SplitMix(seed: 500)
        func pick(_ pool: [String], _ count: Int) -> String {
            (0..<count).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined(separator: " ")
        }
        var builder = IndexBuilder(analyzer: analyzer,
                                   fieldWeights: ["name": 3, "aliases": 2.5, "summary": 1.5, "body": 1])
        var vocabulary = Set<String>()
        for doc in 0..<500 {
            let fields = [("name", pick(Self.titles, 2)), ("aliases", pick(Self.titles, 3)),
                          ("summary", pick(Self.pool, 15)), ("body", pick(Self.pool, 80))]
            builder.add(doc, fields: fields.map { (name: $0.0, text: $0.1) })
            for (_, text) in fields { vocabulary.formUnion(analyzer.tokens(text).map(\.text)) }
        }
        self.builder = builder
        tfidf = builder.build(scoring: .tfidf)
        bm25 = builder.build(scoring: .bm25())
        questionTerms = analyzer.terms(Self.question)
        vocabulary.formUnion(["kubernetes", "research", "engineer"])
        typos = TypoCorrector(vocabulary: vocabulary, protected: Self.stopwords)
        stemCache = Dictionary(uniqueKeysWithValues: Self.words.map { ($0, analyzer.stem($0)) })
    }

    static let stopwords = ["a", "an", "and", "the", "of", "in", "to", "for", "with", "how", "do",
                            "i", "if", "already", "know", "some", "is", "are", "what", "who"]
    static let titles = ["data", "scientist", "engineer", "analyst", "machine", "learning", "software",
                         "developer", "manager", "product", "designer", "nurse", "teacher", "cloud",
                         "security", "devops", "architect", "accountant", "marketing", "research"]
    static let pool = titles + [
        "python", "sql", "statistics", "models", "pipelines", "dashboards", "reports", "customers",
        "patients", "students", "kubernetes", "docker", "terraform", "aws", "azure", "excel",
        "budgets", "campaigns", "interfaces", "prototypes", "experiments", "papers", "networks",
        "incidents", "vulnerabilities", "requirements", "roadmap", "stakeholders", "deadlines",
        "teams", "builds", "designs", "writes", "tests", "deploys", "monitors", "analyses", "plans",
        "teaches", "cares", "manages", "improves", "automates", "secures", "explains", "java",
        "javascript", "react", "swift", "kotlin", "c++", "c#", "go", "rust", "spark", "airflow",
        "kafka", "tableau", "figma", "salary", "career", "degree", "certification", "bootcamp",
    ]
}
