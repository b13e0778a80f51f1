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
        let fit: RoleFit = f.optional("fit") ?? RoleFit()
        let background = f.background()
        let sources = f.sources(background: background)
        if let skills, skills.core.isEmpty, background == nil {
            f.error("'\(f.path("skills")).core' is empty: list the core skills the sources name, or say in "
                    + "'background' that they name none", at: "skills")
        }
        guard let header, let summary, let duties, let skills, let education else { return nil }
        return Role(id: header.id, name: header.name, aliases: header.aliases, summary: summary, duties: duties,
                    skills: skills, tools: tools, education: education, levels: levels, salaries: salaries,
                    outlook: outlook, related: related, industries: industries, fit: fit, sources: sources,
                    background: background, location: f.location)
    }
}

extension RoleSkills: ObjectDecodable {
    static var objectName: String { "skills" }
    static func decode(_ f: Fields) -> RoleSkills? {
        // May be empty only for a role whose `background` says the sources name none
        // (checked by the role).
        let core = f.references("core", to: .entity(.skill), required: !f.has("core"))
        let useful = f.references("useful", to: .entity(.skill))
        // A `core` that is not a list has been reported; the role is left out rather than
        // also reported as having no core skills.
        guard f.isList("core") else { return nil }
        return RoleSkills(core: core, useful: useful)
    }
}

extension RoleFit: ObjectDecodable {
    static var objectName: String { "fit" }
    static func decode(_ f: Fields) -> RoleFit? {
        RoleFit(backgrounds: f.references("backgrounds", to: .language("background")),
                traits: f.list("traits"),
                meets: f.references("meets", to: .language("constraint")),
                conflicts: f.references("conflicts", to: .language("constraint")),
                next: f.references("next", to: .entity(.role)))
    }
}

extension Fields {
    /// The optional `background` note (the advisor's own words, cited to no source).
    func background() -> String? {
        let text: String? = optional("background")
        if let text, text.trimmedSpaces.isEmpty { error("'\(path("background"))' is empty", at: "background"); return nil }
        return text
    }

    /// `sources`: at least one id, unless the object carries a `background` note (an
    /// entity no source names, described in the advisor's own words).
    func sources(background: String?) -> [String] {
        guard background != nil else { return references("sources", to: .source, required: true) }
        return references("sources", to: .source)
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
        let background = f.background()
        let sources = f.sources(background: background)
        guard let header, let category, let description else { return nil }
        return Skill(id: header.id, name: header.name, aliases: header.aliases, category: category,
                     description: description, sources: sources, background: background, location: f.location)
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
        let background = f.background()
        // A resource the sources name without saying what it teaches (a bootcamp
        // provider) may list no topics when its `background` note says so.
        let topics = f.references("topics", to: .entity(.skill), required: background == nil)
        let url: String? = f.optional("url")
        let description: String? = f.required("description")
        let sources = f.sources(background: background)
        let backgroundTopics = f.references("background_topics", to: .entity(.skill))
        if !backgroundTopics.isEmpty, background == nil {
            f.error("'\(f.path("background_topics"))' are the advisor's knowledge: say so in 'background'",
                    at: "background_topics")
        }
        guard let header, let provider, let format, let cost, let level, let description else { return nil }
        var resource = Resource(id: header.id, name: header.name, aliases: header.aliases, provider: provider,
                                format: format, cost: cost, level: level, topics: topics, url: url,
                                description: description, sources: sources, background: background,
                                location: f.location)
        resource.backgroundTopics = backgroundTopics.filter { !topics.contains($0) }
        return resource
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
        let background = f.background()
        let sources = f.sources(background: background)
        guard let header, let issuer, let description else { return nil }
        return Certification(id: header.id, name: header.name, aliases: header.aliases, issuer: issuer,
                             description: description, roles: roles, skills: skills, sources: sources,
                             background: background, location: f.location)
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
        let background = f.background()
        let sources = f.sources(background: background)
        guard let header, let summary, let impact else { return nil }
        return Trend(id: header.id, name: header.name, aliases: header.aliases, summary: summary, impact: impact,
                     roles: roles, skills: skills, sources: sources, background: background, location: f.location)
    }
}
