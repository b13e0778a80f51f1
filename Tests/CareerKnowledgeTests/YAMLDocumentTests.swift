import Foundation
import Testing
import CareerKnowledge

/// Syntax problems: reported at the position libyaml gives, and the rest of the folder
/// is still checked.
@Suite struct YAMLDocumentTests {
    /// A readable file with one error (line 3, column 11): proof the other files are read.
    static let pythonWithABadCategory = """
        id: python
        name: Python
        category: snake
        description: A language.
        sources: [career-pathways]
        """

    @Test func syntaxErrorIsReportedAtItsPositionAndOtherFilesStillChecked() throws {
        let folder = try FixtureFolder([
            "skills/sql.yaml": """
                id: sql
                name: SQL
                category: language
                  description: indented too far
                sources: [career-pathways]
                """,
            "skills/python.yaml": Self.pythonWithABadCategory,
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/sql.yaml"), line: 4, column: 14,
                         "YAML syntax error: mapping values are not allowed in this context")
        expectDiagnostic(diagnostics, folder.file("skills/python.yaml"), line: 3, column: 11,
                         "unknown skill category 'snake'")
        // The unparsable file still declares its id, so roles citing `sql` are not blamed too.
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")
    }

    @Test func unclosedFlowListIsASyntaxError() throws {
        let folder = try FixtureFolder(["market.yaml": """
            facts:
              - topic: growth
                text: Rising.
                roles: [data-analyst
                source: career-pathways
            """])
        let diagnostics = folder.check()
        let found = try #require(diagnostics.errors.first)
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
        #expect(found.location.file == folder.file("market.yaml"))
        #expect(found.location.line == 5 && found.message.hasPrefix("YAML syntax error:"))
    }

    @Test func duplicateKeyIsReported() throws {
        let folder = try FixtureFolder(["trends/edge-ai.yaml": """
            id: edge-ai
            name: Edge AI
            summary: Models on the device.
            impact: Smaller models.
            summary: Again.
            sources: [training-guide]
            """])
        expectDiagnostic(folder.check(), folder.file("trends/edge-ai.yaml"), line: 3, column: 1,
                         "duplicate key 'summary' in one mapping")
    }

    @Test func emptyFileAndWrongTopLevelShape() throws {
        let folder = try FixtureFolder(["market.yaml": "# nothing yet\n", "education.yaml": "- a\n- b\n"])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("market.yaml"), line: 1, column: 1, "the file is empty")
        expectDiagnostic(diagnostics, folder.file("education.yaml"), line: 1, column: 1,
                         "the file must be a mapping (education file), found a list")
    }

    @Test func twoDocumentsInOneFileAreAnError() throws {
        let folder = try FixtureFolder(["language/stopwords.yaml": "stopwords: [a]\n---\nstopwords: [b]\n"])
        expectDiagnostic(folder.check(), folder.file("language/stopwords.yaml"), line: 2, column: 1,
                         "but found another document")
    }

    /// Entity files are read with plain POSIX calls: bytes that are not UTF-8 are one
    /// clear error at the file, and the other files are still read.
    @Test func aFileThatIsNotUTF8IsOneErrorAtTheFile() throws {
        let folder = try FixtureFolder([
            "skills/python.yaml": Self.pythonWithABadCategory,
        ])
        let broken = folder.file("skills/sql.yaml")
        #expect(FileManager.default.createFile(atPath: broken, contents: Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A])))
        // Well-formed YAML around bytes that are not UTF-8 (a surrogate, an overlong "/"),
        // which libyaml must refuse as the validation did.
        let surrogate = folder.file("skills/go.yaml"), overlong = folder.file("skills/rust.yaml")
        #expect(FileManager.default.createFile(atPath: surrogate, contents: Data("id: go\nname: \"G".utf8) + Data([0xED, 0xA0, 0x80]) + Data("\"\n".utf8)))
        #expect(FileManager.default.createFile(atPath: overlong, contents: Data("id: rust\nname: R".utf8) + Data([0xC0, 0xAF]) + Data("\n".utf8)))
        let diagnostics = folder.check()
        for file in [broken, surrogate, overlong] {
            expectDiagnostic(diagnostics, file, line: 0, column: 0, "cannot read the file as UTF-8 text")
        }
        expectDiagnostic(diagnostics, folder.file("skills/python.yaml"), line: 3, column: 11,
                         "unknown skill category 'snake'")
    }
}
