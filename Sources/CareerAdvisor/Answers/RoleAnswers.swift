import CareerKnowledge

/// role.overview, role.skills, role.education and role.outlook.
extension Composer {
    func overview(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return b.line(text("unknown-role")) }
        for role in r.roles {
            b.line("\(role.name): \(role.summary) \(b.cite(role.sources))")
            if !role.duties.isEmpty {
                b.line("What the work involves:")
                for d in role.duties { b.bullet(d) }
            }
            if !role.skills.core.isEmpty {
                b.line("Core skills: " + Format.list(role.skills.core.map(catalog.skillName)) + ".")
            }
            if !role.industries.isEmpty { b.line("Found in: " + Format.list(role.industries) + ".") }
            if !role.related.isEmpty { b.line("Related roles: " + Format.list(role.related.map(catalog.roleName)) + ".") }
            b.blank()
        }
    }

    func skills(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return b.line(text("unknown-role")) }
        for role in r.roles {
            b.line("Skills \(Format.article(role.name)) needs \(b.cite(role.sources)):")
            b.bullet("Core: " + Format.list(role.skills.core.map(catalog.skillName)))
            if !role.skills.useful.isEmpty { b.bullet("Useful: " + Format.list(role.skills.useful.map(catalog.skillName))) }
            if !role.tools.isEmpty { b.bullet("Tools: " + Format.list(role.tools)) }
            b.blank()
        }
    }

    func education(_ r: Request, _ b: inout AnswerBuilder) {
        for role in r.roles {
            let e = role.education
            b.line("Becoming \(Format.article(role.name)): \(e.summary) \(b.cite(role.sources))")
            if !e.degrees.isEmpty { b.bullet("Degrees: " + Format.list(e.degrees.map(Format.degree))) }
            if !e.fields.isEmpty { b.bullet("Fields of study: " + Format.list(e.fields)) }
            if !e.paths.isEmpty { b.bullet("Other routes: " + Format.list(e.paths)) }
            b.blank()
        }
        let pathways = catalog.knowledge.pathways.filter { p in r.roles.isEmpty || p.roles.isEmpty || r.roles.contains { p.roles.contains($0.id) } }
        if !pathways.isEmpty {
            b.line(r.roles.isEmpty ? "Routes into AI and ML careers:" : "Routes in general:")
            for p in pathways {
                let extra = [p.duration, p.examples.isEmpty ? nil : "e.g. " + Format.list(p.examples)].compactMap { $0 }
                b.bullet("\(p.name): \(p.summary)" + (extra.isEmpty ? "" : " (" + extra.joined(separator: "; ") + ")") + " " + b.cite(p.sources))
            }
        }
    }

    func outlook(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return market(r, &b) }
        for role in r.roles {
            let facts = role.outlook + catalog.knowledge.market.filter { $0.roles.contains(role.id) && !role.outlook.contains($0) }
            if facts.isEmpty {
                b.line("\(role.name): " + text("no-outlook"))
                for f in catalog.knowledge.market.filter({ ["growth", "postings", "workforce-gap"].contains($0.topic) }).prefix(3) {
                    b.bullet(fact(f, &b))
                }
            } else {
                b.line("Outlook for \(Format.article(role.name)):")
                for f in facts { b.bullet(fact(f, &b)) }
            }
            b.blank()
        }
    }

    /// One fact as a line: its text, figure and period, who the source cites, and the source.
    func fact(_ f: Fact, _ b: inout AnswerBuilder) -> String {
        var s = f.text
        if let fig = f.figure, !s.contains(fig) { s += " (" + fig + (f.period.map { ", " + $0 } ?? "") + ")" }
        if let via = f.via { s += " Figure from " + via + "." }
        return s + " " + b.cite(f.source)
    }
}
