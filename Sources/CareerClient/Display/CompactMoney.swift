import CareerProtocol

/// Short amounts for charts: "$80k", "£62.5k", "$1.2M", "950 CHF". The answer's text
/// keeps the exact figures; these only label bars. Pure.
public enum CompactMoney {
    static let symbols = ["USD": "$", "GBP": "£", "EUR": "€"]

    public static func format(_ amount: Int, currency: String) -> String {
        let number: String
        let a = abs(amount)
        if a >= 1_000_000 {
            number = decimal(Double(amount) / 1_000_000) + "M"
        } else if a >= 1000 {
            number = decimal(Double(amount) / 1000) + "k"
        } else {
            number = String(amount)
        }
        return symbols[currency].map { $0 + number } ?? number + " " + currency
    }

    /// One decimal below 100 when it is not zero ("62.5", "67.2", "120", "1.2").
    static func decimal(_ x: Double) -> String {
        if abs(x) >= 100 { return String(Int(x.rounded())) }
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// "$80k–$120k", "$150k+", "$130k–$220k+", "up to $90k", "median $120k", joined by ", ".
    public static func describe(_ s: AskResult.Salary) -> String {
        let m = { (v: Int) in format(v, currency: s.currency) }
        var parts: [String] = []
        switch (s.min, s.max) {
        case let (lo?, hi?): parts.append(m(lo) + "–" + m(hi) + (s.plus ? "+" : ""))
        case let (lo?, nil): parts.append(m(lo) + (s.plus ? "+" : ""))
        case let (nil, hi?): parts.append("up to " + m(hi))
        default: break
        }
        if let a = s.average { parts.append("avg " + m(a)) }
        if let md = s.median { parts.append("median " + m(md)) }
        return parts.joined(separator: ", ")
    }
}
