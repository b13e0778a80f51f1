@testable import CareerKnowledge
import Testing

/// Entities in a shared box still behave as values: a changed copy leaves the others as
/// they were, equality and hashing follow the fields.
@Suite struct CopyOnWriteBoxTests {
    private func role() -> Role {
        Role(id: "data-scientist", name: "Data Scientist", summary: "s", skills: RoleSkills(core: ["python"]),
             education: RoleEducation(summary: "e"), sources: ["a"])
    }

    @Test func aChangedCopyLeavesTheOriginal() {
        let original = role()
        var copy = original
        #expect(copy.storage === original.storage, "a copy shares the box")
        copy.skills.core.append("sql")
        copy.name = "DS"
        #expect(copy.storage !== original.storage, "a change copies it first")
        #expect(original.skills.core == ["python"])
        #expect(original.name == "Data Scientist")
        #expect(copy.skills.core == ["python", "sql"])
        #expect(copy != original)
    }

    @Test func aUniqueBoxIsChangedInPlace() {
        var only = role()
        let box = ObjectIdentifier(only.storage)
        only.aliases.append("DS")
        #expect(ObjectIdentifier(only.storage) == box)
        #expect(only.aliases == ["DS"])
    }

    @Test func equalFieldsAreEqualAndHashAlike() {
        let a = role(), b = role()
        #expect(a.storage !== b.storage)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        var c = b
        c.sources = ["b"]
        #expect(a != c)
    }
}
