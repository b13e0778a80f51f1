import CareerSearch

/// A line of an answer's text as UTF-8 bytes, written by string interpolation: what
/// `AnswerBuilder.line` and `bullet` take.
///
/// Why not `String`: an answer is written in a hundred or so pieces, and appending a piece
/// to a `String` (by `+` or by interpolating) costs over a hundred instructions for its
/// checks and growth; here a literal is a copy of its bytes. About a tenth of an ask's
/// instructions went to those appends (docs/PERFORMANCE.md, "Sixteenth round").
///
/// Interpolating a value writes what `"\(value)"` would: a string's text, and for other
/// values `String(describing:)`, as `DefaultStringInterpolation` does.
struct AnswerText: ExpressibleByStringInterpolation {
    /// The text, valid UTF-8: every piece comes from a `String` or a literal.
    private(set) var bytes: [UInt8]

    init(stringLiteral literal: StaticString) {
        bytes = []
        Self.append(literal, to: &bytes)
    }

    init(stringInterpolation: Interpolation) { bytes = stringInterpolation.bytes }

    /// The text of a string made elsewhere (a fixed response, a list).
    init(_ text: String) {
        bytes = []
        Self.append(text, to: &bytes)
    }

    static func + (lhs: AnswerText, rhs: String) -> AnswerText {
        var out = lhs
        out += rhs
        return out
    }

    static func + (lhs: AnswerText, rhs: AnswerText) -> AnswerText {
        var out = lhs
        out += rhs
        return out
    }

    static func += (lhs: inout AnswerText, rhs: String) { append(rhs, to: &lhs.bytes) }
    static func += (lhs: inout AnswerText, rhs: AnswerText) { lhs.bytes += rhs.bytes }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        /// Room for the literals and 128 bytes per value: an interpolated value is often a
        /// fact's or a resource's sentence, and growing the line's buffer while it is
        /// written cost an allocation and a copy each time (16 bytes a value grew it about
        /// eleven times per ask; docs/PERFORMANCE.md, "Seventeenth round").
        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 128 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) { AnswerText.append(literal, to: &bytes) }
        mutating func appendInterpolation(_ text: String) { AnswerText.append(text, to: &bytes) }
        mutating func appendInterpolation(_ text: AnswerText) { bytes += text.bytes }
        mutating func appendInterpolation(_ number: Int) { AnswerText.append(String(number), to: &bytes) }
        /// Any other value as `String(describing:)` gives it, as plain interpolation does.
        mutating func appendInterpolation<T>(_ value: T) { AnswerText.append(String(describing: value), to: &bytes) }
    }

    private static func append(_ literal: StaticString, to bytes: inout [UInt8]) {
        // `withUTF8Buffer`, not `utf8Start`: a one-character literal may be held as a scalar.
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        text.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }
}
