/// The closed vocabularies of the knowledge model. Their raw values are the spellings
/// used in `Knowledge/` files and on the wire (`docs/PROTOCOL.md`); renaming one breaks
/// clients (see `../shared/spec/catalog.md`).

/// The types of entity the advisor recognises and `search`/`list`/`get` return.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable {
    case role, skill, resource, certification, trend
}

/// Career levels, the `level` slot.
public enum Level: String, Sendable, Hashable, CaseIterable, Codable {
    case entry, mid, senior, executive
}

/// Pay regions, the `region` slot.
public enum Region: String, Sendable, Hashable, CaseIterable, Codable {
    case us, uk, remote
}

/// What kind of thing a skill is.
public enum SkillCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case language, math, framework, tool, method
    case softSkill = "soft-skill"
}

/// How a learning resource is delivered.
public enum ResourceFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case course, lectures, tutorials, videos, practice, book, certificate, bootcamp
}

/// What a learning resource costs.
public enum ResourceCost: String, Sendable, Hashable, CaseIterable, Codable {
    case free, paid
    case freeToAudit = "free-to-audit"
}

/// A personality trait the personality guide names: the six RIASEC themes and the Big
/// Five. Roles name the ones their source descriptions call for (`fit.traits`).
public enum Trait: String, Sendable, Hashable, CaseIterable, Codable {
    case investigative, realistic, artistic, social, enterprising, conventional
    case openness, conscientiousness, extraversion, agreeableness, neuroticism
}

/// The level a learning resource is written for.
public enum ResourceLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case beginner, intermediate, advanced
}

/// A place in a knowledge file, for diagnostics (`file:line:column`). Lines and columns
/// are 1-based.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
    public var description: String { "\(file):\(line):\(column)" }
}
