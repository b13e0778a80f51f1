import CareerKnowledge

/// role.salary: every figure the sources give, each with level, region and source,
/// narrowed to the level and region asked for when there are figures for them. Never
/// an average of figures from different sources. Ceilings (what pay "can reach") are
/// shown apart from the bands, labelled as ceilings, so they are never read as typical.
extension Composer {
    func salary(_ r: Request, _ b: inout AnswerBuilder) {
        guard !r.roles.isEmpty else { return b.line(AnswerText(text("unknown-role"))) }
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
            let figures = catalog.texts(of: role).figures
            // Positions in `role.salaries`: the figures are written once per knowledge.
            var chosen = role.salaries.indices.filter { role.salaries[$0].kind == .band }
            var narrowed: [String] = []
            var missing = false
            if let level = r.level {
                let hit = chosen.filter { role.salaries[$0].level == level }
                if !hit.isEmpty { chosen = hit; narrowed.append(Format.levelInText(level)) } else { missing = true }
            }
            if let region = r.region {
                let hit = chosen.filter { role.salaries[$0].region == region }
                if !hit.isEmpty { chosen = hit; narrowed.append(Format.region(region)) } else { missing = true }
            }
            let scope = narrowed.isEmpty ? "" : " (" + narrowed.joined(separator: ", ") + ")"
            if !chosen.isEmpty {
                b.line("\(role.name) pay\(scope), as each source gives it:")
                for i in chosen { b.bullet(line(role.salaries[i], figures[i], &b)); b.show(role.salaries[i], of: role) }
                if missing {
                    b.line("The sources give no figure for exactly that level and region; the closest figures are shown.")
                }
                if chosen.contains(where: { role.salaries[$0].level == nil || role.salaries[$0].region == nil }) {
                    b.line("Where a figure says \"not named by the source\", its source gives no level or region for it.")
                }
                if chosen.contains(where: { role.salaries[$0].source != role.salaries[chosen[0]].source }) {
                    b.line("The sources disagree; each figure stands with its own source rather than an average.")
                }
            }
            // Ceilings at the level asked (or any level), in any region or none.
            let ceilings = role.salaries.indices.filter { i in
                let s = role.salaries[i]
                return s.kind == .ceiling && (r.level == nil || s.level == nil || s.level == r.level)
                    && (r.region == nil || s.region == nil || s.region == r.region)
            }
            if !ceilings.isEmpty {
                b.line("What pay can reach (a ceiling, not a typical band):")
                for i in ceilings { b.bullet(line(role.salaries[i], figures[i], &b)) }
            }
            b.blank()
        }
    }

    /// One salary as a line; `figure` is its `Format.figure`, written at load.
    func line(_ s: Salary, _ figure: String, _ b: inout AnswerBuilder) -> AnswerText {
        let cited = b.cite(s.source)
        switch (s.label, s.note) {
        case (nil, nil): return "\(Format.level(s.level)), \(Format.region(s.region)): \(figure) \(cited)"
        case (let one?, nil), (nil, let one?): return "\(Format.level(s.level)), \(Format.region(s.region)): \(figure) (\(one)) \(cited)"
        case (let label?, let note?): return "\(Format.level(s.level)), \(Format.region(s.region)): \(figure) (\(label); \(note)) \(cited)"
        }
    }
}
