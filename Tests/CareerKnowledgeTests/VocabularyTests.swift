import Testing
import CareerKnowledge

/// The language folder: intents, slots, stopwords, smalltalk, responses, profile.
@Suite struct VocabularyTests {
    @Test func decodesTheLanguageFolder() throws {
        let vocabulary = try KnowledgeLoader.load(directory: Fixtures.valid).vocabulary
        #expect(vocabulary.intents.map(\.name) == ["role.overview", "role.compare", "smalltalk"])
        #expect(vocabulary.intents[0] == IntentDefinition(
            name: "role.overview", summary: "what a role is and does", keywords: ["describe": 3, "overview": 3],
            phrases: ["tell me about": 2], entityBonus: [.role: 2], requires: [.role], requiresCount: 1,
            missingPenalty: 0.3, defaultFor: [.role], suggestions: ["How much does a {name} earn?"]))
        #expect(vocabulary.intents[1].requiresCount == 2 && vocabulary.intents[1].missingPenalty == 0.3)
        #expect(vocabulary.slots.levels == [.entry: ["junior", "entry level"], .senior: ["senior"]])
        #expect(vocabulary.slots.regions[.uk] == ["uk", "london"] && vocabulary.slots.costs == [.free: ["free"]])
        #expect(vocabulary.stopwords == ["a", "an", "the", "of"])
        #expect(vocabulary.smalltalk == ["greeting": ["hello", "hi"], "thanks": ["thanks", "thank you"], "goodbye": ["bye"]])
        #expect(vocabulary.responses.texts["fallback"] == "That is outside what I know.")
        #expect(vocabulary.responses.examples == ["How much does a data analyst make?"])
        #expect(vocabulary.profile == ProfileVocabulary(known: ["i know"], interests: ["i like"], domain: ["ai", "data"]))
    }

    @Test func everyIntentProblemIsReported() throws {
        let folder = try FixtureFolder(["language/intents.yaml": """
            intents:
              - name: role.overview
                summary: what a role is
                keywords: {describe: 3, "tell me": 2}
                entity_bonus: {roles: 2}
                requires: [role, job]
                default_for: [role]
              - name: role.overview
                summary: again
                keywords: {overview: x}
                requires_count: 0
                missing_penalty: 1.5
                open_domain: maybe
              - name: Role Salary
                summary: pay
                keywords: {salary: 3}
                requires_count: 2
            """])
        let diagnostics = folder.check()
        let file = folder.file("language/intents.yaml")
        let expected: [(Int, Int, String)] = [
            (4, 15, "keyword 'tell me' has several words; put it under 'intents.phrases'"),
            (5, 20, "unknown entity type 'roles' in 'intents.entity_bonus'; expected one of: role, skill, resource, certification, trend"),
            (6, 22, "unknown entity type 'job' in 'intents.requires'"),
            (8, 11, "duplicate intent name 'role.overview'"),
            (10, 26, "'intents.keywords.overview' must be a number, found 'x'"),
            (11, 21, "'intents.requires_count' must be at least 1, found 0"),
            (12, 22, "'intents.missing_penalty' must be between 0 and 1, found 1.5"),
            (13, 18, "'intents.open_domain' must be true or false, found 'maybe'"),
            (14, 11, "invalid intent name 'Role Salary'"),
            (17, 21, "'intents.requires_count' needs a 'intents.requires' list"),
        ]
        for (line, column, message) in expected {
            expectDiagnostic(diagnostics, file, line: line, column: column, message)
        }
        #expect(diagnostics.errors.count == expected.count, "\(diagnostics.listing)")
    }

    @Test func slotNamesAreLevelsRegionsAndCosts() throws {
        let folder = try FixtureFolder(["language/slots.yaml": """
            levels:
              junior: [junior]
            regions:
              france: [paris]
            costs:
              gratis: [free]
            tiers: {}
            """])
        let diagnostics = folder.check()
        let file = folder.file("language/slots.yaml")
        expectDiagnostic(diagnostics, file, line: 2, column: 3, "unknown level 'junior' in 'levels'; expected one of: entry, mid, senior, executive")
        expectDiagnostic(diagnostics, file, line: 4, column: 3, "unknown region 'france' in 'regions'")
        expectDiagnostic(diagnostics, file, line: 6, column: 3, "unknown cost 'gratis' in 'costs'")
        expectDiagnostic(diagnostics, file, line: 7, column: 1, "unknown field 'tiers' in slots file")
        #expect(diagnostics.errors.count == 4, "\(diagnostics.listing)")
    }

    @Test func smalltalkKindsNeedAResponseText() throws {
        let folder = try FixtureFolder([
            "language/smalltalk.yaml": "greeting: [hello]\ncompliment: [nice bot]\n",
            "language/responses.yaml": "texts:\n  greeting: Hi.\n",
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("language/smalltalk.yaml"), line: 2, column: 13,
                         "smalltalk kind 'compliment' has no text in language/responses.yaml (texts.compliment)")
        expectDiagnostic(diagnostics, folder.file("language/responses.yaml"), line: 2, column: 3,
                         "no 'help' text in 'texts'", severity: .warning)
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test func listsMustBeLists() throws {
        let folder = try FixtureFolder([
            "language/stopwords.yaml": "stopwords: a, an, the\n",
            "language/profile.yaml": "known: [i know]\ninterest: [i like]\n",
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("language/stopwords.yaml"), line: 1, column: 12,
                         "'stopwords' must be a list, found 'a, an, the'")
        expectDiagnostic(diagnostics, folder.file("language/profile.yaml"), line: 2, column: 1,
                         "unknown field 'interest' in profile file (did you mean 'interests'?)")
    }

    @Test func oneDefaultIntentPerEntityTypeAndCount() throws {
        let folder = try FixtureFolder(["language/intents.yaml": """
            intents:
              - {name: role.overview, summary: a, keywords: {about: 1}, default_for: [role, skill]}
              - {name: role.compare, summary: b, keywords: {vs: 1}, requires: [role], requires_count: 2, default_for: [role]}
              - {name: skill.overview, summary: c, keywords: {skill: 1}, default_for: [skill]}
              - {name: role.salary, summary: d, keywords: {pay: 1}, slot_bonus: {level: 1.5, seniority: 2}}
            """])
        let diagnostics = folder.check()
        let file = folder.file("language/intents.yaml")
        expectDiagnostic(diagnostics, file, line: 4, column: 76,
                         "duplicate default_for entity type 'skill' (first declared at \(file):2:81)")
        expectDiagnostic(diagnostics, file, line: 5, column: 69, "'intents.slot_bonus' has 'seniority'; slots are level and region")
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")
    }

    @Test func synonymsAndIntentExtras() throws {
        let broken = try FixtureFolder(["language/synonyms.yaml": "synonyms:\n  ml: machine learning\n  k8s: [kubernetes]\n"])
        let diagnostics = broken.check()
        expectDiagnostic(diagnostics, broken.file("language/synonyms.yaml"), line: 3, column: 8,
                         "'synonyms.k8s' must be text, found a list")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")

        let clean = try FixtureFolder([
            "language/synonyms.yaml": "synonyms: {ml: machine learning}\n",
            "language/intents.yaml": """
                intents:
                  - {name: help, summary: a, keywords: {help: 3}, open_domain: true, slot_bonus: {region: 2}}
                """,
        ])
        let vocabulary = try KnowledgeLoader.load(directory: clean.path).vocabulary
        #expect(vocabulary.synonyms == ["ml": "machine learning"])
        let help = try #require(vocabulary.intents.first)
        #expect(help.openDomain && help.slotBonus == ["region": 2])
    }
}
