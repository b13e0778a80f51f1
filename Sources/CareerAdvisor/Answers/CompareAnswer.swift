import CareerKnowledge

/// role.compare: two (or three) roles side by side, the same facts for each in the same
/// order (pay by source, core skills, education, outlook), saying where a source gives
/// a figure for one role only. Ceilings are kept out of the pay rows.
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
            let degrees = role.education.degrees.map(Format.degree)
            b.bullet("\(role.name): " + (degrees.isEmpty ? "no degree named. " : "typically " + Format.list(degrees) + ". ")
                     + role.education.summary)
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
        b.line("Pay (\(Format.region(region)), or no region named), source by source:")
        if sources.isEmpty { b.bullet("No figure in the sources for any of them.") }
        for source in sources {
            let mark = b.cite(source)
            let parts = roles.map { role -> String in
                let own = bands(role).filter { $0.source == source }
                guard !own.isEmpty else { return "\(role.name): no figure from this source" }
                return "\(role.name): " + own.map { "\(Format.figure($0)) (\(Format.level($0.level).lowercased()))" }
                    .joined(separator: "; ")
            }
            b.bullet(mark + " " + parts.joined(separator: " | "))
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
        b.line("Outlook figures:")
        if topics.isEmpty { b.bullet("No role-specific figure in the sources for any of them.") }
        for topic in topics {
            let parts = roles.indices.map { i -> String in
                let own = facts[i].filter { $0.topic == topic }
                guard !own.isEmpty else { return "\(roles[i].name): no figure" }
                return "\(roles[i].name): " + own.map { f in
                    (f.figure ?? "") + (f.period.map { " " + $0 } ?? "") + " " + b.cite(f.source)
                }.joined(separator: "; ")
            }
            let only = roles.indices.filter { !facts[$0].filter { $0.topic == topic }.isEmpty }
            let note = only.count == 1 ? " (given for \(roles[only[0]].name) only)" : ""
            b.bullet(topic.replacingDashes + note + ": " + parts.joined(separator: " | "))
        }
    }
}
