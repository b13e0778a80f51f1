/// Derived lookups over a loaded knowledge base. Linear scans: cheap at the folder's
/// size (hundreds of entities); callers needing many lookups per request should index
/// once. Pure functions of the value, safe from any thread.
extension KnowledgeBase {
    /// Roles listing the skill: roles with it as a core skill first, then roles with
    /// it as a useful one; each group sorted by id.
    public func rolesUsing(skill id: String) -> [Role] {
        roles.filter { $0.skills.core.contains(id) } + roles.filter {
            !$0.skills.core.contains(id) && $0.skills.useful.contains(id)
        }
    }

    public func role(id: String) -> Role? { roles.first { $0.id == id } }
    public func skill(id: String) -> Skill? { skills.first { $0.id == id } }
    public func resource(id: String) -> Resource? { resources.first { $0.id == id } }
    public func certification(id: String) -> Certification? { certifications.first { $0.id == id } }
    public func trend(id: String) -> Trend? { trends.first { $0.id == id } }
    public func source(id: String) -> Source? { sources.first { $0.id == id } }

    /// Resources that teach the skill (list it in `topics`), sorted by id.
    public func resources(teaching skill: String) -> [Resource] {
        resources.filter { $0.topics.contains(skill) }
    }
}
