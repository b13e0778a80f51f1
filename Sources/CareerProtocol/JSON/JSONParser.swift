extension JSONValue {
    /// The default bound on nesting of arrays and objects.
    public static let defaultMaxDepth = 64

    /// Parses exactly one JSON value (RFC 8259) surrounded by optional whitespace.
    ///
    /// Guarantees: input that is not well-formed UTF-8 always fails with `.invalidUTF8`;
    /// escapes including `\uXXXX` surrogate pairs are decoded and lone surrogates are
    /// rejected; anything but whitespace after the value is `.trailingData`; arrays and
    /// objects nested deeper than `maxDepth` fail with `.tooDeep` (so recursion is bounded);
    /// a repeated object key keeps its first position and its last value.
    public init(parsing bytes: some Collection<UInt8>, maxDepth: Int = JSONValue.defaultMaxDepth) throws(JSONParseError) {
        let result = bytes.withContiguousStorageIfAvailable { JSONParser.parse($0, maxDepth: maxDepth) }
            ?? Array(bytes).withUnsafeBufferPointer { JSONParser.parse($0, maxDepth: maxDepth) }
        self = try result.get()
    }

    /// Parses the UTF-8 of a string; see `init(parsing:maxDepth:)`.
    public init(parsing text: String, maxDepth: Int = JSONValue.defaultMaxDepth) throws(JSONParseError) {
        var text = text
        let result = text.withUTF8 { JSONParser.parse($0, maxDepth: maxDepth) }
        self = try result.get()
    }
}

/// A recursive-descent parser over a contiguous buffer. Single use, not thread-safe.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var pos = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONValue, JSONParseError> {
        var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
        do throws(JSONParseError) {
            return .success(try parser.parseDocument())
        } catch {
            return .failure(error)
        }
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if let bad = UTF8Validation.firstInvalidOffset(bytes) { throw .invalidUTF8(offset: bad) }
        skipWhitespace()
        guard pos < bytes.count else { throw .empty }
        let value = try parseValue()
        skipWhitespace()
        guard pos == bytes.count else { throw .trailingData(offset: pos) }
        return value
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    func unexpected() -> JSONParseError {
        pos < bytes.count ? .unexpectedCharacter(bytes[pos], offset: pos) : .unexpectedEnd
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard pos < bytes.count else { throw .unexpectedEnd }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpected()
        }
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        let base = word.utf8Start
        for k in 0..<count {
            guard pos < bytes.count else { throw .unexpectedEnd }
            guard bytes[pos] == base[k] else { throw .unexpectedCharacter(bytes[pos], offset: pos) }
            pos += 1
        }
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > maxDepth { throw .tooDeep(limit: maxDepth) }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        pos += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
            pos += 1; depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard pos < bytes.count else { throw .unexpectedEnd }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"): pos += 1; depth -= 1; return .array(elements)
            default: throw unexpected()
            }
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        pos += 1  // {
        var object = JSONObject()
        var positions: [String: Int]? = nil  // built once the object grows, to keep duplicate checks cheap
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
            pos += 1; depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw .unexpectedEnd }
            guard bytes[pos] == UInt8(ascii: "\"") else { throw unexpected() }
            let key = try parseString()
            skipWhitespace()
            guard pos < bytes.count else { throw .unexpectedEnd }
            guard bytes[pos] == UInt8(ascii: ":") else { throw unexpected() }
            pos += 1
            skipWhitespace()
            let value = try parseValue()
            if positions == nil && object.count >= 16 {
                var map: [String: Int] = [:]
                for (i, member) in object.enumerated() { map[member.key] = i }
                positions = map
            }
            let existing = positions != nil ? positions![key] : object.index(forKey: key)
            if let existing {
                object.replaceValue(at: existing, with: value)
            } else {
                positions?[key] = object.count
                object.appendUnchecked(key, value)
            }
            skipWhitespace()
            guard pos < bytes.count else { throw .unexpectedEnd }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"): pos += 1; depth -= 1; return .object(object)
            default: throw unexpected()
            }
        }
    }
}
