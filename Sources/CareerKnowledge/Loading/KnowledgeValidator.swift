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
    /// type; an entity repeating its own name or alias is not a clash. One table per type
    /// keeps each key's first claim by its index, under a 64-bit hash of the key: no
    /// string is made or hashed per claim (300k claims at 100k entities), and keys are
    /// compared only when their hashes are equal.
    /// `hash` is `claimHash` but in tests, which make keys collide.
    static func checkAliases(_ log: LoadLog, hash claimHash: (String) -> UInt64 = claimHash) {
        let types = EntityType.allCases
        var first = [[UInt64: Int]](repeating: [:], count: types.count)
        // Per type, claims whose key differs from the first claim of the same hash: rare.
        var others = [[UInt64: [Int]]](repeating: [:], count: types.count)
        let claims = log.claims
        // Each claim's type, found once; each table sized for its claims once (1.8M at 1M
        // entities), not rehashed as it grows.
        let typeOf = claims.map { UInt8(types.firstIndex(of: $0.type)!) }
        var perType = [Int](repeating: 0, count: types.count)
        for type in typeOf { perType[Int(type)] += 1 }
        for type in types.indices { first[type].reserveCapacity(perType[type]) }
        for index in claims.indices {
            let type = Int(typeOf[index])
            let hash = claimHash(claims[index].text)
            // The hash's first claim; a new hash (most of them) is inserted in one probe.
            guard let head = first[type].updateValue(index, forKey: hash) else { continue }
            first[type][hash] = head
            let key = Self.claimKey(claims[index].text)
            let earlier: Int
            if Self.claimKey(claims[head].text) == key {
                earlier = head
            } else if let match = others[type][hash, default: []].first(where: { Self.claimKey(claims[$0].text) == key }) {
                earlier = match
            } else {
                others[type][hash, default: []].append(index)
                continue
            }
            let claim = claims[index], earlierClaim = claims[earlier]
            guard earlierClaim.owner != claim.owner else { continue }
            let typeName = claim.type.rawValue
            log.report(.error, "'\(claim.text)' of \(typeName) \(claim.owner) is already a name or alias of "
                       + "\(typeName) \(earlierClaim.owner) (at \(earlierClaim.location)); "
                       + "a name or alias may belong to one \(typeName) only", at: claim.location)
        }
    }

    /// The FNV-1a hash of `claimKey(text)`'s bytes, made without the string for ASCII text.
    static func claimHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.trimmedSpaces.utf8 {
            guard byte < 0x80 else { return fnv(claimKey(text).utf8) }
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    private static func fnv(_ bytes: String.UTF8View) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// A name's key for the clash check: trimmed and lower-cased. ASCII text, nearly
    /// every name, is lower-cased byte by byte: `lowercased()` took 0.1 s of a
    /// 100k-entity load.
    static func claimKey(_ text: String) -> String {
        let trimmed = text.trimmedSpaces
        guard trimmed.utf8.allSatisfy({ $0 < 0x80 }) else { return trimmed.lowercased() }
        return String(unsafeUninitializedCapacity: trimmed.utf8.count) { buffer in
            var n = 0
            for byte in trimmed.utf8 {
                buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                n += 1
            }
            return n
        }
    }
}
