import CareerKnowledge

/// role.compare: two (or three) roles side by side, the same facts for each in the same
/// order (pay source by source, core skills, education, outlook topic by topic), saying
/// where a source gives a figure for one role only ("no figure from [3]"). Ceilings are
/// kept out of the pay rows.
extension Composer {
    func compare(_ r: Request, _ b: inout AnswerBuilder) {
        guard r.roles.count >= 2 else {
            b.line(text("compare-needs-two"))
            if let only = r.roles.first { overview(Request(intent: "role.overview", question: r.question, roles: [only]), &b) }
            return
        }
        let roles = Array(r.roles.prefix(3))
        b.line(roles.map(\.name).joined(separator: " vs "))
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
        func bands(_ role: Role) -> [Salary] {
            role.salaries.filter { $0.kind == .band && ($0.region == region || $0.region == nil) }
        }
        var sources: [String] = []
        for role in roles { for s in bands(role) where !sources.contains(s.source) { sources.append(s.source) } }
        b.line("Pay (\(Format.region(region)), or no region named), source by source in the same order:")
        if sources.isEmpty { b.bullet("No figure in the sources for any of them.") }
        let marks = sources.map { b.cite($0) }
        for role in roles where !bands(role).isEmpty {
            var given: [String] = [], missing: [String] = []
            for (source, mark) in zip(sources, marks) {
                let own = bands(role).filter { $0.source == source }
                if own.isEmpty { missing.append(mark); continue }
                given.append(mark + " " + own.map { "\(Format.figure($0)) (\(Format.level($0.level).lowercased()))" }
                    .joined(separator: ", "))
                for s in own { b.show(s, of: role) }
            }
            if !missing.isEmpty { given.append("no figure from " + missing.joined(separator: ", ")) }
            b.bullet("\(role.name): " + given.joined(separator: "; "))
        }
        for role in roles where bands(role).isEmpty {
            b.bullet("\(role.name): no \(Format.region(region)) figure in any source.")
        }
        for role in roles {
            for s in role.salaries where s.kind == .ceiling {
                b.bullet("\(role.name), not a typical band: \(Format.figure(s)) (\(s.label ?? "ceiling")) \(b.cite(s.source))")
            }
        }
    }

    /// Outlook topic by topic, each role's figure or "no figure".
    private func compareOutlook(_ roles: [Role], _ b: inout AnswerBuilder) {
        // Each figure once (a role's outlook and market.yaml may both state it); pay
        // ceilings are shown with the pay, not here.
        let facts = roles.map { role -> [Fact] in
            var seen = Set<String>()
            return (role.outlook + catalog.knowledge.market.filter { $0.roles.contains(role.id) })
                .filter { $0.figure != nil && $0.topic != "compensation" }
                .filter { seen.insert([$0.topic, $0.figure ?? "", $0.source].joined(separator: "|")).inserted }
        }
        var topics: [String] = []
        for list in facts { for f in list where !topics.contains(f.topic) { topics.append(f.topic) } }
        b.line("Outlook figures, topic by topic in the same order:")
        if topics.isEmpty { b.bullet("No role-specific figure in the sources for any of them.") }
        for (i, role) in roles.enumerated() where !topics.isEmpty {
            var given: [String] = [], missing: [String] = []
            for topic in topics {
                let own = facts[i].filter { $0.topic == topic }
                if own.isEmpty { missing.append(topic.replacingDashes); continue }
                given.append(topic.replacingDashes + " " + own.map { f in
                    (f.figure ?? "") + (f.period.map { " " + $0 } ?? "") + " " + b.cite(f.source)
                }.joined(separator: ", "))
            }
            if !missing.isEmpty { given.append("no figure for " + Format.list(missing)) }
            b.bullet("\(role.name): " + given.joined(separator: "; "))
        }
    }
}
