import Testing
@testable import CareerSearch

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("I know C++ and C#.", ["i", "know", "c++", "and", "c#"]),
        ("C++/Java, F# or c++?", ["c++", "java", "f#", "or", "c++"]),
        ("fast.ai course", ["fast", "ai", "course"]),
        ("Stanford CS231n", ["stanford", "cs231n"]),
        ("3Blue1Brown videos", ["3blue1brown", "videos"]),
        ("A/B testing", ["a", "b", "testing"]),
        ("machine-learning engineer", ["machine", "learning", "engineer"]),
        ("5+ years", ["5", "years"]),
        ("a+b", ["a", "b"]),
        ("#hashtag", ["hashtag"]),
        ("c+++", ["c"]),
    ])
    func splitsOnNonWordCharacters(text: String, expected: [String]) {
        #expect(Tokenizer.words(text) == expected)
    }

    @Test func possessiveIsDropped() {
        #expect(Tokenizer.words("Andrew's course") == ["andrew", "course"])
        #expect(Tokenizer.words("Andrew\u{2019}s course") == ["andrew", "course"])
        #expect(Tokenizer.words("the students' projects") == ["the", "students", "projects"])
        #expect(Tokenizer.words("it's") == ["it"])
    }

    @Test func innerApostrophesAreRemoved() {
        #expect(Tokenizer.words("don't O'Reilly") == ["dont", "oreilly"])
        #expect(Tokenizer.words("'quoted'") == ["quoted"])
    }

    @Test func accentsAndOtherScripts() {
        #expect(Tokenizer.words("Café Résumé") == ["cafe", "resume"])
        #expect(Tokenizer.words("東京 と Москва") == ["東京", "と", "москва"])
    }

    @Test func emojiSeparateWords() {
        #expect(Tokenizer.words("I ❤️Swift🚀rocks 👩‍💻") == ["i", "swift", "rocks"])
    }

    @Test func emptyAndBlank() {
        #expect(Tokenizer.words("").isEmpty)
        #expect(Tokenizer.words("  \n\t ... !!! ").isEmpty)
    }

    @Test func veryLongInput() {
        let text = String(repeating: "Data scientists analyse data. ", count: 20_000)
        let words = Tokenizer.words(text)
        #expect(words.count == 80_000)
        #expect(words.prefix(4) == ["data", "scientists", "analyse", "data"])
        let one = String(repeating: "a", count: 100_000)
        #expect(Tokenizer.words(one) == [one])
    }
}
