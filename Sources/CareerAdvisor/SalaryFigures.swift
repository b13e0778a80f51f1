import CareerKnowledge

/// A salary figure an answer shows, with the role it belongs to: the data behind the
/// figures in a `role.salary` or `role.compare` answer's text, for clients that draw them.
public struct RoleSalary: Sendable, Hashable {
    public var role: EntityRef
    public var salary: Salary

    public init(role: EntityRef, salary: Salary) {
        self.role = role
        self.salary = salary
    }
}

/// Which salary figures an answer shows. It makes the same choice as the composers
/// (`Composer.salary`: every figure, narrowed to the level and region asked for when
/// the sources have figures for them; `Composer.compare`: up to four figures of the
/// region asked for, US by default, else the first three), so that the data matches the
/// text; AdvisorTests checks that every figure chosen here is written in the answer.
/// Pure and thread-safe.
enum SalaryFigures {
    static func shown(for r: Request) -> [RoleSalary] {
        switch r.intent {
        case "role.salary":
            return r.roles.flatMap { role in salary(role, level: r.level, region: r.region).map { wrap(role, $0) } }
        case "role.compare" where r.roles.count >= 2:
            return r.roles.prefix(3).flatMap { role in compare(role, region: r.region).map { wrap(role, $0) } }
        default:
            return []
        }
    }

    static func salary(_ role: Role, level: Level?, region: Region?) -> [Salary] {
        var chosen = role.salaries
        if let level {
            let hit = chosen.filter { $0.level == level }
            if !hit.isEmpty { chosen = hit }
        }
        if let region {
            let hit = chosen.filter { $0.region == region }
            if !hit.isEmpty { chosen = hit }
        }
        return chosen
    }

    static func compare(_ role: Role, region: Region?) -> [Salary] {
        let figures = role.salaries.filter { region == nil ? $0.region == .us : $0.region == region }
        return figures.isEmpty ? Array(role.salaries.prefix(3)) : Array(figures.prefix(4))
    }

    private static func wrap(_ role: Role, _ s: Salary) -> RoleSalary {
        RoleSalary(role: EntityRef(type: .role, id: role.id, name: role.name), salary: s)
    }
}
