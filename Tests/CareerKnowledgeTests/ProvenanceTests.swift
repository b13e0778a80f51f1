import Testing
import CareerKnowledge

/// Provenance in the schema: background notes, ceilings and pay bases, salaries without
/// a region, field-wide facts and projections, role fit and the profile terms it names.
@Suite struct ProvenanceTests {
    static let role = """
        id: data-scientist
        name: Data Scientist
        summary: Builds models.
        duties: []
        education: {summary: A degree.}

        """

    @Test func aBackgroundNoteLetsAnEntityCiteNoSourceAndListNoCoreSkills() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": Self.role + """
            skills: {core: []}
            sources: []
            background: Our own words about the role.
            """])
        let diagnostics = folder.check()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.listing)")
        let kb = try KnowledgeLoader.load(directory: folder.path)
        let role = try #require(kb.roles.first { $0.id == "data-scientist" })
        #expect(role.background == "Our own words about the role.")
        #expect(role.sources.isEmpty)
    }

    @Test func withoutABackgroundNoteEmptySourcesAndCoreSkillsAreErrors() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": Self.role + """
            skills: {core: []}
            sources: []
            """])
        let diagnostics = folder.check()
        let file = folder.file("roles/data-scientist.yaml")
        expectDiagnostic(diagnostics, file, line: 6, "'skills.core' is empty")
        expectDiagnostic(diagnostics, file, line: 7, "'sources' needs at least one source id")
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")
    }

    @Test func aCeilingIsKeptApartFromBandsWithItsBasisAndNoRegion() throws {
        let folder = try FixtureFolder(["roles/data-scientist.yaml": Self.role + """
            skills: {core: [python]}
            salaries:
              - level: senior
                kind: ceiling
                basis: total-compensation
                currency: USD
                min: 500000
                max: 800000
                source: career-pathways
              - kind: typical
                basis: bonus
                currency: USD
                min: 1
                source: career-pathways
            sources: [career-pathways]
            """])
        let diagnostics = folder.check()
        let file = folder.file("roles/data-scientist.yaml")
        expectDiagnostic(diagnostics, file, line: 15, "unknown salary kind 'typical'")
        expectDiagnostic(diagnostics, file, line: 16, "unknown pay basis 'bonus'")
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")

        let good = try FixtureFolder(["roles/data-scientist.yaml": Self.role + """
            skills: {core: [python]}
            salaries:
              - level: senior
                kind: ceiling
                basis: total-compensation
                currency: USD
                min: 500000
                max: 800000
                source: career-pathways
            sources: [career-pathways]
            """])
        let s = try #require(try KnowledgeLoader.load(directory: good.path).roles.first { $0.id == "data-scientist" }?.salaries.first)
        #expect(s.kind == .ceiling && s.basis == .totalCompensation && s.region == nil && s.level == .senior)
    }

    @Test func factsKnowTheirScopeAndProjections() throws {
        let folder = try FixtureFolder(["market.yaml": """
            facts:
              - topic: growth
                text: The field grows.
                figure: "40%"
                projection: true
                scope: field
                source: career-pathways
              - topic: growth
                text: Analysts grow.
                roles: [data-analyst]
                source: career-pathways
              - topic: growth
                text: Both at once.
                scope: field
                roles: [data-analyst]
                source: career-pathways
            """])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("market.yaml"), line: 14, "a fact with 'scope: field' is about the whole field")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
        let fixed = try FixtureFolder(["market.yaml": """
            facts:
              - topic: growth
                text: The field grows.
                figure: "40%"
                projection: true
                source: career-pathways
              - topic: growth
                text: Analysts grow.
                roles: [data-analyst]
                source: career-pathways
            """])
        let facts = try KnowledgeLoader.load(directory: fixed.path).market
        #expect(facts.map(\.scope) == [.field, .role])
        #expect(facts.map(\.projection) == [true, false])
    }

    @Test func roleFitNamesProfileTermsThatExist() throws {
        let folder = try FixtureFolder([
            "language/profile.yaml": """
                known: [i know]
                interests: [i like]
                domain: [ai, data]
                backgrounds:
                  - id: statistics
                    name: statistics
                    words: [statistician]
                    skills: [probability-statistics]
                constraints:
                  - id: no-phd
                    name: no PhD
                    words: [no phd]
                topics:
                  - id: maths
                    name: maths
                    words: [maths]
                    traits: [investigative, curious]
                """,
            "roles/data-scientist.yaml": Self.role + """
                skills: {core: [python]}
                fit:
                  backgrounds: [statistics, statistcs]
                  traits: [investigative]
                  conflicts: [no-phd, not-technical]
                  next: [data-analyst]
                sources: [career-pathways]
                """,
        ])
        let diagnostics = folder.check()
        let role = folder.file("roles/data-scientist.yaml")
        expectDiagnostic(diagnostics, folder.file("language/profile.yaml"), line: 17, "unknown trait 'curious'")
        expectDiagnostic(diagnostics, role, line: 8, "unknown background 'statistcs' in 'fit.backgrounds' (did you mean 'statistics'?)")
        expectDiagnostic(diagnostics, role, line: 10, "unknown constraint 'not-technical' in 'fit.conflicts'")
        #expect(diagnostics.errors.count == 3, "\(diagnostics.listing)")
    }

    @Test func topicsNoSourceStatesNeedABackgroundNote() throws {
        let resource = """
            id: khan-academy
            name: Khan Academy
            provider: Khan Academy
            format: course
            cost: free
            level: beginner
            topics: [probability-statistics]
            background_topics: [sql]
            description: Free maths.
            sources: [career-pathways]

