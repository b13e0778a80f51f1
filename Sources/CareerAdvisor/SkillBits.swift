import CareerKnowledge

/// A set of the catalog's skills, one bit per skill by its place in `knowledge.skills`.
/// `role.recommend` scores every role against what the person said; asking each role's
/// skill lists whether a `[String]` contains each id was a third of that answer's
/// instructions, and testing bits is a load and a mask. Ids the catalog does not know
/// are left out (no role's `RoleSkillUnits` holds one). A value type, safe to share.
struct SkillBits {
    private var words: [UInt64]

    /// The skills of `ids` that `catalog` knows.
    init(_ ids: [String], in catalog: Catalog) {
        words = [UInt64](repeating: 0, count: (catalog.knowledge.skills.count + 63) / 64)
        for id in ids {
            guard let i = catalog.skills[id] else { continue }
            words[i >> 6] |= 1 << UInt64(i & 63)
        }
    }

    func contains(_ skill: Int32) -> Bool {
        let i = Int(skill)
        return words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}

/// A role's skills as `role.recommend` weighs them: each entry of its core list, then of
/// its useful list, by catalog position, with its weight in halves (a core skill 2, a
/// useful one 1; an entry of the useful list that is also core counts as core, as the
/// answer's `weight` counts it). Sums of halves over two are exactly the sums of ones
/// and halves the answer adds, so the scores, and the order of the roles, are the same.
struct RoleSkillUnits: Sendable {
    var skills: [Int32]
    var halves: [UInt8]

    /// nil when the role lists a skill the catalog does not have (the validator rejects
    /// that; the answer then scores the role by its ids).
    init?(_ role: Role, skills index: IdTable) {
        skills = []
        halves = []
        for id in role.skills.core {
            guard let i = index[id] else { return nil }
            skills.append(Int32(i)); halves.append(2)
        }
        for id in role.skills.useful {
            guard let i = index[id] else { return nil }
            skills.append(Int32(i)); halves.append(role.skills.core.contains(id) ? 2 : 1)
        }
    }

    /// The halves of the entries in `set` and not in `without`.
    func halves(in set: SkillBits, without: SkillBits? = nil) -> Int {
        var sum = 0
        for (skill, h) in zip(skills, halves) where set.contains(skill) && !(without?.contains(skill) ?? false) {
            sum += Int(h)
        }
        return sum
    }
}
