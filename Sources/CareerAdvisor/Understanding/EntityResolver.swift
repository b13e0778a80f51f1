import CareerKnowledge
import CareerSearch

/// Decides which entity each mention means once the intent is known, and lends the
/// session's entities to a follow-up that names none.
///
/// A mention that could be several types ("mlops": role or skill) takes the type the
/// intent needs: an intent's required type first (filled by unambiguous mentions
/// before ambiguous ones, up to `requires_count`), then the types it gives a bonus
/// to, best first. Pure and thread-safe.
struct EntityResolver: Sendable {
    /// What the resolver reads of an intent's definition, taken once: looking a whole
    /// `IntentDefinition` up per question copied its names, keywords and phrases.
    struct Plan: Sendable {
        let requires: [EntityType]
        let requiresCount: Int
        /// The types the intent can use: its required ones, then those it gives a bonus
        /// to, best first.
        let preferred: [EntityType]
        let bonusTypes: Set<EntityType>

        init(_ def: IntentDefinition) {
            requires = def.requires
            requiresCount = def.requiresCount
            preferred = def.requires + def.entityBonus.sorted { $0.value > $1.value }.map(\.key).filter { !def.requires.contains($0) }
            bonusTypes = Set(def.entityBonus.keys)
        }
    }

    let plans: StringTable<Plan>

    init(intents: [String: IntentDefinition]) {
        plans = StringTable(intents.mapValues(Plan.init))
    }

    func resolve(_ mentions: [Mention], intent: String) -> [EntityRef] {
        guard let def = plans[intent] else { return mentions.map { $0.candidates[0] } }
        let preferred = def.preferred
        // Per mention, the position of the candidate chosen among its candidates, -1 until
        // one is: an array of `EntityRef?` compared each element with nil through
        // `Equatable`, copying it.
        var chosen = [Int].filled(-1, count: mentions.count)
        if let needed = def.requires.first {
            var left = def.requiresCount
            for pass in 0..<2 {
                for (i, m) in mentions.enumerated() where chosen[i] < 0 && left > 0 {
                    let unambiguous = m.candidates.count == 1
                    if (pass == 0) == unambiguous, let k = m.candidateIndex(of: needed) {
                        chosen[i] = k
                        left -= 1
                    }
                }
            }
        }
        let others = def.requires.isEmpty ? 0 : 1
        for (i, m) in mentions.enumerated() where chosen[i] < 0 {
            // The first preferred type (after the required one) the mention can be; by a
            // loop: the lazy sequence it was written as looked its type's metadata up at
            // run time for every question (docs/PERFORMANCE.md, "Twenty-first round").
            var k: Int? = nil
            for type in preferred.dropFirst(others) {
                if let at = m.candidateIndex(of: type) { k = at; break }
            }
            chosen[i] = k
                ?? (m.candidates.count > 1 ? m.candidates.firstIndex { !def.requires.contains($0.type) } : nil)
                ?? 0
        }
        var distinct = DistinctList<EntityRef>(capacity: chosen.count)
        for (i, m) in mentions.enumerated() { distinct.insert(m.candidates[chosen[i]]) }
        return distinct.elements
    }

    /// Entities the intent requires but the question lacks, taken from the session; for
    /// a question that names no entity at all, the session's entities of any type the
    /// intent can use ("where can I learn those?"); for one that names some but also
    /// points back (a `pointers` phrase: "is the X cert worth getting for it?"), the session's entities of the
    /// usable types it does not name; and for "which of the two", the two entities of
    /// the needed type named most recently, even across turns.
    func inherited(for intent: String, have: [EntityRef], question q: Question, session: SessionState) -> [EntityRef] {
        guard let def = plans[intent] else { return [] }
        guard let type = def.requires.first else {
            if have.isEmpty { return session.lastEntities.filter { def.bonusTypes.contains($0.type) } }
            guard q.pointsBack else { return [] }
            let named = Set(have.map(\.type))
            return session.lastEntities.filter { def.bonusTypes.contains($0.type) && !named.contains($0.type) }
        }
        let present = have.filter { $0.type == type }.count
        guard present < def.requiresCount || (q.refersToPair && present < 2) else { return [] }
        var pool = session.lastEntities.filter { $0.type == type && !have.contains($0) }
        if q.refersToPair, present + pool.count < 2 {
            for e in session.recentEntities where e.type == type && !have.contains(e) && !pool.contains(e) {
                pool.append(e)
                if present + pool.count == 2 { break }
            }
        }
        // A question naming nothing is about everything the last one was about
        // ("which one pays more?" after a comparison).
        if have.isEmpty { return pool }
        return Array(pool.prefix(max(def.requiresCount, q.refersToPair ? 2 : 0) - present))
    }
}
