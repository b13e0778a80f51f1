import Testing
@testable import CareerKnowledge

@Suite struct SpellingTests {
    @Test func suggestsOnlyCloseWords() {
        #expect(Spelling.closest(to: "salries", among: ["salaries", "summary", "sources"]) == "salaries")
        #expect(Spelling.closest(to: "pyton", among: ["python", "sql"]) == "python")
        #expect(Spelling.closest(to: "kubernetes", among: ["python", "sql"]) == nil)
        #expect(Spelling.closest(to: "ab", among: ["xy"]) == nil)
    }

    @Test func editDistance() {
        #expect(Spelling.distance("kitten", "sitting") == 3)
        #expect(Spelling.distance("", "abc") == 3 && Spelling.distance("same", "same") == 0)
    }

    @Test func identifiers() {
        #expect(Identifier.isValid("data-analyst") && Identifier.isValid("3blue1brown"))
        #expect(!Identifier.isValid("Data-Analyst") && !Identifier.isValid("data--analyst"))
        #expect(!Identifier.isValid("-data") && !Identifier.isValid("data_analyst") && !Identifier.isValid(""))
    }
}
