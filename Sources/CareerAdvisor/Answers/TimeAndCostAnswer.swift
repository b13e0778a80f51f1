import CareerKnowledge

/// How long getting in takes and what training costs, as the sources give it: time to
/// a paycheck, bootcamp length, the month-by-month plan and training cost, each figure
/// with its source, and said plainly where the sources give a figure for one role only.
/// Used when a question asks how long or how much (`asks:` in `slots.yaml`).
extension Composer {
    func timeAndCost(_ r: Request, _ b: inout AnswerBuilder) {
        let role = r.roles.first
        let all = catalog.knowledge.roles.flatMap { rl in rl.outlook.map { (rl, $0) } }
            + catalog.knowledge.market.map { f in (f.roles.first.flatMap(catalog.role), f) }
        func figures(_ topic: String) -> [(Role?, Fact)] { all.filter { $0.1.topic == topic } }
        let priceFirst = r.asks.contains(.price) && !r.asks.contains(.duration)

        var time: [AnswerText] = []
        for (owner, f) in figures("time-to-paycheck") {
            time.append(scoped(f, owner, role, &b))
        }
        if let boot = catalog.knowledge.pathways.first(where: { $0.kind == "bootcamp" }), let d = boot.duration {
            let names = boot.examples.isEmpty ? "" : " (for example " + Format.list(boot.examples) + ")"
            time.append("Bootcamps\(names) take \(d) \(b.cite(boot.sources)).")
        }
        let stages = catalog.knowledge.monthlyRoadmap
        if let first = stages.first, let last = stages.last {
            let end = last.months.split(separator: "-").last.map(String.init) ?? last.months
            time.append("JobCannon's month-by-month plan goes from zero to job-ready in \(end) months, from months \(first.months) (\(first.focus)) to months \(last.months) (\(last.focus)) \(b.cite(first.source)).")
        }
        var money: [AnswerText] = []
        for (owner, f) in figures("training-cost") { money.append(scoped(f, owner, role, &b)) }
        if let selfStudy = catalog.knowledge.pathways.first(where: { $0.kind == "self-study" }) {
            money.append("A route built from free resources costs nothing but time and discipline: " + Format.list(selfStudy.examples) + " \(b.cite(selfStudy.sources)).")
        }
        money.append("The sources give no price for bootcamps, degrees or certifications.")

        let sections = priceFirst ? [("What training costs:", money), ("How long it takes:", time)]
                                  : [("How long it takes:", time), ("What training costs:", money)]
        for (title, lines) in sections where !lines.isEmpty {
            b.line(AnswerText(title))
            for l in lines { b.bullet(l) }
        }
        b.blank()
    }

    /// A figure with the role it is about; when the question names another role, says
    /// that the source gives the figure for that role only.
    private func scoped(_ f: Fact, _ owner: Role?, _ asked: Role?, _ b: inout AnswerBuilder) -> AnswerText {
        var s = fact(f, &b)
        if let owner, let asked, owner.id != asked.id {
            s += " This figure is for \(Format.article(owner.name)) only; the sources give none for \(Format.article(asked.name))."
        }
        return s
    }
}
