import Testing
import CareerKnowledge

/// Ids: spelling, file names, duplicates within a type.
@Suite struct EntityDecodingTests {
    @Test func invalidIdSyntax() throws {
        let folder = try FixtureFolder(["skills/Deep_Learning.yaml": """
            id: Deep_Learning
            name: Deep learning
            category: method
            description: Many-layered networks.
            sources: [training-guide]
            """])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/Deep_Learning.yaml"), line: 1, column: 5,
                         "invalid skill id 'Deep_Learning': ids are lower-case letters and digits joined by '-'")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test func fileNameDiffersFromIdIsReportedOnce() throws {
        let folder = try FixtureFolder(editing: [("skills/sql.yaml", "id: sql", "id: structured-query")])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/sql.yaml"), line: 1, column: 5,
                         "id 'structured-query' does not match the file name 'sql.yaml'")
        // References to `sql` (the file name) are not reported on top of it.
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test func duplicateIdWithinAType() throws {
        let folder = try FixtureFolder(["skills/structured-query.yaml": """
            id: sql
            name: Structured Query Language
            category: language
            description: Again.
            sources: [training-guide]
            """])
        let diagnostics = folder.check()
        let file = folder.file("skills/structured-query.yaml")
        expectDiagnostic(diagnostics, file, line: 1, column: 5,
                         "duplicate skill id 'sql' (first declared at \(folder.file("skills/sql.yaml")):1:5)")
        expectDiagnostic(diagnostics, file, line: 1, column: 5, "does not match the file name 'structured-query.yaml'")
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")
    }

    @Test func sameIdInTwoTypesIsAllowed() throws {
        let folder = try FixtureFolder(["trends/python.yaml": """
            id: python
            name: Python everywhere
            summary: More Python.
            impact: More Python jobs.
            sources: [training-guide]
            """])
        #expect(folder.check().listing == "")
    }

    @Test func duplicateIdsInListFiles() throws {
        let folder = try FixtureFolder(editing: [
            ("sources.yaml", "id: training-guide", "id: career-pathways"),
            ("experience.yaml", "id: portfolio", "id: big-five"),
            ("roadmap-steps.yaml", "steps:\n", "steps:\n  - {order: 1, title: T, summary: S, source: career-pathways}\n"),
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("sources.yaml"), line: 7, column: 9,
                         "duplicate source id 'career-pathways'")
        expectDiagnostic(diagnostics, folder.file("experience.yaml"), line: 2, column: 9, "duplicate advice id 'big-five'")
        expectDiagnostic(diagnostics, folder.file("roadmap-steps.yaml"), line: 3, column: 12,
                         "duplicate roadmap step order '1'")
        // References to training-guide now dangle; they are reported too.
        #expect(diagnostics.errors.contains { $0.message.contains("unknown source 'training-guide'") })
    }

    @Test func entityWithoutIdStillDeclaresItsFileName() throws {
        let folder = try FixtureFolder(editing: [("skills/python.yaml", "id: python\n", "")])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/python.yaml"), line: 1, column: 1,
                         "missing required field 'id' in skill")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test func entityFileThatIsNotAMappingIsOneError() throws {
        let folder = try FixtureFolder(["skills/python.yaml": "- id: python\n- name: Python\n"])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/python.yaml"), line: 1, column: 1,
                         "the file must be a mapping (skill), found a list")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }
}
