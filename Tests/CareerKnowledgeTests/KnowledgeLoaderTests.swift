import Foundation
import Testing
@testable import CareerKnowledge

@Suite struct KnowledgeLoaderTests {
    @Test func validFixtureLoadsWithoutDiagnostics() throws {
        #expect(KnowledgeLoader.check(directory: Fixtures.valid).listing == "")
        let knowledge = try KnowledgeLoader.load(directory: Fixtures.valid)
        #expect(knowledge.sources.map(\.id) == ["career-pathways", "training-guide"])
        #expect(knowledge.roles.map(\.id) == ["data-analyst", "data-scientist"])
        #expect(knowledge.skills.map(\.id) == ["probability-statistics", "python", "sql"])
        #expect(knowledge.resources.map(\.id) == ["khan-academy"])
        #expect(knowledge.certifications.map(\.id) == ["cloud-ml-cert"])
        #expect(knowledge.trends.map(\.id) == ["edge-ai"])
        #expect(knowledge.market.count == 1 && knowledge.pathways.count == 1)
        #expect(knowledge.monthlyRoadmap.count == 1 && knowledge.practicalRoadmap.count == 1)
        #expect(knowledge.personality.map(\.id) == ["big-five"] && knowledge.experience.map(\.id) == ["portfolio"])
    }

    @Test func fingerprintIsTheFolderContentsWhereverItLies() throws {
        let original = try KnowledgeLoader.load(directory: Fixtures.valid).fingerprint
        #expect(original != 0)
        // A copy elsewhere: the same; twice: the same (parallel reading does not reorder it).
        let copy = try FixtureFolder()
        #expect(try KnowledgeLoader.load(directory: copy.path).fingerprint == original)
        #expect(try KnowledgeLoader.load(directory: Fixtures.valid).fingerprint == original)
        // One byte of an entity or of a language file changes it.
        let edits = [("skills/sql.yaml", "name: SQL", "name: SQL "),
                     ("language/stopwords.yaml", "the,", "thee,"),
                     ("language/intents.yaml", "overview: 3", "overview: 4")]
        var seen: Set<UInt64> = [original]
        for edit in edits {
            let folder = try FixtureFolder(editing: [edit])
            let changed = try KnowledgeLoader.load(directory: folder.path).fingerprint
            #expect(seen.insert(changed).inserted, "\(edit.0)")
        }
        #expect(KnowledgeBase().fingerprint == 0)
    }

