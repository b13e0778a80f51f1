import CareerKnowledge

/// role.overview, role.skills, role.education and role.outlook. A role's background
/// note, when it has one, follows its sourced text, labelled as the advisor's own.
extension Composer {
    func overview(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return b.line(AnswerText(text("unknown-role"))) }
        for role in r.roles {
            b.line("\(role.name): \(role.summary) \(b.cite(role.sources))")
            if !role.duties.isEmpty {
                b.line("What the work involves:")
                for d in role.duties { b.bullet(AnswerText(d)) }
            }
            if !role.skills.core.isEmpty {
                b.line("Core skills: " + Format.list(role.skills.core.map(catalog.skillName)) + ".")
            }
            if !role.industries.isEmpty { b.line("Found in: " + Format.list(role.industries) + ".") }
            if !role.related.isEmpty { b.line("Related roles: " + Format.list(role.related.map(catalog.roleName)) + ".") }
            b.note(role.background)
            b.blank()
        }
    }

    func skills(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return b.line(AnswerText(text("unknown-role"))) }
        for role in r.roles {
            guard !role.skills.core.isEmpty else {
                b.line("The sources list no skills for \(Format.article(role.name)) \(b.cite(role.sources)).")
                b.note(role.background)
                b.blank()
                continue
            }
            b.line("Skills \(Format.article(role.name)) needs \(b.cite(role.sources)):")
            b.bullet("Core: " + Format.list(role.skills.core.map(catalog.skillName)))
            if !role.skills.useful.isEmpty { b.bullet("Useful: " + Format.list(role.skills.useful.map(catalog.skillName))) }
            if !role.tools.isEmpty { b.bullet("Tools: " + Format.list(role.tools)) }
            b.blank()
        }
    }

    func education(_ r: Request, _ b: inout AnswerBuilder) {
        if !r.asks.isEmpty { timeAndCost(r, &b) }
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
                if let note = p.background { b.bullet("\(AnswerBuilder.noteLabel) \(note)") }
            }
        }
    }

    /// A role's own outlook figures, then the field-wide figures (about AI/ML careers as
    /// a whole), labelled as such so they are not read as figures for the role.
    func outlook(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return market(r, &b) }
        let fieldWide = catalog.knowledge.market.filter {
            $0.scope == .field && ["growth", "jobs", "workforce-gap", "remote"].contains($0.topic)
        }
        for role in r.roles {
            var seen = Set<String>()
            let facts = (role.outlook + catalog.knowledge.market.filter { $0.roles.contains(role.id) })
                .filter { seen.insert([$0.topic, $0.figure ?? $0.text, $0.source].joined(separator: "|")).inserted }
            if facts.isEmpty {
                b.line("\(role.name): " + text("no-outlook"))
            } else {
                b.line("Outlook for \(Format.article(role.name)):")
                for f in facts { b.bullet(fact(f, &b)) }
            }
            b.blank()
        }
        if !fieldWide.isEmpty {
            b.line("Field-wide figures (about AI and ML careers as a whole, not this role alone):")
            for f in fieldWide { b.bullet(fact(f, &b)) }
        }
    }

    /// One fact as a line: its text, figure and period (or that a projection has none),
    /// who the source cites, and the source.
    func fact(_ f: Fact, _ b: inout AnswerBuilder) -> AnswerText {
        var extra: [String] = []
        if let fig = f.figure, !f.text.containsBytes(of: fig) { extra.append(fig) }
        if let p = f.period {
            if !f.text.containsBytes(of: p) { extra.append(p) }
        } else if f.projection {
            extra.append("a projection; the source gives no period")
        }
        // One interpolation per case: each step of building it in parts was a copy.
        let cited = b.cite(f.source)
        switch (extra.isEmpty, f.via) {
        case (true, nil): return "\(f.text) \(cited)"
        case (true, let via?): return "\(f.text) Figure from \(via). \(cited)"
        case (false, nil): return "\(f.text) (\(extra.joined(separator: ", "))) \(cited)"
        case (false, let via?): return "\(f.text) (\(extra.joined(separator: ", "))) Figure from \(via). \(cited)"
        }
    }
}
