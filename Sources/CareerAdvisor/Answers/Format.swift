import CareerKnowledge
import CareerSearch

/// Text formatting shared by the answer composers: money, lists, names of slots.
/// Pure stdlib (no Foundation), safe on any thread.
enum Format {
    static func money(_ amount: Int, _ currency: String) -> String {
        let symbol: String? = switch currency {
        case "USD": "$"
        case "GBP": "£"
        case "EUR": "€"
        default: nil
        }
        let number = grouped(amount)
        return symbol.map { $0 + number } ?? number + " " + currency
    }

    /// "145,000": the digits of `amount` in groups of three from the right, written as
    /// bytes (grouping through `String` slices cost 40 instructions a digit).
    static func grouped(_ amount: Int) -> String {
        var digits = String(amount)
        return digits.withUTF8 { bytes in
            let n = bytes.count
            let lead = n - 3 * ((n - 1) / 3)
            return String(unsafeUninitializedCapacity: n + n / 3) { out in
                var at = 0
                for (i, byte) in bytes.enumerated() {
                    if i >= lead, (i - lead) % 3 == 0 { out[at] = UInt8(ascii: ","); at += 1 }
                    out[at] = byte
                    at += 1
                }
                return at
            }
        }
    }

    /// "$110,000–$145,000", "$150,000+", "average $133,000", "median $120,230"; a
    /// ceiling reads "can reach $500,000–$800,000 in total compensation".
    static func figure(_ s: Salary) -> String {
        var parts: [String] = []
        if s.kind == .ceiling {
            let range = [s.min, s.max].compactMap { $0 }.map { money($0, s.currency) }.joined(separator: "–")
            return "can reach " + range + (s.basis == .totalCompensation ? " in total compensation" : "")
        }
        switch (s.min, s.max) {
        case let (lo?, hi?): parts.append(money(lo, s.currency) + "–" + money(hi, s.currency) + (s.plus ? "+" : ""))
        case let (lo?, nil): parts.append((s.plus ? "from " : "") + money(lo, s.currency) + (s.plus ? "+" : ""))
        case let (nil, hi?): parts.append("up to " + money(hi, s.currency))
        default: break
        }
        if let a = s.average { parts.append("average " + money(a, s.currency)) }
        if let m = s.median { parts.append("median " + money(m, s.currency)) }
        if s.basis == .totalCompensation { parts.append("total compensation") }
        return parts.joined(separator: ", ")
    }

    static func level(_ l: Level?) -> String {
        switch l {
        case .entry: "Entry level"
        case .mid: "Mid level"
        case .senior: "Senior"
        case .executive: "Executive"
        case nil: "Level not named by the source"
        }
    }

    /// `level(l)` as it reads inside a sentence ("entry level", "senior"): spelled out,
    /// as lowercasing each figure's level through Unicode's case tables cost more than
    /// the figure.
    static func levelInText(_ l: Level?) -> String {
        switch l {
        case .entry: "entry level"
        case .mid: "mid level"
        case .senior: "senior"
        case .executive: "executive"
        case nil: "level not named by the source"
        }
    }

    static func region(_ r: Region?) -> String {
        switch r {
        case .us: "US"
        case .uk: "UK"
        case .remote: "Remote"
        case nil: "region not named by the source"
        }
    }

    /// "a, b and c", written into one string sized for it (`StringWriter`): joining a
    /// slice of all but the last went through the generic `joined`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default:
            var size = 5
            for item in items { size += item.utf8.count + 2 }
            return StringWriter.string(capacity: size) { out in
                for (i, item) in items.enumerated() {
                    if i > 0 { out.put(i == items.count - 1 ? " and " : ", ") }
                    out.put(item)
                }
            }
        }
    }

    /// "an MLOps Engineer", "a Data Scientist": the article by how the name is spoken
    /// (vowel sounds, and acronyms whose first letter is said with one: "an ML", "an NLP").
    static func article(_ name: String) -> String {
        (startsWithVowelSound(name) ? "an " : "a ") + name
    }

    /// The rule of `article`, on the first word's bytes when its first two are ASCII (every
    /// name of the shipped knowledge): an answer names several roles, and forming
    /// `Character`s of each name was a twentieth of composing one.
    private static func startsWithVowelSound(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return false }
        let first = bytes[start]
        let next = bytes.index(after: start)
        let second = next < bytes.endIndex ? bytes[next] : UInt8(ascii: " ")
        guard first < 0x80, second < 0x80 else { return startsWithVowelSoundByCharacters(name) }
        func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        let acronym = second != UInt8(ascii: " ") && isUpper(first) && isUpper(second)
        return (acronym ? "AEFHILMNORSX" : "AEIOU").utf8.contains(first)
    }

    private static func startsWithVowelSoundByCharacters(_ name: String) -> Bool {
        let first = name.split(separator: " ").first.map(String.init) ?? name
        let acronym = first.count > 1 && first.prefix(2).allSatisfy { $0.isUppercase }
        let vowelLetters = acronym ? "AEFHILMNORSX" : "AEIOU"
        return first.first.map { vowelLetters.contains($0) } ?? false
    }

    /// "Made With ML (free)" rather than repeating a provider named like the resource.
    /// Written into one string (`StringWriter`): interpolating the five pieces was a
    /// tenth of a gap answer, which names a resource per missing skill.
    static func resource(_ r: Resource) -> String {
        let provider = !(r.provider.hasPrefix(r.name) || r.name.hasPrefix(r.provider))
        let cost = r.cost.rawValue
        let size = r.name.utf8.count + (provider ? r.provider.utf8.count + 2 : 0) + cost.utf8.count + 3
        return StringWriter.string(capacity: size) { out in
            out.put(r.name)
            out.put(" (")
            if provider { out.put(r.provider); out.put(", ") }
            out.put(cost)
            out.put(")")
        }
    }

    static func degree(_ d: String) -> String {
        switch d {
        case "bachelor": "bachelor's"
        case "master": "master's"
        case "phd": "PhD"
        case "none": "no degree required"
        default: d
        }
    }
}

extension String {
    /// "market-size" -> "market size": the pieces between dashes, the empty ones left
    /// out, joined by spaces. ASCII text (every topic of the knowledge) is split by its
    /// bytes: splitting by `Character` was a twentieth of a market answer.
    var replacingDashes: String {
        guard utf8.contains(UInt8(ascii: "-")) else { return self }
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: "-").joined(separator: " ") }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pending = false
        for byte in utf8 {
            if byte == UInt8(ascii: "-") {
                pending = !out.isEmpty
            } else {
                if pending { out.append(UInt8(ascii: " ")); pending = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `other`'s UTF-8 bytes occur in this string's, as they do when one text
    /// quotes another (a figure, a period). `String.contains(String)` resolved to
    /// Foundation's here (two searches were a fortieth of composing an answer), and the
    /// stdlib's generic `firstRange(of:)` was slower still. An empty `other` is contained.
    func containsBytes(of other: String) -> Bool {
        withUTF8Bytes { h in
            other.withUTF8Bytes { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count else { return false }
                for i in 0...(h.count - n.count) where h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
        }
    }
}
