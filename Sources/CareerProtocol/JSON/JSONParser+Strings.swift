/// String parsing: escapes, `\uXXXX` and surrogate pairs. Input UTF-8 was validated
/// before parsing began, so raw bytes are copied as they are.
extension JSONParser {
    /// Reads a string starting at its opening quote; leaves `pos` after the closing quote.
    mutating func parseString() throws(JSONParseError) -> String {
        pos += 1  // opening quote
        let start = pos
        // Fast path: no escapes.
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw .controlCharacterInString(offset: pos) }
            pos += 1
        }
        guard pos < bytes.count else { throw .unexpectedEnd }
        var out = Array(bytes[start..<pos])
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &out)
            case 0..<0x20:
                throw .controlCharacterInString(offset: pos)
            default:
                out.append(b)
                pos += 1
            }
        }
        throw .unexpectedEnd
    }

    mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = pos
        pos += 1  // backslash
        guard pos < bytes.count else { throw .unexpectedEnd }
        let c = bytes[pos]
        pos += 1
        switch c {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHex4(escapeStart: escapeStart)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                    throw .invalidSurrogate(offset: escapeStart)
                }
                pos += 2
                let low = try readHex4(escapeStart: pos - 2)
                guard (0xDC00...0xDFFF).contains(low) else { throw .invalidSurrogate(offset: escapeStart) }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw .invalidSurrogate(offset: escapeStart)
            }
            // Cannot fail: surrogates were handled above.
            let scalar = Unicode.Scalar(scalarValue)!
            out.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw .invalidEscape(offset: escapeStart)
        }
    }

    mutating func readHex4(escapeStart: Int) throws(JSONParseError) -> UInt16 {
        guard pos + 4 <= bytes.count else {
            // Distinguish a truncated input from bad digits.
            for k in pos..<bytes.count where hexValue(bytes[k]) == nil { throw .invalidEscape(offset: escapeStart) }
            throw .unexpectedEnd
        }
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[pos]) else { throw .invalidEscape(offset: escapeStart) }
            value = value << 4 | UInt16(digit)
            pos += 1
        }
        return value
    }

    func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