    @Test func decodesEveryFieldOfARole() throws {
        let knowledge = try KnowledgeLoader.load(directory: Fixtures.valid)
        let role = try #require(knowledge.role(id: "data-analyst"))
        let file = Fixtures.valid + "/roles/data-analyst.yaml"
        #expect(role.location == SourceLocation(file: file, line: 1, column: 1))
        #expect(role.aliases == ["BI analyst"] && role.tools == ["Excel", "Tableau"])
        #expect(role.skills == RoleSkills(core: ["sql", "python"], useful: ["probability-statistics"]))
        #expect(role.education == RoleEducation(summary: "Often a numerate degree, or a bootcamp.",
                                                degrees: ["bachelor"], fields: ["statistics"], paths: ["bootcamp"]))
        #expect(role.levels == [.entry, .mid])
        #expect(role.salaries == [
            Salary(level: .entry, region: .us, currency: "USD", min: 55000, max: 75000, source: "career-pathways",
                   location: SourceLocation(file: file, line: 18, column: 5)),
            Salary(level: nil, region: .uk, currency: "GBP", median: 40000, label: "Data Analyst",
                   note: "London higher", source: "training-guide",
                   location: SourceLocation(file: file, line: 24, column: 5)),
        ])
        #expect(role.outlook.first?.figure == "23%" && role.outlook.first?.period == "2022-2032")
        #expect(role.related == ["data-scientist"] && role.industries == ["retail"])
        let scientist = try #require(knowledge.role(id: "data-scientist"))
        #expect(scientist.salaries.first?.plus == true && scientist.tools.isEmpty)
        #expect(knowledge.source(id: "training-guide")?.cites == ["LinkedIn", "IDC"])
        #expect(knowledge.source(id: "career-pathways")?.date == "2025-11-02")
    }

    @Test func loadingIsDeterministic() throws {
        let first = try KnowledgeLoader.load(directory: Fixtures.valid)
        let second = try KnowledgeLoader.load(directory: Fixtures.valid)
        #expect(first.roles == second.roles && first.skills == second.skills && first.vocabulary == second.vocabulary)
    }

    @Test func pathsAreTheDirectoryArgumentJoinedWithTheRelativePath() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": "id: data-scientist\nnam: x\n"])
        let withSlash = KnowledgeLoader.check(directory: folder.path + "/")
        #expect(withSlash.contains { $0.location.file == folder.path + "/roles/data-scientist.yaml" })
    }

    @Test func missingRequiredFilesAndFoldersAreErrors() throws {
        let folder = try FixtureFolder(["sources.yaml": nil, "roles": nil, "language/intents.yaml": nil])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("sources.yaml"), line: 0, "missing required file 'sources.yaml'")
        expectDiagnostic(diagnostics, folder.file("roles"), line: 0, "missing required folder 'roles/'")
        expectDiagnostic(diagnostics, folder.file("language/intents.yaml"), line: 0,
                         "missing required file 'language/intents.yaml'")
    }

    @Test func missingOptionalFilesAreFine() throws {
        let folder = try FixtureFolder(["market.yaml": nil, "education.yaml": nil, "personality.yaml": nil,
                                        "language/profile.yaml": nil, "language/slots.yaml": nil])
        #expect(folder.check().listing == "")
    }

    @Test func aFolderThatDoesNotExistIsOneError() {
        let diagnostics = KnowledgeLoader.check(directory: "/nonexistent/knowledge")
        #expect(diagnostics.map(\.description) == ["/nonexistent/knowledge: error: not a knowledge folder: no such directory"])
    }

    @Test func unexpectedFilesAreWarningsAndDoNotFailTheLoad() throws {
        let folder = try FixtureFolder([
            "roles/notes.txt": "scratch", "roles/ml-engineer.yml": "id: ml-engineer\n", "roles/.swap": "x",
            "markets.yaml": "facts: []\n", "README.md": "read me",
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("roles/notes.txt"), line: 0, "file ignored", severity: .warning)
        expectDiagnostic(diagnostics, folder.file("roles/ml-engineer.yml"), line: 0, "rename it to .yaml",
                         severity: .warning)
        expectDiagnostic(diagnostics, folder.file("markets.yaml"), line: 0, "did you mean 'market.yaml'?",
                         severity: .warning)
        #expect(diagnostics.count == 3, "\(diagnostics.listing)")
        let (knowledge, warnings) = try KnowledgeLoader.loadWithWarnings(directory: folder.path)
        #expect(knowledge.roles.count == 2 && warnings.count == 3)
    }

    @Test func loadThrowsEveryDiagnostic() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": "id: data-scientist\nnam: x\n"])
        let failure = try #require(throws: KnowledgeLoadError.self) {
            try KnowledgeLoader.load(directory: folder.path)
        }
        #expect(failure.diagnostics == folder.check() && failure.errors.count == 7)
    }

    /// A folder with more files of one type than the loader's batches and readers
    /// (`KnowledgeLoader.batch`, `.readers`), read ahead of their decoding: every entity
    /// in id order, and the problems of broken files reported at their file and line,
    /// the same in every run.
    @Test func aLargeFolderLoadsInBatchesAsASmallOneDoes() throws {
        let count = KnowledgeLoader.batch * (KnowledgeLoader.readers + 1) + 88
        var files: [String: String?] = [:]
        for n in 0..<count {
            let id = "course-\(n)"
            files["resources/\(id).yaml"] = """
                id: \(id)
                name: Course \(n)
                provider: Somewhere
                format: course
                cost: free
                level: beginner
                topics: [python]
                description: Lesson \(n).
                sources: [training-guide]

                """
        }
        files["resources/course-7.yaml"] = "id: course-7\nname: Course 7\nprovder: x\n"
        files["resources/course-400.yaml"] = "id: not-this-name\n"
        files["resources/course-\(KnowledgeLoader.batch * 2).yaml"] = "id: course-\(KnowledgeLoader.batch * 2)\nname: [\n"
        let folder = try FixtureFolder(files)
        let (knowledge, diagnostics) = KnowledgeLoader.read(directory: folder.path)
        expectDiagnostic(diagnostics, folder.file("resources/course-7.yaml"), line: 3, column: 1, "unknown field 'provder'")
        expectDiagnostic(diagnostics, folder.file("resources/course-400.yaml"), line: 1, column: 5, "does not match the file name")
        expectDiagnostic(diagnostics, folder.file("resources/course-\(KnowledgeLoader.batch * 2).yaml"), line: 3, column: 1, "YAML syntax error")
        #expect(KnowledgeLoader.read(directory: folder.path).diagnostics == diagnostics)
        let loaded = Set(knowledge.resources.map(\.id))
        #expect(loaded.count == knowledge.resources.count)
        #expect(knowledge.resources.map(\.id) == knowledge.resources.map(\.id).sorted())
        let batch = KnowledgeLoader.batch
        for n in [0, 1, 6, 8, 399, 401, batch - 1, batch, batch * 2 - 1, batch * 2 + 1, count - 1] {
            #expect(loaded.contains("course-\(n)"), "course-\(n)")
        }
        #expect(loaded.count == count - 3 + 1)  // less the broken three, and the shipped resource
        #expect(loaded.contains("khan-academy") && !loaded.contains("course-400") && !loaded.contains("course-7"))
    }

    /// The checked-in broken folder: one problem of each kind, all reported in one run.
    @Test func brokenFixtureReportsEveryProblemAtOnce() {
        let diagnostics = KnowledgeLoader.check(directory: Fixtures.broken)
        let file = { (name: String) in Fixtures.broken + "/" + name }
        expectDiagnostic(diagnostics, file("roles/data-analyst.yaml"), line: 8, column: 1, "unknown field 'salries'")
        expectDiagnostic(diagnostics, file("roles/data-analyst.yaml"), line: 6, column: 15, "unknown skill 'sqll'")
        expectDiagnostic(diagnostics, file("roles/data-analyst.yaml"), line: 10, column: 13, "unknown region 'france'")
        expectDiagnostic(diagnostics, file("roles/data-analyst.yaml"), line: 12, column: 10, "whole number")
        expectDiagnostic(diagnostics, file("skills/python.yaml"), line: 1, column: 5, "does not match the file name")
        expectDiagnostic(diagnostics, file("skills/sql.yaml"), line: 3, column: 11, "already a name or alias of skill")
        expectDiagnostic(diagnostics, file("skills/sql.yaml"), line: 5, column: 11, "unknown source 'nowhere'")
        expectDiagnostic(diagnostics, file("language/intents.yaml"), line: 4, column: 23, "YAML syntax error: did not find expected ',' or '}'")
        #expect(diagnostics.errors.count == 8, "\(diagnostics.listing)")
    }

    /// The shipped folder must load cleanly. (How fast is measured by the benchmarks,
    /// `make bench`, not asserted here: a timed test fails on a busy machine.)
    @Test func shippedKnowledgeFolderHasNoErrors() throws {
        let diagnostics = KnowledgeLoader.check(directory: Fixtures.knowledge)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.count) errors:\n\(diagnostics.errors.listing)")
    }
}

