/// Facts that carry figures. Every one names the source document it comes from
/// (`source`, an id from `sources.yaml`); figures are kept exactly as the source gives
/// them and are never averaged or merged across sources.

/// One salary figure as one source states it: a band (`min`...`max`, open-ended when
/// `plus`), or a single `average` or `median`, for a level and region.
public struct Salary: Sendable, Hashable {
    /// nil when the source gives no level for the band.
    public var level: Level?
    /// nil when the source names no region.
    public var region: Region?
    /// A typical band, or a ceiling: what pay "can reach", never to be read as typical.
    public var kind: SalaryKind
    /// What the figure counts: base salary, or total compensation (base, equity, bonus).
    public var basis: PayBasis
    /// ISO 4217 code: `USD`, `GBP`.
    public var currency: String
    public var min: Int?
    public var max: Int?
    /// The source writes the upper end with a "+" ("$150,000-$200,000+").
    public var plus: Bool
    public var median: Int?
    public var average: Int?
    /// How the source names the band, e.g. "Junior ML Engineer (0-2 years)".
    public var label: String?
    /// Qualifiers in our words, e.g. "plus equity", "academic labs".
    public var note: String?
    public var source: String
    public var location: SourceLocation?

    public init(level: Level?, region: Region?, currency: String, min: Int? = nil, max: Int? = nil,
                plus: Bool = false, median: Int? = nil, average: Int? = nil, label: String? = nil,
                note: String? = nil, kind: SalaryKind = .band, basis: PayBasis = .salary,
                source: String, location: SourceLocation? = nil) {
        self.level = level; self.region = region; self.currency = currency
        self.kind = kind; self.basis = basis
        self.min = min; self.max = max; self.plus = plus; self.median = median
        self.average = average; self.label = label; self.note = note
        self.source = source; self.location = location
    }
}

/// An outlook or market figure: growth, openings, jobs, market size, spending, remote
/// share, durability, time to paycheck, training cost...
public struct Fact: Sendable, Hashable {
    /// Short machine tag: growth, openings, jobs, postings, market-size, spending,
    /// remote, workforce-gap, durability, time-to-paycheck, training-cost, median-pay,
    /// compensation, other.
    public var topic: String
    /// The statement in our own words.
    public var text: String
    /// The figure exactly as the source gives it ("36%", "$1.8 trillion", "52 / 100").
    public var figure: String?
    /// The period the figure covers ("from 2021 to 2031", "by 2030").
    public var period: String?
    /// The figure is a projection (a forecast, not a measurement); answers then say its
    /// period, or that the source gives none.
    public var projection: Bool
    /// `role` when the fact is about the listed roles, `field` when it is about careers in
    /// AI and ML as a whole (shown on any role's answer as a field-wide figure).
    public var scope: FactScope
    /// The original publisher the source cites for the figure ("U.S. Bureau of Labor Statistics").
    public var via: String?
    /// Roles the fact is about (market facts may name several; empty for the whole field).
    public var roles: [String]
    public var source: String
    public var location: SourceLocation?

    public init(topic: String, text: String, figure: String? = nil, period: String? = nil,
                via: String? = nil, roles: [String] = [], projection: Bool = false, scope: FactScope? = nil,
                source: String, location: SourceLocation? = nil) {
        self.topic = topic; self.text = text; self.figure = figure; self.period = period
        self.projection = projection; self.scope = scope ?? (roles.isEmpty ? .field : .role)
        self.via = via; self.roles = roles; self.source = source; self.location = location
    }
}

/// A source document (`sources.yaml`).
public struct Source: Sendable, Hashable {
    public var id: String
    public var title: String
    public var publisher: String
    /// ISO date, or "undated".
    public var date: String
    /// False when the document gives no date (`date: undated`); answers then say so.
    public var isDated: Bool { date != "undated" }
    /// The seed file it was read from.
    public var file: String?
    /// Publishers the document itself cites (BLS, Statista, ...).
    public var cites: [String]
    public var location: SourceLocation?

    public init(id: String, title: String, publisher: String, date: String, file: String? = nil,
                cites: [String] = [], location: SourceLocation? = nil) {
        self.id = id; self.title = title; self.publisher = publisher; self.date = date
        self.file = file; self.cites = cites; self.location = location
    }
}

/// Whether a salary figure is a typical band or a ceiling ("can reach").
public enum SalaryKind: String, Sendable, Hashable, CaseIterable, Codable {
    case band, ceiling
}

/// What a pay figure counts.
public enum PayBasis: String, Sendable, Hashable, CaseIterable, Codable {
    case salary
    case totalCompensation = "total-compensation"
}

/// Whom a fact is about: the roles it lists, or the whole field of AI/ML careers.
public enum FactScope: String, Sendable, Hashable, CaseIterable, Codable {
    case role, field
}
