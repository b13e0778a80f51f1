import Testing
@testable import CareerSearch

@Suite struct TopKCollectorTests {
    @Test func keepsBestKInOrder() {
        var top = TopKCollector(k: 3)
        for (doc, score) in [(1, 0.1), (2, 0.9), (3, 0.5), (4, 0.7), (5, 0.2), (6, 0.95)] {
            top.offer(doc: doc, score: score)
        }
        #expect(top.sortedHits() == [SearchHit(doc: 6, score: 0.95), SearchHit(doc: 2, score: 0.9),
                                     SearchHit(doc: 4, score: 0.7)])
    }

    @Test func tiesGoToLowerDocID() {
        var top = TopKCollector(k: 2)
        for doc in [9, 3, 7, 1, 5] { top.offer(doc: doc, score: 0.5) }
        #expect(top.sortedHits().map(\.doc) == [1, 3])
    }

    @Test func fewerThanK() {
        var top = TopKCollector(k: 10)
        top.offer(doc: 2, score: 0.3)
        top.offer(doc: 1, score: 0.3)
        #expect(top.sortedHits().map(\.doc) == [1, 2])
    }

    @Test func zeroOrNegativeKKeepsNothing() {
        for k in [0, -3] {
            var top = TopKCollector(k: k)
            top.offer(doc: 1, score: 1)
            #expect(top.sortedHits().isEmpty)
            #expect(!top.wouldAccept(doc: 1, score: 1))
        }
    }

    @Test func wouldAcceptMatchesOffer() {
        var top = TopKCollector(k: 2)
        top.offer(doc: 1, score: 0.8)
        top.offer(doc: 2, score: 0.6)
        #expect(top.wouldAccept(doc: 3, score: 0.7))
        #expect(top.wouldAccept(doc: 0, score: 0.6))   // same score, lower doc id
        #expect(!top.wouldAccept(doc: 3, score: 0.6))
        #expect(!top.wouldAccept(doc: 3, score: 0.1))
    }

    @Test func matchesFullSortOnRandomInput() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<50 {
            let k = Int(rng.next() % 20)
            let hits = (0..<200).map { SearchHit(doc: $0, score: Double(rng.next() % 50) / 50) }
            var top = TopKCollector(k: k)
            for h in hits.shuffled(using: &rng) { top.offer(doc: h.doc, score: h.score) }
            #expect(top.sortedHits() == Array(hits.sorted(by: TopKCollector.ranksBefore).prefix(k)))
        }
    }
}