/// A folder of more entity files than one batch of the parallel load (2,048): the batches
/// are decoded on every core, each file into a log of its own, and every diagnostic and
/// every claim still comes out as if the files were read one after another.
@Suite struct KnowledgeLoaderBatchTests {
    @Test func manyFilesLoadInOrderWithTheirDiagnostics() throws {
        var files: [String: String?] = [:]
        func resource(_ n: Int, alias: String? = nil, topic: String = "probability-statistics") -> String {
            """
            id: r\(String(format: "%04d", n))
            name: Resource \(n)
            aliases: [\(alias ?? "alias \(n)")]
            provider: Someone
            format: course
            cost: free
            level: beginner
            topics: [\(topic)]
            url: https://example.org/\(n)
            description: A resource for the batch test.
            sources: [training-guide]

            """
        }
        for n in 0..<5_000 { files["resources/r\(String(format: "%04d", n)).yaml"] = resource(n) }
        files["resources/r0100.yaml"] = resource(100, alias: "shared alias")
        files["resources/r2500.yaml"] = resource(2500, topic: "no-such-skill")
        files["resources/r4500.yaml"] = resource(4500, alias: "shared alias")
        let folder = try FixtureFolder(files)
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("resources/r2500.yaml"), line: 8, "unknown skill 'no-such-skill'")
        expectDiagnostic(diagnostics, folder.file("resources/r4500.yaml"), line: 3,
                         "'shared alias' of resource r4500 is already a name or alias of resource r0100")
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")
        let (knowledge, _) = KnowledgeLoader.read(directory: folder.path)
        let ids = knowledge.resources.map(\.id).filter { $0.hasPrefix("r") && $0.count == 5 }
        #expect(ids == (0..<5_000).map { "r" + String(format: "%04d", $0) })
    }
}
