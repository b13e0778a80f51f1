import CareerKnowledge

/// role.recommend: ranks roles by what the person said about themselves (skills they
/// know, the backgrounds, interests and constraints of `profile.yaml`) against each
/// role's skills and `fit`, and says in words why each fits. Every reason names the
/// data it comes from; no word of the question counts by itself as a match.
extension Composer {
    /// One role's fit to the person, with the reasons in words. The role is held by its
    /// place in `catalog.knowledge.roles`: every role is matched, and a copy of each
    /// (two dozen strings and arrays) was a tenth of the answer's instructions.
    struct Match {
        var role: Int
        var score: Double
        var reasons: [String]
        var conflicts: [String]
    }

    func recommend(_ r: Request, _ b: inout AnswerBuilder) {
        let profile = catalog.knowledge.vocabulary.profile
        let backgrounds = r.backgrounds.compactMap { id in profile.backgrounds.first { $0.id == id } }
        let topics = r.topics.compactMap { id in profile.topics.first { $0.id == id } }
        let constraints = r.constraints.compactMap { id in profile.constraints.first { $0.id == id } }
        guard !(r.knownSkills.isEmpty && backgrounds.isEmpty && topics.isEmpty && constraints.isEmpty) else {
            let ask = text("recommend-needs-profile")
            b.line(ask.isEmpty ? text("gap-needs-skills") : ask)
            return
        }
        // Every role is scored; only the roles shown are described, so their reasons are
        // written, and their sources cited, in the order the text shows them.
        let roles = catalog.knowledge.roles
        var matches = scores(r, backgrounds, topics, constraints)
        // Roles a stated constraint rules out come after every role it does not.
        matches.sort {
            ($0.conflicts.isEmpty ? 0 : 1, -$0.score, roles[$0.role].id) < ($1.conflicts.isEmpty ? 0 : 1, -$1.score, roles[$1.role].id)
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
        for (i, m) in top.enumerated() {
            let role = roles[m.role]
            b.line("\(i + 1). \(role.name): \(role.summary) \(b.cite(role.sources))")
            if !m.reasons.isEmpty { b.bullet("Why: " + m.reasons.joined(separator: "; ") + ".") }
            if !m.conflicts.isEmpty { b.bullet("But: " + m.conflicts.joined(separator: "; ") + ".") }
            if !role.fit.next.isEmpty {
                b.bullet("The nearest step up: " + Format.list(role.fit.next.map(catalog.roleName)) + " \(b.cite(role.sources)).")
            }
            let have = Set(r.knownSkills + backgrounds.flatMap(\.skills))
            let missing = learningOrder(role.skills.core.filter { !have.contains($0) }).prefix(3).map(catalog.skillName)
            if !missing.isEmpty { b.bullet("To add first: " + Format.list(Array(missing)) + ".") }
        }
        // What a background brings that none of these roles lists, said with its source.
        let shownSkills = Set(top.flatMap { roles[$0.role].skills.core + roles[$0.role].skills.useful })
        var brought: [String] = []
        for bg in backgrounds { for id in bg.skills where !brought.contains(id) { brought.append(id) } }
        for id in brought where !shownSkills.contains(id) && !r.knownSkills.contains(id) {
            guard let skill = catalog.skill(id) else { continue }
            let from = backgrounds.filter { $0.skills.contains(id) }.map(\.name)
            b.line("From \(Format.list(from)) you bring \(skill.name): \(skill.description) \(b.cite(skill.sources))")
        }
        if !backgrounds.isEmpty || !topics.isEmpty {
            b.line(AnswerBuilder.noteLabel + " which skills a background or an interest brings, and which"
                   + " traits a role calls for, are my reading of the role descriptions.")
        }
        b.suggestions.append(contentsOf: top.prefix(2).map { "What am I missing to become \(Format.article(roles[$0.role].name))?" })
    }

    /// Every role's score and conflicts, as `match(describe: false)` gives them, with
    /// the person's skills, and those each background and interest brings, as bits: the
    /// roles' lists are read once per role, not searched once per skill and term.
    /// `RecommendAnswerTests` checks the two agree on every role.
    func scores(_ r: Request, _ backgrounds: [ProfileTerm], _ topics: [ProfileTerm],
                _ constraints: [ProfileTerm]) -> [Match] {
        let known = SkillBits(r.knownSkills, in: catalog)
        let brings = backgrounds.map { SkillBits($0.skills, in: catalog) }
        let uses = topics.map { SkillBits($0.skills, in: catalog) }
        let roles = catalog.knowledge.roles
        var unread = AnswerBuilder(catalog: catalog)
        return roles.indices.map { i in
            guard let units = catalog.skillUnits[i] else {
                return match(roles[i], at: i, r, backgrounds, topics, constraints, describe: false, &unread)
            }
            var m = Match(role: i, score: 0, reasons: [], conflicts: [])
            guard !units.skills.isEmpty else { return m }
            let fit = roles[i].fit
            let scale = Double(max(roles[i].skills.core.count, 3))
            func weight(_ halves: Int) -> Double { Double(halves) / 2 / scale }
            let knownHalves = units.halves(in: known)
            if knownHalves > 0 { m.score += weight(knownHalves) }
            for (k, bg) in backgrounds.enumerated() {
                let brought = units.halves(in: brings[k], without: known)
                if fit.backgrounds.contains(bg.id) { m.score += 0.8 }
                if brought > 0 { m.score += weight(brought) }
            }
            for (k, t) in topics.enumerated() {
                let used = units.halves(in: uses[k])
                let traits = t.traits.reduce(0) { $0 + (fit.traits.contains($1) ? 1 : 0) }
                if used > 0 { m.score += 0.6 * weight(used) + 0.2 }
                if traits > 0 { m.score += 0.3 * Double(traits) }
            }
            for c in constraints {
                if fit.meets.contains(c.id) { m.score += 1 }
                if fit.conflicts.contains(c.id) {
                    m.score *= 0.1
                    m.conflicts.append(Self.conflict(c))
                }
            }
            if roles[i].levels == [.executive], m.score > 0 { m.score *= 0.5 }
            return m
        }
    }

    private static func conflict(_ c: ProfileTerm) -> String {
        "it does not suit \"\(c.name)\"" + (c.id == "no-phd" ? " (most positions ask for a PhD)" : "")
    }

    /// The score and conflicts of `role`, the one at `index`; its reasons in words only
    /// when `describe` (they cite sources into `b`).
    func match(_ role: Role, at index: Int, _ r: Request, _ backgrounds: [ProfileTerm], _ topics: [ProfileTerm],
                       _ constraints: [ProfileTerm], describe: Bool, _ b: inout AnswerBuilder) -> Match {
        var m = Match(role: index, score: 0, reasons: [], conflicts: [])
        guard !(role.skills.core.isEmpty && role.skills.useful.isEmpty) else { return m }
        /// The role's skills (core, then useful) that `keep`: with no array of them all
        /// made per role.
        func skills(where keep: (String) -> Bool) -> [String] {
            var out: [String] = []
            for id in role.skills.core where keep(id) { out.append(id) }
            for id in role.skills.useful where keep(id) { out.append(id) }
            return out
        }
        let scale = Double(max(role.skills.core.count, 3))
        func weight(_ ids: [String]) -> Double {
            ids.reduce(0) { $0 + (role.skills.core.contains($1) ? 1 : 0.5) } / scale
        }
        /// "SQL, a core skill here, and Python, a useful one"
        func described(_ ids: [String]) -> String {
            let core = ids.filter(role.skills.core.contains).map(catalog.skillName)
            let useful = ids.filter { !role.skills.core.contains($0) }.map(catalog.skillName)
            var parts: [String] = []
            if !core.isEmpty { parts.append(Format.list(core) + (core.count == 1 ? ", a core skill here" : ", core skills here")) }
            if !useful.isEmpty { parts.append(Format.list(useful) + (useful.count == 1 ? ", a useful one" : ", useful ones")) }
            return parts.joined(separator: ", and ")
        }
        let known = skills(where: r.knownSkills.contains)
        if !known.isEmpty {
            m.score += weight(known)
            if describe { m.reasons.append("you know " + described(known)) }
        }
        for bg in backgrounds {
            let brought = skills { bg.skills.contains($0) && !known.contains($0) }
            if role.fit.backgrounds.contains(bg.id) {
                m.score += 0.8
                if describe { m.reasons.append("the sources name \(bg.name) among the backgrounds that suit it") }
            }
            if !brought.isEmpty {
                m.score += weight(brought)
                if describe { m.reasons.append("from \(bg.name) you bring " + described(brought)) }
            }
        }
        for t in topics {
            let used = skills(where: t.skills.contains)
            let traits = t.traits.filter(role.fit.traits.contains)
            if !used.isEmpty {
                m.score += 0.6 * weight(used) + 0.2
                if describe { m.reasons.append("you like \(t.name), and it works with " + Format.list(used.map(catalog.skillName))) }
            }
            if !traits.isEmpty {
                m.score += 0.3 * Double(traits.count)
                if describe { m.reasons.append("liking \(t.name) points to " + Format.list(traits.map(Self.traitName))
                                 + (traits.count == 1 ? ", a trait" : ", traits") + " this role calls for") }
            }
        }
        for c in constraints {
            if role.fit.meets.contains(c.id) {
                m.score += 1
                if describe {
                    let place = role.industries.isEmpty ? "" : " (the sources place it in " + Format.list(role.industries) + ")"
                    m.reasons.append("it suits \"\(c.name)\"" + place + " " + b.cite(role.sources))
                }
            }
            if role.fit.conflicts.contains(c.id) {
                m.score *= 0.1
                m.conflicts.append(Self.conflict(c))
            }
        }
        if role.levels == [.executive], m.score > 0 {
            m.score *= 0.5
            if describe { m.reasons.append("an executive role, reached only after long experience") }
        }
        return m
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
