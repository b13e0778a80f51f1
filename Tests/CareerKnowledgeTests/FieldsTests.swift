import Testing
import CareerKnowledge

/// Field-level problems: unknown, missing, wrongly typed, outside a closed set.
@Suite struct FieldsTests {
    @Test func unknownFieldIsReportedWithASuggestionAlongsideOtherProblems() throws {
        let folder = try FixtureFolder([
            "roles/data-scientist.yaml": """
                id: data-scientist
                name: Data Scientist
                summary: Builds models.
                duties: [Models things.]
                skills:
                  core: [python]
                education:
                  summary: A master's degree.
                salries:
                  - region: us
                sources: [career-pathways]
                """,
            "skills/sql.yaml": """
                id: sql
                name: SQL
                categroy: language
                description: Databases.
                sources: [career-pathways]
                """,
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("roles/data-scientist.yaml"), line: 9, column: 1,
                         "unknown field 'salries' in role (did you mean 'salaries'?)")
        expectDiagnostic(diagnostics, folder.file("skills/sql.yaml"), line: 3, column: 1,
                         "unknown field 'categroy' in skill (did you mean 'category'?)")
        expectDiagnostic(diagnostics, folder.file("skills/sql.yaml"), line: 1, column: 1,
                         "missing required field 'category' in skill")
        #expect(diagnostics.errors.count == 3, "\(diagnostics.listing)")
    }

    @Test func missingRequiredFieldSkipsTheEntityButKeepsItsId() throws {
        let folder = try FixtureFolder(["skills/sql.yaml": """
            id: sql
            name: SQL
            category: language
            sources: [career-pathways]
            """])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/sql.yaml"), line: 1, column: 1,
                         "missing required field 'description' in skill")
        // Roles citing `sql` are not blamed for the broken file.
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test func wrongTypesAreReportedAtTheValue() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": """
            id: data-scientist
            name: Data Scientist
            aliases: DS
            summary: [Builds, models]
            duties: [Models things.]
            skills: {core: python}
            education: {summary: A degree.}
            salaries:
              - region: us
                currency: USD
                min: 55k
                max: 90000.5
                plus: maybe
                source: training-guide
            sources: [career-pathways]
            """])
        let diagnostics = folder.check()
        let file = folder.file("roles/data-scientist.yaml")
        expectDiagnostic(diagnostics, file, line: 3, column: 10, "'aliases' must be a list, found 'DS'")
        expectDiagnostic(diagnostics, file, line: 4, column: 10, "'summary' must be text, found a list")
        expectDiagnostic(diagnostics, file, line: 6, column: 16, "'skills.core' must be a list, found 'python'")
        expectDiagnostic(diagnostics, file, line: 11, column: 10, "'salaries.min' must be a whole number (like 55000), found '55k'")
        expectDiagnostic(diagnostics, file, line: 12, column: 10, "'salaries.max' must be a whole number (like 55000), found '90000.5'")
        expectDiagnostic(diagnostics, file, line: 13, column: 11, "'salaries.plus' must be true or false, found 'maybe'")
        #expect(diagnostics.errors.count == 6, "\(diagnostics.listing)")
    }

    @Test func badEnumValueListsTheAllowedValues() throws {
        let folder = try FixtureFolder(["resources/khan-academy.yaml": """
            id: khan-academy
            name: Khan Academy
            provider: Khan Academy
            format: podcast
            cost: cheap
            level: beginner
            topics: [probability-statistics]
            description: Free maths.
            sources: [training-guide]
            """, "roles/data-scientist.yaml": """
            id: data-scientist
            name: Data Scientist
            summary: Builds models.
            duties: []
            skills: {core: [python]}
            education: {summary: A degree., degrees: [doctorate]}
            levels: [junior]
            salaries:
              - {region: france, currency: EUR, min: 50000, source: training-guide}
            sources: [career-pathways]
            """])
        let diagnostics = folder.check()
        let resource = folder.file("resources/khan-academy.yaml"), role = folder.file("roles/data-scientist.yaml")
        expectDiagnostic(diagnostics, resource, line: 4, column: 9,
                         "unknown resource format 'podcast' in 'format'; expected one of: course, lectures, tutorials, videos, practice, book, certificate")
        expectDiagnostic(diagnostics, resource, line: 5, column: 7, "unknown cost 'cheap' in 'cost'; expected one of: free, paid, free-to-audit")
        expectDiagnostic(diagnostics, role, line: 6, column: 43, "unknown degree 'doctorate'")
        expectDiagnostic(diagnostics, role, line: 7, column: 10, "unknown level 'junior' in 'levels'; expected one of: entry, mid, senior, executive")
        expectDiagnostic(diagnostics, role, line: 9, column: 14,
                         "unknown region 'france' in 'salaries.region'; expected one of: us, uk, remote")
        expectDiagnostic(diagnostics, role, line: 9, column: 32, "unknown currency 'EUR'")
        #expect(diagnostics.errors.count == 6, "\(diagnostics.listing)")
    }

    @Test func emptyRequiredTextIsMissing() throws {
        let folder = try FixtureFolder(["skills/sql.yaml": """
            id: sql
            name: ""
            category: language
            description:
            sources: []
            """])
        let diagnostics = folder.check()
        let file = folder.file("skills/sql.yaml")
        expectDiagnostic(diagnostics, file, line: 2, column: 7, "'name' is empty")
        expectDiagnostic(diagnostics, file, line: 4, column: 1, "missing required field 'description' in skill")
        expectDiagnostic(diagnostics, file, line: 5, column: 10, "'sources' needs at least one source id")
    }
}
