import CareerKnowledge

/// role.compare: two (or three) roles side by side, the same facts for each in the same
/// order (pay source by source, core skills, education, outlook topic by topic), saying
/// where a source gives a figure for one role only ("no figure from [3]"). Ceilings are
/// kept out of the pay rows.
extension Composer {
    func compare(_ r: Request, _ b: inout AnswerBuilder) {
        guard r.roles.count >= 2 else {
            b.line(AnswerText(text("compare-needs-two")))
            if let only = r.roles.first { overview(Request(intent: "role.overview", question: r.question, roles: [only]), &b) }
            return
        }
        let roles = Array(r.roles.prefix(3))
        b.line(AnswerText(roles.map(\.name).joined(separator: " vs ")))
        b.blank()
        comparePay(roles, r, &b)
        b.line("Core skills:")
        let cores = roles.map { Set($0.skills.core) }
        let shared = cores.dropFirst().reduce(cores[0]) { $0.intersection($1) }
        for role in roles {
            let own = role.skills.core.filter { !shared.contains($0) }.map(catalog.skillName)
            let text = role.skills.core.isEmpty ? "the sources list none" : own.isEmpty ? "(only the shared ones)" : Format.list(own)
            b.bullet("\(role.name): " + text + " " + b.cite(role.sources))
        }
        if !shared.isEmpty {
            b.bullet("Both: " + Format.list(roles[0].skills.core.filter { shared.contains($0) }.map(catalog.skillName)))
        }
        b.line("Education:")
        for role in roles {
            let e = role.education
            var parts = [e.degrees.isEmpty ? "no degree named" : Format.list(e.degrees.map(Format.degree))]
            if !e.fields.isEmpty { parts.append("fields: " + Format.list(e.fields)) }
            if !e.paths.isEmpty { parts.append("other routes: " + Format.list(e.paths)) }
            b.bullet("\(role.name): " + parts.joined(separator: "; "))
        }
        compareOutlook(roles, &b)
    }

    /// Pay source by source: for each source, each role's figures or "no figure", so a
    /// figure given for one role only is visible as such.
    private func comparePay(_ roles: [Role], _ r: Request, _ b: inout AnswerBuilder) {
        let region = r.region ?? .us
        let texts = roles.map(catalog.texts(of:))
        // Each role's bands in that region (or none named), as positions in its salaries.
        let bands = roles.map { role in
            role.salaries.indices.filter {
                role.salaries[$0].kind == .band && (role.salaries[$0].region == region || role.salaries[$0].region == nil)
            }
        }
        var sources: [String] = []
        for (role, own) in zip(roles, bands) {
            for i in own where !sources.contains(role.salaries[i].source) { sources.append(role.salaries[i].source) }
        }
        b.line("Pay (\(Format.region(region)), or no region named), source by source in the same order:")
        if sources.isEmpty { b.bullet("No figure in the sources for any of them.") }
        let marks = sources.map { b.cite($0) }
        for (k, role) in roles.enumerated() where !bands[k].isEmpty {
            var given: [String] = [], missing: [String] = []
            for (source, mark) in zip(sources, marks) {
                let own = bands[k].filter { role.salaries[$0].source == source }
                if own.isEmpty { missing.append(mark); continue }
                given.append(mark + " " + own.map { "\(texts[k].figures[$0]) (\(Format.levelInText(role.salaries[$0].level)))" }
                    .joined(separator: ", "))
                for i in own { b.show(role.salaries[i], of: role) }
            }
            if !missing.isEmpty { given.append("no figure from " + missing.joined(separator: ", ")) }
            b.bullet("\(role.name): " + given.joined(separator: "; "))
        }
        for (k, role) in roles.enumerated() where bands[k].isEmpty {
            b.bullet("\(role.name): no \(Format.region(region)) figure in any source.")
        }
        for (k, role) in roles.enumerated() {
            for (i, s) in role.salaries.enumerated() where s.kind == .ceiling {
                b.bullet("\(role.name), not a typical band: \(texts[k].figures[i]) (\(s.label ?? "ceiling")) \(b.cite(s.source))")
            }
        }
    }

    /// Outlook topic by topic, each role's figure or "no figure".
    private func compareOutlook(_ roles: [Role], _ b: inout AnswerBuilder) {
        // Each figure once (a role's outlook and market.yaml may both state it); pay
        // ceilings are shown with the pay, not here.
        let facts = roles.map { catalog.texts(of: $0).outlookFigures }
        var topics: [String] = []
        for list in facts { for f in list where !topics.contains(f.topic) { topics.append(f.topic) } }
        // Each topic's name in words once, not once per role.
        let names = topics.map(\.replacingDashes)
        b.line("Outlook figures, topic by topic in the same order:")
        if topics.isEmpty { b.bullet("No role-specific figure in the sources for any of them.") }
        for (i, role) in roles.enumerated() where !topics.isEmpty {
            var given: [String] = [], missing: [String] = []
            for (topic, name) in zip(topics, names) {
                let own = facts[i].filter { $0.topic == topic }
                if own.isEmpty { missing.append(name); continue }
                given.append(name + " " + own.map { f in
                    (f.figure ?? "") + (f.period.map { " " + $0 } ?? "") + " " + b.cite(f.source)
                }.joined(separator: ", "))
            }
            if !missing.isEmpty { given.append("no figure for " + Format.list(missing)) }
            b.bullet("\(role.name): " + given.joined(separator: "; "))
        }
    }
}
