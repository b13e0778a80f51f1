/// Decoding of figures and their sources: salaries, facts (`outlook:`, `market.yaml`)
/// and `sources.yaml`. The checks that need only one figure (a salary has a figure,
/// min <= max, a date is ISO) are made here; whether cited sources exist is checked
/// once the folder is read.

/// Currencies salaries are given in.
enum Currency: String, CaseIterable, ClosedVocabulary {
    case USD, GBP
    static var vocabularyName: String { "currency" }
}

extension Salary: ObjectDecodable {
    static var objectName: String { "salary" }
    static func decode(_ f: Fields) -> Salary? {
        let level: Level? = f.optional("level")
        let region: Region? = f.optional("region")
        let kind: SalaryKind = f.optional("kind") ?? .band
        let basis: PayBasis = f.optional("basis") ?? .salary
        let currency: Currency? = f.required("currency")
        let min: Int? = f.optional("min"), max: Int? = f.optional("max")
        let plus: Bool = f.optional("plus") ?? false
        let median: Int? = f.optional("median"), average: Int? = f.optional("average")
        let label: String? = f.optional("label"), note: String? = f.optional("note")
        let source = f.reference("source", to: .source)

        var valid = true
        let figures = [("min", min), ("max", max), ("median", median), ("average", average)]
        if !figures.contains(where: { f.has($0.0) }) {
            f.error("salary has no figure: give at least one of min, max, median, average")
            valid = false
        }
        for case let (key, value?) in figures where value <= 0 {
            f.error("salary '\(key)' must be positive, found \(value)", at: key)
            valid = false
        }
        if let min, let max, min > max {
            f.error("salary min \(min) is greater than max \(max)", at: "min")
            valid = false
        }
        if kind == .ceiling, max == nil, min == nil {
            f.error("a ceiling salary needs 'min' and/or 'max' (the figure pay can reach)", at: "kind")
            valid = false
        }
        guard valid, let currency, let source else { return nil }
        return Salary(level: level, region: region, currency: currency.rawValue, min: min, max: max,
                      plus: plus, median: median, average: average, label: label, note: note,
                      kind: kind, basis: basis, source: source, location: f.location)
    }
}

/// The tags a fact's `topic` may have.
enum FactTopic: String, CaseIterable, ClosedVocabulary {
    case growth, openings, jobs, postings, spending, remote, durability, compensation, other
    case marketSize = "market-size", workforceGap = "workforce-gap", timeToPaycheck = "time-to-paycheck"
    case trainingCost = "training-cost", medianPay = "median-pay"
    static var vocabularyName: String { "fact topic" }
}

extension Fact: ObjectDecodable {
    static var objectName: String { "fact" }
    static func decode(_ f: Fields) -> Fact? {
        let topic: FactTopic? = f.required("topic")
        let text: String? = f.required("text")
        let figure: String? = f.optional("figure")
        let period: String? = f.optional("period")
        let via: String? = f.optional("via")
        let roles = f.references("roles", to: .entity(.role))
        let projection: Bool = f.optional("projection") ?? false
        let scope: FactScope? = f.optional("scope")
        let source = f.reference("source", to: .source)
        if scope == .field, !roles.isEmpty {
            f.error("a fact with 'scope: field' is about the whole field; it lists no 'roles'", at: "scope")
        }
        if scope == .role, roles.isEmpty {
            f.error("a fact with 'scope: role' needs a 'roles' list (in market.yaml)", at: "scope")
        }
        guard let topic, let text, let source else { return nil }
        return Fact(topic: topic.rawValue, text: text, figure: figure, period: period, via: via,
                    roles: roles, projection: projection, scope: scope, source: source, location: f.location)
    }
}

extension Source: ObjectDecodable {
    static var objectName: String { "source" }
    static func decode(_ f: Fields) -> Source? {
        let id = f.id(scope: "source")
        let title: String? = f.required("title")
        let publisher: String? = f.required("publisher")
        let date: String? = f.required("date")
        let file: String? = f.optional("file")
        let cites: [String] = f.list("cites")
        if let date, !isISODate(date) {
            f.error("date '\(date)' must be an ISO date (2026-03-23, 2026-03 or 2026) or 'undated'", at: "date")
        }
        guard let id, let title, let publisher, let date else { return nil }
        return Source(id: id, title: title, publisher: publisher, date: date, file: file, cites: cites,
                      location: f.location)
    }

    /// `undated`, or `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
    static func isISODate(_ text: String) -> Bool {
        if text == "undated" { return true }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2], limits = [9999, 12, 31]
        guard (1...3).contains(parts.count) else { return false }
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy(\.isASCII), let value = Int(part),
                  value >= (index == 0 ? 1900 : 1), value <= limits[index] else { return false }
        }
        return true
    }
}

/// The top of `sources.yaml`.
struct SourcesFile: ObjectDecodable {
    var sources: [Source]
    static var objectName: String { "sources file" }
    static func decode(_ f: Fields) -> SourcesFile? {
        f.required("sources").map(SourcesFile.init)
    }
}

/// The top of `market.yaml`.
struct MarketFile: ObjectDecodable {
    var facts: [Fact]
    static var objectName: String { "market file" }
    static func decode(_ f: Fields) -> MarketFile? {
        f.required("facts").map(MarketFile.init)
    }
}
