/// Knowledge that is not an entity: education pathways, the two roadmaps, personality
/// fit and portfolio/experience advice. Each item names its sources.

/// A route into the field: a degree, bootcamps, certificates, self-study
/// (`education.yaml`).
public struct Pathway: Sendable, Hashable {
    public var id: String
    public var name: String
    /// degree, bootcamp, certificate, self-study
    public var kind: String
    public var summary: String
    /// "3-12 months", when the source gives one.
    public var duration: String?
    /// Named programmes or providers ("Springboard").
    public var examples: [String]
    /// Role ids it especially suits.
    public var roles: [String]
    public var sources: [String]
    /// The advisor's own note (see `Entity.background`), shown without a source number.
    public var background: String?
    public var location: SourceLocation?

    public init(id: String, name: String, kind: String, summary: String, duration: String? = nil,
                examples: [String] = [], roles: [String] = [], sources: [String], location: SourceLocation? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.summary = summary
        self.duration = duration; self.examples = examples; self.roles = roles
        self.sources = sources; self.location = location
    }
}

/// One stage of the month-by-month roadmap (`roadmap-monthly.yaml`).
public struct RoadmapStage: Sendable, Hashable {
    /// "1-2", "3-4", ...
    public var months: String
    public var focus: String
    public var steps: [String]
    /// Resource ids used at this stage.
    public var resources: [String]
    /// Skill ids this stage builds.
    public var skills: [String]
    public var source: String
    public var location: SourceLocation?

    public init(months: String, focus: String, steps: [String], resources: [String] = [],
                skills: [String] = [], source: String, location: SourceLocation? = nil) {
        self.months = months; self.focus = focus; self.steps = steps; self.resources = resources
        self.skills = skills; self.source = source; self.location = location
    }
}

/// One step of the five-step practical roadmap (`roadmap-steps.yaml`).
public struct RoadmapStep: Sendable, Hashable {
    public var order: Int
    public var title: String
    public var summary: String
    public var actions: [String]
    public var resources: [String]
    public var source: String
    public var location: SourceLocation?

    public init(order: Int, title: String, summary: String, actions: [String] = [],
                resources: [String] = [], source: String, location: SourceLocation? = nil) {
        self.order = order; self.title = title; self.summary = summary; self.actions = actions
        self.resources = resources; self.source = source; self.location = location
    }
}

/// A titled piece of advice (`personality.yaml`, `experience.yaml`).
public struct Advice: Sendable, Hashable {
    public var id: String
    public var title: String
    public var text: String
    /// Words that point at this item ("kaggle", "internship"), matched after analysis.
    public var keywords: [String]
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, title: String, text: String, keywords: [String] = [], sources: [String],
                location: SourceLocation? = nil) {
        self.id = id; self.title = title; self.text = text; self.keywords = keywords
        self.sources = sources; self.location = location
    }
}
