/// Splits folded text into words. Used by ``Analyzer``; works on the output of ``Folding``.
///
/// Rules, in order of precedence:
/// - A word is a maximal run of letters and digits (`cs231n`, `3blue1brown` stay whole).
///   Letters are ASCII a-z or any scalar with the Unicode `Alphabetic` property; digits are
///   decimal numbers. Everything else (punctuation, symbols, emoji, spaces) separates words.
/// - An apostrophe between two word characters is dropped and the parts are glued
///   (`don't` -> `dont`, `o'reilly` -> `oreilly`), except a possessive `'s` at the end of a
///   word, which is removed (`andrew's` -> `andrew`).
/// - One or two `+` or `#` right after a letter and before a non-word character stay part of
///   the word (`c++`, `c#`, `f#`), so `5+ years` still gives `5` and `a+b` gives `a`, `b`.
///
/// Guarantees: O(n) in the number of scalars, no Foundation, thread-safe (no shared state).
enum Tokenizer {
    /// Calls `body` with the UTF-8 bytes of each word of `text` (folded first), in order.
    /// The bytes are valid only during the call (the buffer is reused): copy them if they
    /// must outlive it.
    ///
    /// ASCII text (nearly every question, and the knowledge) is read from its bytes, folded
    /// as `Folding` folds ASCII (A-Z lower-cased, nothing else changes), without an array
    /// of scalars; other text is folded into scalars first. The words are the same either
    /// way (`TokenizerTests`).
    static func forEachWord(in text: String, _ body: (_ utf8: UnsafeBufferPointer<UInt8>) -> Void) {
        let ascii = text.withUTF8Bytes { bytes -> Bool in
            guard isASCII(bytes) else { return false }
            forEachWord(ofASCII: bytes, body)
            return true
        }
        if ascii { return }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        Folding.fold(text) { scalars.append($0) }
        forEachWord(ofScalars: scalars, body)
    }

    /// The words of `text` by the general path (folded scalars) even when it is ASCII:
    /// what `TokenizerTests` compares the bytes' path with.
    static func wordsByScalars(_ text: String) -> [String] {
        var scalars: [Unicode.Scalar] = []
        Folding.fold(text) { scalars.append($0) }
        var out: [String] = []
        forEachWord(ofScalars: scalars) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= n {
            high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            i += 8
        }
        while i < n { high |= UInt64(base[i]); i += 1 }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The words of ASCII bytes, folded as they are read: the rules of
    /// `forEachWord(ofScalars:)` on bytes (a generic walk over both was slower than the
    /// walk over scalars it replaced). A word is written into one scratch buffer as long
    /// as the text (a word's bytes are some of the text's, one for one), stored through a
    /// pointer: appending each byte to an array checked its capacity and uniqueness every
    /// time (docs/PERFORMANCE.md, "Twenty-first round").
    private static func forEachWord(ofASCII bytes: UnsafeBufferPointer<UInt8>,
                                    _ body: (_ utf8: UnsafeBufferPointer<UInt8>) -> Void) {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        @inline(__always) func isWord(_ b: UInt8) -> Bool { isLetter(b) || b &- 0x30 < 10 }
        @inline(__always) func isMark(_ b: UInt8) -> Bool { b == UInt8(ascii: "+") || b == UInt8(ascii: "#") }
        let n = bytes.count
        guard n > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { word in
            var i = 0
            while i < n {
                guard isWord(bytes[i]) else { i += 1; continue }
                // Every byte written is one read at a position i passes, so `length` stays
                // within the text's `n`.
                var length = 0
                var last = bytes[i]
                scan: while true {
                    while i < n, isWord(bytes[i]) {
                        last = bytes[i]
                        word[length] = lower(bytes[i])
                        length += 1
                        i += 1
                    }
                    guard i + 1 < n, bytes[i] == UInt8(ascii: "'"), isWord(bytes[i + 1]) else { break scan }
                    if lower(bytes[i + 1]) == UInt8(ascii: "s"), i + 2 == n || !isWord(bytes[i + 2]) {
                        i += 2  // possessive 's: dropped, ends the word
                        break scan
                    }
                    i += 1  // inner apostrophe: dropped, the word goes on
                }
                if i < n, isMark(bytes[i]), isLetter(last) {
                    var j = i
                    while j < n, j - i < 2, bytes[j] == bytes[i] { j += 1 }
                    if j == n || (!isWord(bytes[j]) && !isMark(bytes[j])) {
                        for k in i..<j {
                            word[length] = bytes[k]
                            length += 1
                        }
                        i = j
                    }
                }
                body(UnsafeBufferPointer(rebasing: word[..<length]))
            }
        }
    }

    /// The words of folded scalars, by the rules on the type.
    private static func forEachWord(ofScalars scalars: [Unicode.Scalar], _ body: (_ utf8: UnsafeBufferPointer<UInt8>) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        let n = scalars.count
        var i = 0
        while i < n {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            word.removeAll(keepingCapacity: true)
            var last = scalars[i]
            scan: while true {
                while i < n, isWordScalar(scalars[i]) {
                    last = scalars[i]
                    appendUTF8(scalars[i], to: &word)
                    i += 1
                }
                guard i + 1 < n, scalars[i] == "'", isWordScalar(scalars[i + 1]) else { break scan }
                if scalars[i + 1] == "s", i + 2 == n || !isWordScalar(scalars[i + 2]) {
                    i += 2  // possessive 's: dropped, ends the word
                    break scan
                }
                i += 1  // inner apostrophe: dropped, the word goes on
            }
            if i < n, isSuffixMark(scalars[i]), isLetter(last) {
                var j = i
                while j < n, j - i < 2, scalars[j] == scalars[i] { j += 1 }
                if j == n || (!isWordScalar(scalars[j]) && !isSuffixMark(scalars[j])) {
                    for k in i..<j { word.append(UInt8(scalars[k].value)) }
                    i = j
                }
            }
            word.withUnsafeBufferPointer(body)
        }
    }

    /// The words of `text` as strings; convenience over ``forEachWord(in:_:)``.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        forEachWord(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    @inline(__always)
    static func isSuffixMark(_ s: Unicode.Scalar) -> Bool { s == "+" || s == "#" }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType == .decimal
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        if s.value < 0x80 {
            bytes.append(UInt8(s.value))
        } else {
            UTF8.encode(s) { bytes.append($0) }
        }
    }
}