            """
        let bare = try FixtureFolder(["resources/khan-academy.yaml": resource])
        expectDiagnostic(bare.check(), bare.file("resources/khan-academy.yaml"), line: 8,
                         "'background_topics' are the advisor's knowledge: say so in 'background'")
        let noted = try FixtureFolder(["resources/khan-academy.yaml": resource + "background: It also teaches SQL.\n"])
        #expect(noted.check().errors.isEmpty, "\(noted.check().listing)")
        let r = try #require(try KnowledgeLoader.load(directory: noted.path).resources.first { $0.id == "khan-academy" })
        #expect(r.topics == ["probability-statistics"] && r.backgroundTopics == ["sql"])
    }

    @Test func theShippedKnowledgeKeepsItsProvenanceRules() throws {
        let kb = try KnowledgeLoader.load(directory: Fixtures.knowledge)
        let mle = try #require(kb.roles.first { $0.id == "machine-learning-engineer" })
        // The FAANG figure is a ceiling of total compensation with no region, never a band.
        let faang = try #require(mle.salaries.first { $0.max == 800_000 })
        #expect(faang.kind == .ceiling && faang.basis == .totalCompensation && faang.region == nil)
        #expect(!mle.salaries.contains { $0.kind == .band && $0.max == 800_000 })
        // Field-wide figures are tagged to the field, not to one role.
        let forty = try #require(kb.market.first { $0.figure == "40%" })
        #expect(forty.scope == .field && forty.roles.isEmpty && forty.projection)
        #expect(!mle.outlook.contains { $0.figure == "40%" || $0.figure == "one million" })
        // Qualifiers are part of the figure.
        #expect(kb.market.contains { $0.figure == "more than $1.8 trillion" })
        #expect(kb.market.contains { $0.figure == "more than $300 billion a year" })
        #expect(kb.market.contains { $0.figure == "over 65%" })
        // "experienced" fills the level the training guide's figure is stored at.
        let experienced = try #require(mle.salaries.first { $0.min == 150_000 && $0.source == "training-guide" })
        let senior = kb.vocabulary.slots.levels[try #require(experienced.level)] ?? []
        #expect(senior.contains("experienced"))
        // Every entity cites a source or carries a background note.
        let entities: [any Entity] = kb.roles + kb.skills + kb.resources + kb.certifications + kb.trends
        for e in entities { #expect(!e.sources.isEmpty || e.background != nil, "\(e.id)") }
        // The roles the sources name as new are there, and the catalog's ids still are.
        for id in ["fine-tuning-specialist", "ai-content-manager", "head-of-ai", "automl-engineer"] {
            #expect(kb.roles.contains { $0.id == id })
        }
    }
}
