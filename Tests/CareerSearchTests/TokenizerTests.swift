import Foundation
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

    /// ASCII text is read from its bytes; the words are those of the general path, on
    /// every eval question and on random texts of every ASCII byte the rules look at.
    @Test func asciiBytesGiveTheScalarsWords() throws {
        var texts: [String] = []
        for file in ["questions.jsonl", "dev.jsonl"] {
            let path = #filePath.split(separator: "/").dropLast(2).joined(separator: "/") + "/Eval/" + file
            guard let data = FileManager.default.contents(atPath: "/" + path) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   let text = object["text"] as? String { texts.append(text) }
            }
        }
        #expect(texts.count > 300)
        let alphabet = Array("aAzZsS'+#-. 09Q\t\n\u{0}~_@[`{/:".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 13) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Tokenizer.words(text) == Tokenizer.wordsByScalars(text), "\(text)")
        }
        #expect(Tokenizer.words("Café C++") == Tokenizer.wordsByScalars("Café C++"))
    }

    @Test func asciiCheckReadsEveryByte() {
        for n in 0..<24 {
            for at in 0..<max(n, 1) {
                var bytes = [UInt8](repeating: 0x61, count: n)
                if n > 0 { bytes[at] = 0xC3 }
                let ascii = bytes.withUnsafeBufferPointer { Tokenizer.isASCII($0) }
                #expect(ascii == (n == 0), "\(n) \(at)")
            }
        }
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
