import CareerSearch

/// What the reader takes from the text as typed rather than from its tokens: where the
/// last sentence starts, and the words with their case.
extension QuestionReader {
    /// The token index where the last sentence of `text` starts: after the last ".", "!",
    /// "?" or line break that has words after it. Re-tokenises only the text before that
    /// boundary, and only for messages of several sentences.
    func lastSentenceStart(_ text: String, tokenCount: Int) -> Int {
        // Byte offsets over the text's contiguous UTF-8 (a native string's, always):
        // walking `String.UTF8View` indices cost thirty instructions a byte.
        let boundary = text.withUTF8Bytes { bytes -> Int? in
            var boundary: Int? = nil
            var pending: Int? = nil
            for (index, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 10 {
                    let next = index + 1
                    if next < bytes.count, bytes[next] == 32 || bytes[next] == 10 { pending = next }
                } else if let p = pending, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") {
                    boundary = p
                    pending = nil
                }
            }
            return boundary
        }
        guard let boundary else { return 0 }
        // The boundary follows an ASCII space or newline: a prefix of whole characters.
        let before = lexicon.analyzer.tokenCount(String(decoding: text.utf8.prefix(boundary), as: UTF8.self))
        return before < tokenCount ? before : 0
    }

    /// The question's words as typed (case kept), for exact-case surfaces.
    /// ASCII text (nearly every question) is split on its bytes; other text by
    /// `Character`, which is the same split but several times slower.
    static func rawWords(_ text: String) -> [String] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }.map(String.init)
        }
        var words: [String] = []
        var start: String.Index? = nil
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            let inWord = (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
                || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+") || b == UInt8(ascii: "#")
            if inWord, start == nil { start = i }
            if !inWord, let s = start { words.append(String(text[s..<i])); start = nil }
            i = utf8.index(after: i)
        }
        if let s = start { words.append(String(text[s..<utf8.endIndex])) }
        return words
    }
}
