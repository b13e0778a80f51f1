/// Decoding of the five entity types (`roles/`, `skills/`, `resources/`,
/// `certifications/`, `trends/`), field by field as docs/KNOWLEDGE.md specifies. An
/// entity missing a required field is left out; its id stays declared.

extension Role: ObjectDecodable {
    static var objectName: String { "role" }
    static func decode(_ f: Fields) -> Role? {
        let header = f.entityHeader(.role)
        let summary: String? = f.required("summary")
        let duties: [String]? = f.required("duties")
        let skills: RoleSkills? = f.required("skills")
        let tools: [String] = f.list("tools")
        let education: RoleEducation? = f.required("education")
        let levels: [Level] = f.list("levels")
        let salaries: [Salary] = f.list("salaries")
        let outlook: [Fact] = f.list("outlook")
        let related = f.references("related", to: .entity(.role))
        let industries: [String] = f.list("industries")
        let sources = f.references("sources", to: .source, required: true)
        guard let header, let summary, let duties, let skills, let education else { return nil }
        return Role(id: header.id, name: header.name, aliases: header.aliases, summary: summary, duties: duties,
                    skills: skills, tools: tools, education: education, levels: levels, salaries: salaries,
                    outlook: outlook, related: related, industries: industries, sources: sources,
                    location: f.location)
    }
}

extension RoleSkills: ObjectDecodable {
    static var objectName: String { "skills" }
    static func decode(_ f: Fields) -> RoleSkills? {
        let core = f.references("core", to: .entity(.skill), required: true)
        let useful = f.references("useful", to: .entity(.skill))
        return RoleSkills(core: core, useful: useful)
    }
}

/// Degrees a role's education may name.
enum Degree: String, CaseIterable, ClosedVocabulary {
    case bachelor, master, phd, none
    static var vocabularyName: String { "degree" }
}

extension RoleEducation: ObjectDecodable {
    static var objectName: String { "education" }
    static func decode(_ f: Fields) -> RoleEducation? {
        let summary: String? = f.required("summary")
        let degrees: [Degree] = f.list("degrees")
        let fields: [String] = f.list("fields")
        let paths: [String] = f.list("paths")
        guard let summary else { return nil }
        return RoleEducation(summary: summary, degrees: degrees.map(\.rawValue), fields: fields, paths: paths)
    }
}

extension Skill: ObjectDecodable {
    static var objectName: String { "skill" }
    static func decode(_ f: Fields) -> Skill? {
        let header = f.entityHeader(.skill)
        let category: SkillCategory? = f.required("category")
        let description: String? = f.required("description")
        let sources = f.references("sources", to: .source, required: true)
        guard let header, let category, let description else { return nil }
        return Skill(id: header.id, name: header.name, aliases: header.aliases, category: category,
                     description: description, sources: sources, location: f.location)
    }
}

extension Resource: ObjectDecodable {
    static var objectName: String { "resource" }
    static func decode(_ f: Fields) -> Resource? {
        let header = f.entityHeader(.resource)
        let provider: String? = f.required("provider")
        let format: ResourceFormat? = f.required("format")
        let cost: ResourceCost? = f.required("cost")
        let level: ResourceLevel? = f.required("level")
        let topics = f.references("topics", to: .entity(.skill), required: true)
        let url: String? = f.optional("url")
        let description: String? = f.required("description")
        let sources = f.references("sources", to: .source, required: true)
        guard let header, let provider, let format, let cost, let level, let description else { return nil }
        return Resource(id: header.id, name: header.name, aliases: header.aliases, provider: provider,
                        format: format, cost: cost, level: level, topics: topics, url: url,
                        description: description, sources: sources, location: f.location)
    }
}

extension Certification: ObjectDecodable {
    static var objectName: String { "certification" }
    static func decode(_ f: Fields) -> Certification? {
        let header = f.entityHeader(.certification)
        let issuer: String? = f.required("issuer")
        let description: String? = f.required("description")
        let roles = f.references("roles", to: .entity(.role))
        let skills = f.references("skills", to: .entity(.skill))
        let sources = f.references("sources", to: .source, required: true)
        guard let header, let issuer, let description else { return nil }
        return Certification(id: header.id, name: header.name, aliases: header.aliases, issuer: issuer,
                             description: description, roles: roles, skills: skills, sources: sources,
                             location: f.location)
    }
}

extension Trend: ObjectDecodable {
    static var objectName: String { "trend" }
    static func decode(_ f: Fields) -> Trend? {
        let header = f.entityHeader(.trend)
        let summary: String? = f.required("summary")
        let impact: String? = f.required("impact")
        let roles = f.references("roles", to: .entity(.role))
        let skills = f.references("skills", to: .entity(.skill))
        let sources = f.references("sources", to: .source, required: true)
        guard let header, let summary, let impact else { return nil }
        return Trend(id: header.id, name: header.name, aliases: header.aliases, summary: summary, impact: impact,
                     roles: roles, skills: skills, sources: sources, location: f.location)
    }
}
