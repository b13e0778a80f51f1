import CareerKnowledge

/// role.salary: every figure the sources give, each with level, region and source,
/// narrowed to the level and region asked for when there are figures for them. Never
/// an average of figures from different sources. Ceilings (what pay "can reach") are
/// shown apart from the bands, labelled as ceilings, so they are never read as typical.
extension Composer {
    func salary(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return b.line(text("unknown-role")) }
        for role in r.roles {
            guard !role.salaries.isEmpty else {
                b.line("\(role.name): " + text("no-salary"))
                let paid = role.related.compactMap(catalog.role).filter { !$0.salaries.isEmpty }
                if !paid.isEmpty {
                    b.line("Related roles with figures: " + Format.list(paid.map(\.name)) + ".")
                    b.suggestions += paid.prefix(2).map { "How much does \(Format.article($0.name)) earn?" }
                }
                b.blank()
                continue
            }
            let bands = role.salaries.filter { $0.kind == .band }
            var chosen = bands
            var narrowed: [String] = []
            if let level = r.level {
                let hit = chosen.filter { $0.level == level }
                if !hit.isEmpty { chosen = hit; narrowed.append(Format.level(level).lowercased()) }
            }
            if let region = r.region {
                let hit = chosen.filter { $0.region == region }
                if !hit.isEmpty { chosen = hit; narrowed.append(Format.region(region)) }
            }
            let missing = (r.level != nil && !narrowed.contains(Format.level(r.level).lowercased()))
                || (r.region != nil && !narrowed.contains(Format.region(r.region)))
            let scope = narrowed.isEmpty ? "" : " (" + narrowed.joined(separator: ", ") + ")"
            if !chosen.isEmpty {
                b.line("\(role.name) pay\(scope), as each source gives it:")
                for s in chosen { b.bullet(line(s, &b)); b.show(s, of: role) }
                if missing {
                    b.line("The sources give no figure for exactly that level and region; the closest figures are shown.")
                }
                if chosen.contains(where: { $0.level == nil || $0.region == nil }) {
                    b.line("Where a figure says \"not named by the source\", its source gives no level or region for it.")
                }
                if Set(chosen.map(\.source)).count > 1 {
                    b.line("The sources disagree; each figure stands with its own source rather than an average.")
                }
            }
            // Ceilings at the level asked (or any level), in any region or none.
            let ceilings = role.salaries.filter { s in
                s.kind == .ceiling && (r.level == nil || s.level == nil || s.level == r.level)
                    && (r.region == nil || s.region == nil || s.region == r.region)
            }
            if !ceilings.isEmpty {
                b.line("What pay can reach (a ceiling, not a typical band):")
                for s in ceilings { b.bullet(line(s, &b)) }
            }
            b.blank()
        }
    }

    func line(_ s: Salary, _ b: inout AnswerBuilder) -> String {
        var out = "\(Format.level(s.level)), \(Format.region(s.region)): \(Format.figure(s))"
        let qualifiers = [s.label, s.note].compactMap { $0 }
        if !qualifiers.isEmpty { out += " (" + qualifiers.joined(separator: "; ") + ")" }
        return out + " " + b.cite(s.source)
    }
}
