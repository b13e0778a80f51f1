import Testing
@testable import CareerAdvisor

/// `AnswerText` must write exactly what the same `String` interpolation or concatenation
/// writes: the answers' bytes did not change when the composers moved to it.
@Suite struct AnswerTextTests {
    enum Kind { case core, useful }
    struct Described: CustomStringConvertible { var description: String { "described" } }

    static func string(_ t: AnswerText) -> String { String(decoding: t.bytes, as: UTF8.self) }

    @Test func interpolationWritesWhatStringInterpolationWrites() {
        let name = "Data Scientist", n = 42, x = 2.5, absent: String? = nil
        let t: AnswerText = "\(n). \(name) (\(Kind.core)), \(x) — £50,000–£70,000 \(Described()) \(absent ?? "none")"
        #expect(Self.string(t) == "\(n). \(name) (\(Kind.core)), \(x) — £50,000–£70,000 \(Described()) \(absent ?? "none")")
        let empty: AnswerText = ""
        #expect(empty.bytes.isEmpty)
        // One-character literals, which the compiler may hold as a scalar.
        let dot: AnswerText = "."
        let euro: AnswerText = "€"
        #expect(Self.string(dot) == "." && Self.string(euro) == "€")
    }

    @Test func concatenationWritesWhatStringConcatenationWrites() {
        let list = "Python, SQL and statistics"
        var t: AnswerText = "Core: " + list + "."
        t += " Ünïcode"
        t += AnswerText(" and more")
        let u: AnswerText = "\(t)" + AnswerText("!")
        #expect(Self.string(u) == "Core: " + list + "." + " Ünïcode" + " and more" + "!")
        #expect(AnswerText("a string made elsewhere").bytes == Array("a string made elsewhere".utf8))
    }
}
