/// The checks that need the whole folder read first: every reference names a declared
/// id, and no name or alias is claimed by two entities of one type. Per-object checks
/// (required fields, enum values, salary figures, id spelling, file names, duplicate
/// ids) are made while decoding.
enum KnowledgeValidator {
    static func run(_ log: LoadLog) {
        checkReferences(log)
        checkAliases(log)
    }

    /// Reports each reference to an id its scope does not declare, suggesting a close one.
    static func checkReferences(_ log: LoadLog) {
        for reference in log.references {
            let scope = reference.target.scope
            guard !log.isDeclared(reference.id, scope: scope) else { continue }
            var message = "unknown \(scope) '\(reference.id)' in '\(reference.field)'"
            if let guess = Spelling.closest(to: reference.id, among: log.declared[scope, default: [:]].keys) {
                message += " (did you mean '\(guess)'?)"
            } else if reference.target == .source {
                message += " (sources are declared in sources.yaml)"
            }
            log.report(.error, message, at: reference.location)
        }
    }

    /// Names and aliases are compared trimmed and case-insensitively, within one entity
    /// type; an entity repeating its own name or alias is not a clash.
    static func checkAliases(_ log: LoadLog) {
        var first: [EntityType: [String: AliasClaim]] = [:]
        for claim in log.claims {
            let key = claim.text.trimmingSpaces.lowercased()
            guard let earlier = first[claim.type]?[key] else {
                first[claim.type, default: [:]][key] = claim
                continue
            }
            guard earlier.owner != claim.owner else { continue }
            let type = claim.type.rawValue
            log.report(.error, "'\(claim.text)' of \(type) \(claim.owner) is already a name or alias of "
                       + "\(type) \(earlier.owner) (at \(earlier.location)); "
                       + "a name or alias may belong to one \(type) only", at: claim.location)
        }
    }
}
