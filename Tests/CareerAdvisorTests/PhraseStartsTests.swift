@testable import CareerAdvisor
import Testing

@Suite struct PhraseStartsTests {
    @Test func masksNameEveryTableWithAPhraseStartingAtTheWord() {
        var starts = PhraseStarts()
        starts.add(["machin", "data"], .entities)
        starts.add(["junior"], .levels)
        starts.add(["machin"], .phrases)
        let masks = ["a", "junior", "machin", "learn", "data"].map(starts.mask)
        #expect(masks == [[], .levels, [.entities, .phrases], [], .entities])
    }

    /// The reader skips a table at a word whose mask lacks it: every phrase of the
    /// shipped lexicon must be found where the table itself would find it.
    @Test func theShippedLexiconsMasksCoverEveryTablesStarts() {
        let lexicon = Fixture.advisor.lexicon
        let masks = Dictionary(uniqueKeysWithValues: lexicon.entities.startStems.map { ($0, lexicon.starts.mask($0)) })
        #expect(!masks.isEmpty)
        #expect(masks.values.allSatisfy { $0.contains(.entities) })
        for stem in lexicon.levels.startStems { #expect(lexicon.starts.mask(stem).contains(.levels)) }
        for stem in lexicon.keywordIndex.keys { #expect(lexicon.starts.mask(stem).contains(.keywords)) }
        for stem in lexicon.smalltalk.startStems { #expect(lexicon.starts.mask(stem).contains(.smalltalk)) }
    }
}
