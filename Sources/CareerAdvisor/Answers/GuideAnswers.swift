import CareerKnowledge

/// experience.build, personality.fit, trend.list and market.stats.
extension Composer {
    func experience(_ r: Request, _ b: inout AnswerBuilder) {
        let items = guides.rankExperience(r.question)
        b.line("Ways to build experience employers can see:")
        for a in items.prefix(4) { b.line("- \(a.title): \(a.text) \(b.cite(a.sources))") }
        // The rest by title, each with its mark: a source listed is a source cited.
        if items.count > 4 {
            b.line("Also: " + Format.list(items.dropFirst(4).map { "\($0.title) \(b.cite($0.sources))" }) + ".")
        }
    }

    func personality(_ r: Request, _ b: inout AnswerBuilder) {
        b.line("Who tends to do well in AI and ML work:")
        for a in catalog.knowledge.personality { b.line("- \(a.title): \(a.text) \(b.cite(a.sources))") }
    }

    func trends(_ r: Request, _ b: inout AnswerBuilder) {
        if !r.trends.isEmpty {
            for t in r.trends {
                b.line("\(t.name): \(t.summary) \(b.cite(t.sources))")
                b.line("What it means for jobs: \(t.impact)")
                if !t.roles.isEmpty { b.bullet("Roles in demand: " + Format.list(t.roles.map(catalog.roleName))) }
                if !t.skills.isEmpty { b.bullet("Skills it rewards: " + Format.list(t.skills.map(catalog.skillName))) }
                b.note(t.background)
                b.blank()
            }
            return
        }
        b.line("Trends shaping AI and ML careers:")
        for t in catalog.knowledge.trends { b.bullet("\(t.name): \(t.summary) \(b.cite(t.sources))") }
    }

    func market(_ r: Request, _ b: inout AnswerBuilder) {
        // The most relevant figures first; the rest are counted, not dumped on the terminal.
        let facts = guides.rankMarket(r.question)
        b.line("The AI and ML job market in figures:")
        for i in facts.prefix(6) { b.bullet(fact(guides.market[i], &b)) }
        if facts.count > 6 {
            let topics = Set(facts.dropFirst(6).map { guides.market[$0].topic }).subtracting(["other"]).sorted()
            b.line("\(facts.count - 6) more figures in my sources" + (topics.isEmpty ? "." : ", on " + Format.list(topics.map { $0.replacingDashes }) + "."))
        }
    }
}
