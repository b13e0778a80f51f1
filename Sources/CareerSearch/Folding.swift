/// Unicode folding used by ``Analyzer``: lower-case, Latin diacritics removed, typographic
/// punctuation mapped to ASCII.
///
/// Guarantees:
/// - Pure function of its input, no Foundation, no locale: the same text folds the same way on
///   every machine and thread.
/// - ASCII is handled without table look-ups; other scalars cost one dictionary probe.
/// - Coverage: Latin-1 Supplement, Latin Extended-A, combining diacritical marks (so decomposed
///   "e\u{301}" folds like precomposed "é"), curly quotes, dashes, ellipsis, non-breaking and
///   other Unicode spaces, the fi/fl ligatures and full-width ASCII. Other scalars are only
///   lower-cased (stdlib `lowercaseMapping`), so Greek, Cyrillic or CJK text keeps its letters.
enum Folding {
    /// Folds `text` as described on the type. O(n) in the number of Unicode scalars.
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        fold(text) { scalar in
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Streams the folded scalars of `text` to `emit`, in order, without building a string.
    @inline(__always)
    static func fold(_ text: String, _ emit: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII fast path: only A-Z changes.
                emit(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar)
            } else if let mapped = table[v] {
                for s in mapped.unicodeScalars { emit(s) }
            } else if isCombiningMark(v) {
                continue
            } else if v >= 0xFF01 && v <= 0xFF5E {
                // Full-width ASCII: same order as ASCII, 0xFEE0 above it; lower-case it too.
                let a = v - 0xFEE0
                emit(Unicode.Scalar(UInt8(a >= 0x41 && a <= 0x5A ? a + 0x20 : a)))
            } else {
                let props = scalar.properties
                if props.changesWhenLowercased {
                    for s in props.lowercaseMapping.unicodeScalars { emit(s) }
                } else {
                    emit(scalar)
                }
            }
        }
    }

    /// Combining diacritical marks (and their supplement/extended blocks), dropped by folding.
    @inline(__always)
    static func isCombiningMark(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v)
            || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
            || (0xFE20...0xFE2F).contains(v)
    }

    /// Scalar value to its folded replacement. Built once, immutable afterwards.
    static let table: [UInt32: String] = {
        // Each entry: the characters (upper and lower case) and what they fold to.
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("Ææ", "ae"), ("ÇçĆćĈĉĊċČč", "c"),
            ("ÐðĎďĐđ", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"),
            ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĳĳ", "ij"), ("Ĵĵ", "j"),
            ("Ķķĸ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇňŉŊŋ", "n"),
            ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("Œœ", "oe"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠšſ", "s"), ("ß", "ss"), ("ŢţŤťŦŧ", "t"), ("Þþ", "th"),
            ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
            // Punctuation and spacing.
            ("\u{2018}\u{2019}\u{201A}\u{201B}\u{2032}\u{02BC}", "'"),
            ("\u{201C}\u{201D}\u{201E}\u{201F}\u{2033}\u{00AB}\u{00BB}", "\""),
            ("\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2015}\u{2212}", "-"),
            ("\u{2026}", "..."), ("\u{00D7}", "x"), ("\u{FB01}", "fi"), ("\u{FB02}", "fl"),
            ("\u{00A0}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}"
                + "\u{2008}\u{2009}\u{200A}\u{200B}\u{202F}\u{205F}\u{3000}", " "),
            // Invisible characters that would otherwise split or glue words oddly.
            ("\u{00AD}\u{200C}\u{200D}\u{2060}\u{FEFF}", ""),
        ]
        var table: [UInt32: String] = [:]
        for (sources, target) in groups {
            for scalar in sources.unicodeScalars { table[scalar.value] = target }
        }
        return table
    }()
}
