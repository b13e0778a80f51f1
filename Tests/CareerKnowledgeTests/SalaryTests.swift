import Testing
import CareerKnowledge

/// Figures: salaries need a figure and a source, bands are ordered, sources exist.
@Suite struct SalaryTests {
    @Test func everySalaryProblemIsReportedInOneRun() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": """
            id: data-scientist
            name: Data Scientist
            summary: Builds models.
            duties: [Models things.]
            skills: {core: [python]}
            education: {summary: A degree.}
            salaries:
              - region: us
                currency: USD
                min: 100000
              - region: us
                currency: USD
                label: no figure here
                source: training-guide
              - region: uk
                currency: GBP
                min: 90000
                max: 60000
                source: training-guide
              - region: remote
                currency: USD
                median: 120000
                source: carrer-pathways
              - region: us
                currency: USD
                average: 0
                source: training-guide
            sources: [career-pathways]
            """])
        let diagnostics = folder.check()
        let file = folder.file("roles/data-scientist.yaml")
        expectDiagnostic(diagnostics, file, line: 8, column: 5, "missing required field 'source' in salary")
        expectDiagnostic(diagnostics, file, line: 11, column: 5,
                         "salary has no figure: give at least one of min, max, median, average")
        expectDiagnostic(diagnostics, file, line: 17, column: 10, "salary min 90000 is greater than max 60000")
        expectDiagnostic(diagnostics, file, line: 23, column: 13,
                         "unknown source 'carrer-pathways' in 'salaries.source' (did you mean 'career-pathways'?)")
        expectDiagnostic(diagnostics, file, line: 26, column: 14, "salary 'average' must be positive, found 0")
        #expect(diagnostics.errors.count == 5, "\(diagnostics.listing)")
    }

    @Test func factsNeedATopicFromTheListAndASource() throws {
        let folder = try FixtureFolder(["market.yaml": """
            facts:
              - topic: hype
                text: Everyone talks about it.
                source: career-pathways
              - topic: growth
                text: Growing.
                roles: [data-analyst, data-engineer]
            """])
        let diagnostics = folder.check()
        let file = folder.file("market.yaml")
        expectDiagnostic(diagnostics, file, line: 2, column: 12, "unknown fact topic 'hype' in 'facts.topic'; expected one of: growth")
        expectDiagnostic(diagnostics, file, line: 5, column: 5, "missing required field 'source' in fact")
        expectDiagnostic(diagnostics, file, line: 7, column: 27, "unknown role 'data-engineer' in 'facts.roles'")
        #expect(diagnostics.errors.count == 3, "\(diagnostics.listing)")
    }

    @Test func sourceDatesAreISOOrUndated() throws {
        let folder = try FixtureFolder(editing: [("sources.yaml", "date: 2025-11-02", "date: November 2025")])
        expectDiagnostic(folder.check(), folder.file("sources.yaml"), line: 6, column: 11,
                         "date 'November 2025' must be an ISO date")
    }
}
