import CareerKnowledge
import CareerSearch

/// Ranks the non-entity guides (experience advice, market figures) by relevance to a
/// question: the item's keywords found in the question, then TF-IDF similarity. Every
/// item is returned, best first, so an answer can lead with what was asked and still
/// mention the rest. Immutable; thread-safe.
struct GuideIndex: Sendable {
    let experience: [Advice]
    let experienceIndex: InvertedIndex
    /// Each keyword stem of the experience advice to the positions of the advice that
    /// lists it: a question's few stems are looked up here, where testing every advice's
    /// keywords against the question hashed a hundred strings per question.
    let experienceByKeyword: [String: [Int32]]
    let market: [Fact]
    let marketIndex: InvertedIndex

    init(knowledge: KnowledgeBase, analyzer: Analyzer) {
        experience = knowledge.experience
        market = knowledge.market
        var eb = IndexBuilder(analyzer: analyzer, fieldWeights: ["title": 2, "keywords": 2, "text": 1])
        for (i, a) in experience.enumerated() {
            eb.add(i, fields: [("title", a.title), ("keywords", a.keywords.joined(separator: " ")), ("text", a.text)])
        }
        experienceIndex = eb.build()
        var byKeyword: [String: [Int32]] = [:]
        for (i, a) in experience.enumerated() {
            for stem in Set(a.keywords.flatMap { analyzer.tokens($0).map(\.stem) }) { byKeyword[stem, default: []].append(Int32(i)) }
        }
        experienceByKeyword = byKeyword
        var mb = IndexBuilder(analyzer: analyzer, fieldWeights: ["topic": 2, "text": 1])
        for (i, f) in market.enumerated() {
            mb.add(i, fields: [("topic", f.topic.split(separator: "-").joined(separator: " ")),
                               ("text", [f.text, f.figure ?? "", f.via ?? ""].joined(separator: " "))])
        }
        marketIndex = mb.build()
    }

    func rankExperience(_ q: Question) -> [Advice] {
        // Per advice: how many of its keywords the question has, plus its best search score.
        var score = [Double].filled(0, count: experience.count)
        for stem in Set(q.stems) {
            for i in experienceByKeyword[stem] ?? [] { score[Int(i)] += 1 }
        }
        var best = [Double?].filled(nil, count: experience.count)
        for hit in experienceIndex.search(terms: q.terms, limit: experience.count) { best[hit.doc] = max(best[hit.doc] ?? hit.score, hit.score) }
        // Best score first; equal scores in the knowledge's order.
        return experience.indices.sorted(byKey: { i in -(score[i] + (best[i] ?? 0)) }).map { experience[$0] }
    }

    /// The positions in `market` of every market fact, the best match of the question
    /// first; equal scores in the knowledge's order. Positions, not copies: an answer
    /// shows six facts and only names the topics of the rest.
    func rankMarket(_ q: Question) -> [Int] {
        var score = [Double].filled(0, count: market.count)
        for hit in marketIndex.search(terms: q.terms, limit: market.count) { score[hit.doc] = max(score[hit.doc], hit.score) }
        return market.indices.sorted(byKey: { -score[$0] })
    }
}
