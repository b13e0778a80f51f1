import CareerKnowledge

/// skill.roles, resource.find, certification.list and roadmap.
extension Composer {
    func skillRoles(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.skills.isEmpty else { return b.line(AnswerText(text("unknown-skill"))) }
        for skill in r.skills {
            b.line("\(skill.name): \(skill.description) \(b.cite(skill.sources))")
            let (core, useful) = catalog.roleIndices(using: skill.id)
            let roles = catalog.knowledge.roles
            if core.isEmpty && useful.isEmpty {
                b.line("None of the roles I know lists \(skill.name) as a skill.")
            } else {
                if !core.isEmpty { b.bullet("Core skill for: " + Format.list(core.map { roles[Int($0)].name })) }
                if !useful.isEmpty { b.bullet("Useful for: " + Format.list(useful.map { roles[Int($0)].name })) }
                b.line("\(core.count + useful.count) of the \(roles.count) roles I know list it.")
            }
            if let res = bestResource(for: skill.id) { b.line("To learn it: " + Format.resource(res) + " " + cite(res, for: skill.id, &b)) }
            b.note(skill.background)
            b.blank()
        }
    }

    func resources(_ r: Request, _ b: inout AnswerBuilder) {
        if !r.asks.isEmpty { timeAndCost(r, &b) }
        let cost = r.question.cost
        if !r.resources.isEmpty {
            for res in r.resources { describe(res, &b) }
            return
        }
        var topics = r.skills.map(\.id)
        if topics.isEmpty, let role = r.roles.first { topics = Array(role.skills.core.prefix(4)) }
        var shown = Set<String>()
        for topic in topics {
            let list = resources(for: topic, cost: cost).filter { !shown.contains($0.id) }.prefix(4)
            let label = cost == .free ? "Free ways to learn" : "Ways to learn"
            if list.isEmpty {
                b.line("I know no \(cost == .free ? "free " : "")resource for \(catalog.skillName(topic)) from my sources.")
                continue
            }
            b.line("\(label) \(catalog.skillName(topic)):")
            for res in list { shown.insert(res.id); b.bullet(summary(res, for: topic, &b)) }
        }
        if topics.isEmpty {
            let hits = index.search(r.question.text, terms: r.question.terms, type: .resource, limit: 5).filter { $0.score > 0.05 }
            let list = hits.isEmpty ? catalog.knowledge.resources.filter { cost == nil || $0.cost != .paid }.prefix(6).map { $0 }
                                    : hits.compactMap { catalog.resource($0.ref.id) }
            b.line(cost == .free ? "Free places to learn AI and ML:" : "Good places to learn AI and ML:")
            for res in list { b.bullet(summary(res, &b)) }
        }
    }

    private func summary(_ res: Resource, for skill: String? = nil, _ b: inout AnswerBuilder) -> AnswerText {
        let cited = skill.map { cite(res, for: $0, &b) } ?? b.cite(res.sources)
        if let url = res.url {
            return "\(res.name) (\(res.provider); \(res.format.rawValue), \(res.cost.rawValue), \(res.level.rawValue)) \(url) \(cited)"
        }
        return "\(res.name) (\(res.provider); \(res.format.rawValue), \(res.cost.rawValue), \(res.level.rawValue)) \(cited)"
    }

    private func describe(_ res: Resource, _ b: inout AnswerBuilder) {
        b.line("\(res.name) by \(res.provider): \(res.description) \(b.cite(res.sources))")
        b.bullet("Format: \(res.format.rawValue); cost: \(res.cost.rawValue); level: \(res.level.rawValue)")
        if !res.topics.isEmpty { b.bullet("Covers: " + Format.list(res.topics.map(catalog.skillName))) }
        if let url = res.url { b.bullet(AnswerText(url)) }
        b.note(res.background)
        b.blank()
    }

    func certifications(_ r: Request, _ b: inout AnswerBuilder) {
        var certs = r.certifications
        var heading = "Certifications the sources name:"
        if certs.isEmpty, let role = r.roles.first {
            certs = catalog.knowledge.certifications.filter { $0.roles.contains(role.id) }
            heading = "Certifications that suit \(Format.article(role.name)):"
            if certs.isEmpty { heading = "No certification is tied to \(role.name) in my sources; these are the ones they name:" }
        }
        if certs.isEmpty { certs = catalog.knowledge.certifications }
        if r.certifications.isEmpty { b.line(AnswerText(heading)) }
        for c in certs {
            b.bullet("\(c.name) (\(c.issuer)): \(c.description) \(b.cite(c.sources))")
            if !r.certifications.isEmpty, !c.roles.isEmpty { b.bullet("Suits: " + Format.list(c.roles.map(catalog.roleName))) }
            if !r.certifications.isEmpty { b.note(c.background) }
        }
        for p in catalog.knowledge.pathways where p.kind == "certificate" {
            b.line("\(p.name): \(p.summary) " + b.cite(p.sources))
        }
    }

    func roadmap(_ r: Request, _ b: inout AnswerBuilder) {
        if !r.asks.isEmpty { timeAndCost(r, &b) }
        let stages = catalog.knowledge.monthlyRoadmap
        if !stages.isEmpty {
            b.line("A month-by-month plan" + (r.roles.first.map { " towards \($0.name)" } ?? "") + ":")
            for st in stages {
                let res = st.resources.compactMap { catalog.resource($0)?.name }
                b.line("Months \(st.months): \(st.focus). " + st.steps.joined(separator: " ")
                       + (res.isEmpty ? "" : " Resources: " + Format.list(res) + ".") + " " + b.cite(st.source))
            }
            if let role = r.roles.first {
                let core = Set(role.skills.core)
                // Each stage's core skills counted once, not once per comparison.
                let shared = stages.map { Set($0.skills).intersection(core).count }
                if let at = stages.indices.dropFirst().max(by: { shared[$0] < shared[$1] }), shared[at] > 0 {
                    let best = stages[at]
                    b.line("For \(Format.article(role.name)), months \(best.months) matter most: they build " +
                           Format.list(best.skills.filter(core.contains).map(catalog.skillName)) + ".")
                }
            }
        }
        let steps = catalog.knowledge.practicalRoadmap.sorted { $0.order < $1.order }
        if !steps.isEmpty {
            b.blank()
            b.line("The practical steps, in order:")
            for s in steps { b.line("\(s.order). \(s.title): \(s.summary) \(b.cite(s.source))") }
        }
    }
}
