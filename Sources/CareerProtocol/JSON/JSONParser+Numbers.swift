/// Number parsing: the RFC 8259 grammar; integers that fit stay exact as `Int64`.
extension JSONParser {
    func isDigit(_ i: Int) -> Bool {
        i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = pos
        var negative = false
        if bytes[pos] == UInt8(ascii: "-") { negative = true; pos += 1 }
        guard isDigit(pos) else {
            if pos >= bytes.count { throw .unexpectedEnd }
            throw .invalidNumber(offset: start)
        }
        var isInteger = true
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
            if isDigit(pos) { throw .invalidNumber(offset: start) }  // leading zero
        } else {
            while isDigit(pos) { pos += 1 }
        }
        if pos < bytes.count && bytes[pos] == UInt8(ascii: ".") {
            isInteger = false
            pos += 1
            guard isDigit(pos) else { throw .invalidNumber(offset: start) }
            while isDigit(pos) { pos += 1 }
        }
        if pos < bytes.count && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")) {
            isInteger = false
            pos += 1
            if pos < bytes.count && (bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard isDigit(pos) else { throw .invalidNumber(offset: start) }
            while isDigit(pos) { pos += 1 }
        }
        if isInteger {
            // Accumulate negatively so that Int64.min fits.
            var value: Int64 = 0
            var overflow = false
            for k in (negative ? start + 1 : start)..<pos {
                let digit = Int64(bytes[k] - UInt8(ascii: "0"))
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.subtractingReportingOverflow(digit)
                if o1 || o2 { overflow = true; break }
                value = s
            }
            if !overflow {
                if negative {
                    if value == 0 { return .double(-0.0) }
                    return .int(value)
                }
                if value != Int64.min { return .int(-value) }
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw .invalidNumber(offset: start) }
        return .double(d)
    }
}
