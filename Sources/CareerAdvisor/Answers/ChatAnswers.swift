import CareerKnowledge

/// smalltalk, help and fallback.
extension Composer {
    func smalltalk(_ r: Request, _ b: inout AnswerBuilder) {
        b.line(AnswerText(text(r.question.smalltalkKind ?? "greeting")))
        b.suggestions = Array(responses.examples.prefix(3))
    }

    func help(_ r: Request, _ b: inout AnswerBuilder) {
        b.line(AnswerText(text("help")))
        b.suggestions = Array(responses.examples.prefix(3))
    }

    /// Says the question is out of scope; offers the best search hits when they are good
    /// enough to be worth a look.
    func fallback(_ r: Request, _ b: inout AnswerBuilder) {
        // "What does the training cost?": in scope, and answerable from the sources'
        // figures for time and money, even when no intent claims it.
        if !r.asks.isEmpty, r.question.inDomain {
            b.line("What getting into AI and ML takes, as the sources give it:")
            return timeAndCost(r, &b)
        }
        b.line(AnswerText(text("fallback")))
        let hits = r.question.inDomain ? index.search(r.question.text, terms: r.question.terms, type: nil, limit: 3).filter { $0.score >= 0.2 } : []
        if !hits.isEmpty {
            b.line(AnswerText(text("fallback-hits")))
            for h in hits { b.bullet("\(h.ref.name) (\(h.ref.type.rawValue))") }
        }
        b.suggestions = Array(responses.examples.prefix(3))
    }
}
