import Testing
import CareerKnowledge

@Suite struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let location = SourceLocation(file: "Knowledge/roles/data-analyst.yaml", line: 12, column: 5)
        let error = Diagnostic(.error, "unknown field 'salries' in role", at: location)
        #expect(error.description == "Knowledge/roles/data-analyst.yaml:12:5: error: unknown field 'salries' in role")
        let warning = Diagnostic(.warning, "file ignored", at: location)
        #expect(warning.description == "Knowledge/roles/data-analyst.yaml:12:5: warning: file ignored")
        #expect(error.isError && !warning.isError)
    }

    @Test func wholeFileProblemsHaveNoPosition() {
        let missing = Diagnostic(.error, "missing required file 'sources.yaml'",
                                 at: SourceLocation(file: "K/sources.yaml", line: 0, column: 0))
        #expect(missing.description == "K/sources.yaml: error: missing required file 'sources.yaml'")
    }

    @Test func loadErrorListsEveryDiagnosticAndCountsErrors() {
        let at = SourceLocation(file: "f.yaml", line: 1, column: 1)
        let failure = KnowledgeLoadError(diagnostics: [
            Diagnostic(.error, "one", at: at), Diagnostic(.warning, "two", at: at), Diagnostic(.error, "three", at: at),
        ])
        #expect(failure.errors.count == 2)
        #expect(failure.description == """
            f.yaml:1:1: error: one
            f.yaml:1:1: warning: two
            f.yaml:1:1: error: three
            2 errors in the knowledge folder
            """)
    }
}
