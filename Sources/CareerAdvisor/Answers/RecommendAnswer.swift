import CareerKnowledge

/// role.recommend: ranks roles by what the person said about themselves (skills they
/// know, the backgrounds, interests and constraints of `profile.yaml`) against each
/// role's skills and `fit`, and says in words why each fits. Every reason names the
/// data it comes from; no word of the question counts by itself as a match.
extension Composer {
    func recommend(_ r: Request, _ b: inout AnswerBuilder) {
        let profile = catalog.knowledge.vocabulary.profile
        let backgrounds = r.backgrounds.compactMap { id in profile.backgrounds.first { $0.id == id } }
        let topics = r.topics.compactMap { id in profile.topics.first { $0.id == id } }
        let constraints = r.constraints.compactMap { id in profile.constraints.first { $0.id == id } }
        guard !(r.knownSkills.isEmpty && backgrounds.isEmpty && topics.isEmpty && constraints.isEmpty) else {
            let ask = text("recommend-needs-profile")
            b.line(AnswerText(ask.isEmpty ? text("gap-needs-skills") : ask))
            return
        }
        // Every role is scored; only the roles shown are described, so their reasons are
        // written, and their sources cited, in the order the text shows them.
        let roles = catalog.knowledge.roles
        var matches = scores(r, backgrounds, topics, constraints)
        // Roles a stated constraint rules out come after every role it does not; then by
        // score, and equal scores by id (compared only then: a tuple with the ids
        // compared strings for every pair).
        matches.sort { a, b in
            if a.conflicts.isEmpty != b.conflicts.isEmpty { return a.conflicts.isEmpty }
            if a.score != b.score { return a.score > b.score }
            return roles[a.role].id < roles[b.role].id
        }
        let top = matches.filter { $0.score > 0 }.prefix(3).map {
            match(roles[$0.role], at: $0.role, r, backgrounds, topics, constraints, describe: true, &b)
        }
        var said: [String] = []
        if !r.knownSkills.isEmpty { said.append("you know " + Format.list(r.knownSkills.map(catalog.skillName))) }
        if !backgrounds.isEmpty { said.append("your background in " + Format.list(backgrounds.map(\.name))) }
        if !topics.isEmpty { said.append("you like " + Format.list(topics.map(\.name))) }
        if !constraints.isEmpty { said.append("you said: " + Format.list(constraints.map(\.name))) }
        guard !top.isEmpty else {
            b.line("From what you said (" + said.joined(separator: "; ") + "), no role in my sources fits well.")
            return
        }
        b.line("Roles that fit what you said (" + said.joined(separator: "; ") + "):")
        // A handful of ids: scanned, where a set hashed every one of them.
        let have = r.knownSkills + backgrounds.flatMap(\.skills)
        for (i, m) in top.enumerated() {
            let role = roles[m.role]
            b.line("\(i + 1). \(role.name): \(role.summary) \(b.cite(role.sources))")
            if !m.reasons.isEmpty { b.bullet("Why: " + m.reasons.joined(separator: "; ") + ".") }
            if !m.conflicts.isEmpty { b.bullet("But: " + m.conflicts.joined(separator: "; ") + ".") }
            if !role.fit.next.isEmpty {
                b.bullet("The nearest step up: " + Format.list(role.fit.next.map(catalog.roleName)) + " \(b.cite(role.sources)).")
            }
            let missing = learningOrder(role.skills.core.filter { !have.contains($0) }).prefix(3).map(catalog.skillName)
            if !missing.isEmpty { b.bullet("To add first: " + Format.list(Array(missing)) + ".") }
        }
        // What a background brings that none of these roles lists, said with its source.
        func shown(_ id: String) -> Bool {
            top.contains { roles[$0.role].skills.core.contains(id) || roles[$0.role].skills.useful.contains(id) }
        }
        var brought: [String] = []
        for bg in backgrounds { for id in bg.skills where !brought.contains(id) { brought.append(id) } }
        for id in brought where !shown(id) && !r.knownSkills.contains(id) {
            guard let skill = catalog.skill(id) else { continue }
            let from = backgrounds.filter { $0.skills.contains(id) }.map(\.name)
            b.line("From \(Format.list(from)) you bring \(skill.name): \(skill.description) \(b.cite(skill.sources))")
        }
        if !backgrounds.isEmpty || !topics.isEmpty {
            b.line("\(AnswerBuilder.noteLabel) which skills a background or an interest brings, and which"
                   + " traits a role calls for, are my reading of the role descriptions.")
        }
        b.suggestions.append(contentsOf: top.prefix(2).map { "What am I missing to become \(Format.article(roles[$0.role].name))?" })
    }

    static func traitName(_ t: Trait) -> String {
        switch t {
        case .investigative, .realistic, .artistic, .social, .enterprising, .conventional:
            t.rawValue.prefix(1).uppercased() + t.rawValue.dropFirst() + " (RIASEC)"
        default:
            t.rawValue.prefix(1).uppercased() + t.rawValue.dropFirst() + " (Big Five)"
        }
    }

    /// Skills in the order to learn them: languages and maths before methods, methods
    /// before frameworks and tools, soft skills last; the given order within a kind.
    func learningOrder(_ ids: [String]) -> [String] {
        ids.sorted(byKey: { catalog.skillCategory($0).map(Self.learningRank) ?? 6 })
    }

    private static func learningRank(_ category: SkillCategory) -> Int {
        switch category {
        case .language: 0
        case .math: 1
        case .method: 2
        case .framework: 3
        case .tool: 4
        case .softSkill: 5
        }
    }
}
