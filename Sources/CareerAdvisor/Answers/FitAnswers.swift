import CareerKnowledge

/// role.recommend and role.gap: answers that depend on what the user knows and likes.
extension Composer {
    /// Ranks roles by TF-IDF similarity between the user's statement (and what the
    /// session knows of them) and each role's profile, plus the share of the role's
    /// skills the user has; says why each fits.
    func recommend(_ r: Request, _ b: inout AnswerBuilder) {
        let known = r.knownSkills
        let statement = ([r.question.text] + r.interests + known.map(catalog.skillName)).joined(separator: " ")
        let similar = index.search(statement, type: .role, limit: 50)
        var scored: [(Role, Double, [String])] = []
        for role in catalog.knowledge.roles {
            let text = similar.first { $0.ref.id == role.id }?.score ?? 0
            let core = role.skills.core.filter(known.contains)
            let useful = role.skills.useful.filter(known.contains)
            let fit = role.skills.core.isEmpty ? 0 : (Double(core.count) + 0.5 * Double(useful.count)) / Double(role.skills.core.count)
            scored.append((role, text + 0.6 * fit, (core + useful).map(catalog.skillName)))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }
        let top = scored.prefix(3).filter { $0.1 > 0 }
        guard !top.isEmpty else {
            b.line(text("gap-needs-skills"))
            return
        }
        b.line(known.isEmpty ? "Roles that match what you describe:" : "Roles that fit what you know (\(Format.list(known.map(catalog.skillName)))):")
        for (i, (role, _, matched)) in top.enumerated() {
            var why: [String] = []
            if !matched.isEmpty { why.append("uses " + Format.list(matched)) }
            let overlap = index.sharedTerms(statement, role: role.id)
            if !overlap.isEmpty { why.append("matches: " + Format.list(Array(overlap.prefix(4)))) }
            b.line("\(i + 1). \(role.name): \(role.summary) \(b.cite(role.sources))")
            if !why.isEmpty { b.bullet("Why: " + why.joined(separator: "; ") + ".") }
            let missing = role.skills.core.filter { !known.contains($0) }.prefix(3).map(catalog.skillName)
            if !known.isEmpty, !missing.isEmpty { b.bullet("To add: " + Format.list(Array(missing)) + ".") }
        }
        b.suggestions.append(contentsOf: top.prefix(2).map { "What am I missing to become \(Format.article($0.0.name))?" })
    }

    /// The target role's skills minus the known ones, core first, each with a resource.
    func gap(_ r: Request, _ b: inout AnswerBuilder) {
        guard let role = r.roles.first else { return b.line(text("unknown-role")) }
        let known = r.knownSkills
        let all = role.skills.core + role.skills.useful.filter { !role.skills.core.contains($0) }
        let missing = all.filter { !known.contains($0) }
        let have = all.filter(known.contains)
        if known.isEmpty { b.line(text("gap-needs-skills")) }
        if !have.isEmpty { b.line("For \(role.name) you already have: " + Format.list(have.map(catalog.skillName)) + ".") }
        if missing.isEmpty {
            b.line("You already cover every skill the sources list for \(Format.article(role.name)) \(b.cite(role.sources)). Next: build projects that show them.")
            return
        }
        b.line("Still to learn for \(role.name), most important first \(b.cite(role.sources)):")
        for (i, id) in missing.enumerated() {
            let kind = role.skills.core.contains(id) ? "core" : "useful"
            var line = "\(i + 1). \(catalog.skillName(id)) (\(kind))"
            if let res = bestResource(for: id) { line += ": learn it with " + Format.resource(res) + " " + b.cite(res.sources) }
            b.line(line)
        }
    }
}
