import CareerKnowledge

/// How `role.recommend` matches one role to what the person said: the score every role
/// gets (`scores`, by skill bits), and the reasons in words for the roles it shows
/// (`match`, by skill ids).
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
}
