import CareerKnowledge

/// A salary band an answer shows, with the role it belongs to: the data behind the
/// figures in a `role.salary` or `role.compare` answer's text, for clients that draw
/// them. Recorded by the composers as they write each figure (`AnswerBuilder.show`), so
/// the data is exactly what the text says.
public struct RoleSalary: Sendable, Hashable {
    public var role: EntityRef
    public var salary: Salary

    public init(role: EntityRef, salary: Salary) {
        self.role = role
        self.salary = salary
    }
}
