import CareerKnowledge

/// role.compare: two (or more) roles side by side on pay, skills, education and outlook.
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
        b.line("Pay:")
        for role in roles {
            let figures = role.salaries.filter { r.region == nil ? $0.region == .us : $0.region == r.region }
            let shown = figures.isEmpty ? Array(role.salaries.prefix(3)) : Array(figures.prefix(4))
            if shown.isEmpty {
                b.bullet("\(role.name): no figure in the sources")
            } else {
                let parts = shown.map { "\(Format.figure($0)) (\(Format.level($0.level).lowercased()), \(Format.region($0.region))) \(b.cite($0.source))" }
                b.bullet("\(role.name): " + parts.joined(separator: "; "))
            }
        }
        b.line("Core skills:")
        let cores = roles.map { Set($0.skills.core) }
        let shared = cores.dropFirst().reduce(cores[0]) { $0.intersection($1) }
        for role in roles {
            let own = role.skills.core.filter { !shared.contains($0) }.map(catalog.skillName)
            b.bullet("\(role.name): " + (own.isEmpty ? "(only the shared ones)" : Format.list(own)) + " " + b.cite(role.sources))
        }
        if !shared.isEmpty {
            b.bullet("Both: " + Format.list(roles[0].skills.core.filter { shared.contains($0) }.map(catalog.skillName)))
        }
        b.line("Education:")
        for role in roles {
            let degrees = role.education.degrees.map(Format.degree)
            b.bullet("\(role.name): " + (degrees.isEmpty ? role.education.summary : "typically " + Format.list(degrees) + ". " + role.education.summary))
        }
        b.line("Outlook:")
        for role in roles {
            if let f = role.outlook.first {
                b.bullet("\(role.name): " + fact(f, &b))
            } else {
                b.bullet("\(role.name): no role-specific figure in the sources")
            }
        }
    }
}
