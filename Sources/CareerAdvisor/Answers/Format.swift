import CareerKnowledge

/// Text formatting shared by the answer composers: money, lists, names of slots.
/// Pure stdlib (no Foundation), safe on any thread.
enum Format {
    static func money(_ amount: Int, _ currency: String) -> String {
        let symbol = ["USD": "$", "GBP": "£", "EUR": "€"][currency]
        var digits = String(amount)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let number = groups.joined(separator: ",")
        return symbol.map { $0 + number } ?? number + " " + currency
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

    static func region(_ r: Region?) -> String {
        switch r {
        case .us: "US"
        case .uk: "UK"
        case .remote: "Remote"
        case nil: "region not named by the source"
        }
    }

    /// "a, b and c"
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// "an MLOps Engineer", "a Data Scientist": the article by how the name is spoken
    /// (vowel sounds, and acronyms whose first letter is said with one: "an ML", "an NLP").
    static func article(_ name: String) -> String {
        let first = name.split(separator: " ").first.map(String.init) ?? name
        let acronym = first.count > 1 && first.prefix(2).allSatisfy { $0.isUppercase }
        let vowelLetters = acronym ? "AEFHILMNORSX" : "AEIOU"
        return (first.first.map { vowelLetters.contains($0) } ?? false ? "an " : "a ") + name
    }

    /// "Made With ML (free)" rather than repeating a provider named like the resource.
    static func resource(_ r: Resource) -> String {
        let provider = r.provider.hasPrefix(r.name) || r.name.hasPrefix(r.provider) ? "" : r.provider + ", "
        return "\(r.name) (\(provider)\(r.cost.rawValue))"
    }

    static func degree(_ d: String) -> String {
        ["bachelor": "bachelor's", "master": "master's", "phd": "PhD", "none": "no degree required"][d] ?? d
    }
}

extension String {
    /// "market-size" -> "market size"
    var replacingDashes: String { split(separator: "-").joined(separator: " ") }
}
