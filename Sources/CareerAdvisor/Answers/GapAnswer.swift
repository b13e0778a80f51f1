import CareerKnowledge

/// role.gap: what the person knows, what the role needs (core before useful), what is
/// missing in the order to learn it (foundations before frameworks), one resource per
/// missing skill (free ones when the question asks for free), and the total as a short plan.
extension Composer {
    func gap(_ r: Request, _ b: inout AnswerBuilder) {
        guard let role = r.roles.first else { return b.line(AnswerText(text("unknown-role"))) }
        let known = r.knownSkills
        let needed = role.skills.core + role.skills.useful.filter { !role.skills.core.contains($0) }
        guard !needed.isEmpty else {
            b.line("The sources list no skills for \(Format.article(role.name)) \(b.cite(role.sources)), so I cannot say what is missing.")
            b.note(role.background)
            return
        }
        if known.isEmpty { b.line(AnswerText(text("gap-needs-skills"))) }
        b.line("\(role.name) needs \(b.cite(role.sources)):")
        b.bullet("Core: " + Format.list(role.skills.core.map(catalog.skillName)))
        if !role.skills.useful.isEmpty { b.bullet("Useful: " + Format.list(role.skills.useful.map(catalog.skillName))) }
        let have = needed.filter(known.contains)
        if !have.isEmpty { b.line("You already have: " + Format.list(have.map(catalog.skillName)) + ".") }
        // Maths the role finds useful is still a foundation: it goes before the core methods
        // and frameworks; the other useful skills come later.
        let usefulAll = role.skills.useful.filter { !known.contains($0) && !role.skills.core.contains($0) }
        let foundations = usefulAll.filter { catalog.skillCategory($0) == .math }
        let missingCore = learningOrder(role.skills.core.filter { !known.contains($0) } + foundations)
        let missingUseful = learningOrder(usefulAll.filter { !foundations.contains($0) })
        if missingCore.isEmpty && missingUseful.isEmpty {
            b.line("You already cover every skill the sources list for \(Format.article(role.name)). Next: build projects that show them.")
            return
        }
        let free = r.question.cost == .free
        let shownUseful = Array(missingUseful.prefix(max(0, 10 - missingCore.count)))
        b.line("Missing, in the order to learn it (core first; foundations before frameworks and tools)"
               + (free ? ", with a free resource for each:" : ", with a resource for each:"))
        for (i, id) in (missingCore + shownUseful).enumerated() {
            let kind = role.skills.core.contains(id) ? "core" : "useful, a foundation"
            var line: AnswerText = "\(i + 1). \(catalog.skillName(id)) (\(kind))"
            if let res = learningResource(for: id, free: free) {
                line = "\(line): \(Format.resource(res)) \(cite(res, for: id, &b))"
            } else {
                line += free ? ": no free resource for it in my sources" : ": no resource for it in my sources"
            }
            b.line(line)
        }
        if missingUseful.count > shownUseful.count {
            let rest = missingUseful.dropFirst(shownUseful.count).map(catalog.skillName)
            b.line("Later, also useful: " + Format.list(Array(rest)) + ".")
        }
        plan(role, missingCore, missingUseful, &b)
    }

    /// The resource to learn a skill from: the easiest (beginner before intermediate
    /// before advanced) of those a source names, else the easiest of all; of equals, the
    /// first as `resourcePositions(for:)` ranks them. One pass over those positions: the
    /// list of every resource for the skill, copied and sorted, was a third of a gap
    /// answer, for the one resource it shows.
    private func learningResource(for skill: String, free: Bool) -> Resource? {
        let all = catalog.knowledge.resources
        var best = -1, bestRank = Int.max
        for i in resourcePositions(for: skill, cost: free ? .free : nil) {
            let rank = (all[i].sources.isEmpty ? 3 : 0) + Self.levelRank(all[i].level)
            if rank < bestRank { (best, bestRank) = (i, rank) }
        }
        return best < 0 ? nil : all[best]
    }

    private static func levelRank(_ level: ResourceLevel) -> Int {
        switch level {
        case .beginner: 0
        case .intermediate: 1
        case .advanced: 2
        }
    }

    /// The total in two sentences: what to learn first and next, and how long the
    /// sources say the whole way takes.
    private func plan(_ role: Role, _ core: [String], _ useful: [String], _ b: inout AnswerBuilder) {
        var steps: [String] = []
        if let first = core.first { steps.append("start with " + catalog.skillName(first)) }
        if core.count > 1 { steps.append("then " + Format.list(core.dropFirst().prefix(3).map(catalog.skillName))) }
        if core.count > 4 { steps.append("and the other \(core.count - 4) above") }
        if !useful.isEmpty { steps.append("then the useful ones as the work needs them") }
        var line: AnswerText = "Plan: \(core.count) skills to learn first and \(useful.count) useful ones later; \(steps.joined(separator: ", "))."
        let stages = catalog.knowledge.monthlyRoadmap
        if let last = stages.last, let source = stages.first?.source {
            let months = last.months.split(separator: "-").last.map(String.init) ?? last.months
            line = "\(line) From zero, JobCannon's month-by-month plan takes about \(months) months, ending with 3 to 5 end-to-end projects \(b.cite(source))."
        }
        b.line(line)
    }
}
