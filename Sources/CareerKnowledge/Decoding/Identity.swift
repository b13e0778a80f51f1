/// Ids, names and aliases: the parts of an object that other objects point at.

enum Identifier {
    /// `[a-z0-9]+(-[a-z0-9]+)*`: lower-case letters and digits joined by single dashes.
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    static let rule = "lower-case letters and digits joined by '-', like data-analyst"
}

extension Fields {
    /// Reads `id`, checks its spelling and, in an entity file, that it matches the
    /// file name, and declares it in `scope` (duplicates are reported there).
    func id(scope: String) -> String? {
        guard let id: Located<String> = required("id") else { return nil }
        if !Identifier.isValid(id.value) {
            reader.log.report(.error, "invalid \(scope) id '\(id.value)': ids are \(Identifier.rule)", at: id.location)
        }
        if let promised = reader.expectedID, promised != id.value {
            reader.log.report(.error, "id '\(id.value)' does not match the file name '\(promised).yaml'",
                              at: id.location)
        }
        reader.log.declare(id.value, scope: scope, at: id.location)
        return id.value
    }

    /// Reads the fields every entity has (`id`, `name`, `aliases`) and records the
    /// name and aliases as claims, checked for clashes once the folder is read.
    func entityHeader(_ type: EntityType) -> (id: String, name: String, aliases: [String])? {
        let id = id(scope: type.rawValue)
        let name: Located<String>? = required("name")
        let aliases: [Located<String>] = list("aliases")
        let owner = id ?? reader.expectedID ?? "?"
        if let name { reader.log.claim(name.value, type: type, owner: owner, at: name.location) }
        for alias in aliases {
            if alias.value.trimmedSpaces.isEmpty {
                reader.log.report(.error, "empty alias", at: alias.location)
            } else {
                reader.log.claim(alias.value, type: type, owner: owner, at: alias.location)
            }
        }
        guard let id, let name else { return nil }
        return (id, name.value, aliases.map(\.value))
    }
}
