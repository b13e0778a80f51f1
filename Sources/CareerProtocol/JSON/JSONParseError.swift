/// Why bytes could not be read as one JSON value. Offsets count bytes from the start.
///
/// `invalidUTF8` is reported whenever the input is not well-formed UTF-8, wherever the bad
/// byte sits (the input is checked as a whole before it is parsed); every other case means
/// valid UTF-8 that is not valid JSON.
public enum JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input is not well-formed UTF-8 (bad lead byte, truncated or overlong sequence,
    /// encoded surrogate, or a code point above U+10FFFF).
    case invalidUTF8(offset: Int)
    /// Nothing but whitespace.
    case empty
    /// The input ended inside a value.
    case unexpectedEnd
    /// A byte that cannot start or continue a value here.
    case unexpectedCharacter(UInt8, offset: Int)
    /// A number that breaks the JSON grammar, or one too large for a `Double`.
    case invalidNumber(offset: Int)
    /// An unknown escape, or `\u` not followed by four hex digits.
    case invalidEscape(offset: Int)
    /// A `\u` escape of a lone or mismatched UTF-16 surrogate.
    case invalidSurrogate(offset: Int)
    /// A raw control character (U+0000 to U+001F) inside a string.
    case controlCharacterInString(offset: Int)
    /// Arrays and objects nested deeper than the limit.
    case tooDeep(limit: Int)
    /// Something other than whitespace after the value.
    case trailingData(offset: Int)

    /// True for `.invalidUTF8`.
    public var isInvalidUTF8: Bool {
        if case .invalidUTF8 = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let o): return "invalid UTF-8 at byte \(o)"
        case .empty: return "empty input"
        case .unexpectedEnd: return "unexpected end of input"
        case .unexpectedCharacter(let b, let o):
            if b >= 0x20 && b < 0x7F {
                return "unexpected character '\(Character(Unicode.Scalar(b)))' at byte \(o)"
            }
            return "unexpected byte 0x\(String(b, radix: 16)) at byte \(o)"
        case .invalidNumber(let o): return "invalid number at byte \(o)"
        case .invalidEscape(let o): return "invalid escape at byte \(o)"
        case .invalidSurrogate(let o): return "unpaired UTF-16 surrogate escape at byte \(o)"
        case .controlCharacterInString(let o): return "unescaped control character in string at byte \(o)"
        case .tooDeep(let limit): return "nesting deeper than \(limit) levels"
        case .trailingData(let o): return "unexpected data after the value at byte \(o)"
        }
    }
}
