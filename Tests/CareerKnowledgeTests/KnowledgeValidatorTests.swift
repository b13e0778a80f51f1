import Testing
@testable import CareerKnowledge

/// Cross-file checks: every reference resolves, and names and aliases are unambiguous
/// within a type.
@Suite struct KnowledgeValidatorTests {
    @Test func danglingSkillReferenceSuggestsTheClosestId() throws {
        let folder = try FixtureFolder(editing: [("roles/data-analyst.yaml", "core: [sql, python]", "core: [sql, pyton]")])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("roles/data-analyst.yaml"), line: 8, column: 15,
                         "unknown skill 'pyton' in 'skills.core' (did you mean 'python'?)")
        #expect(diagnostics.errors.count == 1, "\(diagnostics.listing)")
    }

    @Test func everyKindOfReferenceIsChecked() throws {
        let folder = try FixtureFolder(editing: [
            ("roles/data-analyst.yaml", "useful: [probability-statistics]", "useful: [statistics]"),
            ("roles/data-analyst.yaml", "related: [data-scientist]", "related: [ml-engineer]"),
            ("resources/khan-academy.yaml", "topics: [probability-statistics]", "topics: [maths]"),
            ("certifications/cloud-ml-cert.yaml", "roles: [data-scientist]", "roles: [cloud-engineer]"),
            ("certifications/cloud-ml-cert.yaml", "skills: [python]", "skills: [cloud]"),
            ("trends/edge-ai.yaml", "roles: [data-scientist]", "roles: [edge-engineer]"),
            ("trends/edge-ai.yaml", "skills: [python]", "skills: [compression]"),
            ("roadmap-monthly.yaml", "resources: [khan-academy]", "resources: [freecodecamp]"),
            ("roadmap-monthly.yaml", "skills: [python, probability-statistics]", "skills: [python, calculus]"),
            ("roadmap-steps.yaml", "resources: [khan-academy]", "resources: [kaggle]"),
            ("market.yaml", "roles: [data-scientist]", "roles: [researcher]"),
            ("education.yaml", "roles: [data-analyst]", "roles: [analyst]"),
            ("personality.yaml", "sources: [career-pathways]", "sources: [big-five-study]"),
            ("skills/sql.yaml", "sources: [career-pathways]", "sources: [sql-book]"),
        ])
        let diagnostics = folder.check()
        let expected: [(String, Int, Int, String)] = [
            ("roles/data-analyst.yaml", 9, 12, "unknown skill 'statistics' in 'skills.useful'"),
            ("roles/data-analyst.yaml", 37, 11, "unknown role 'ml-engineer' in 'related'"),
            ("resources/khan-academy.yaml", 8, 10, "unknown skill 'maths' in 'topics'"),
            ("certifications/cloud-ml-cert.yaml", 6, 9, "unknown role 'cloud-engineer' in 'roles'"),
            ("certifications/cloud-ml-cert.yaml", 7, 10, "unknown skill 'cloud' in 'skills'"),
            ("trends/edge-ai.yaml", 6, 9, "unknown role 'edge-engineer' in 'roles'"),
            ("trends/edge-ai.yaml", 7, 10, "unknown skill 'compression' in 'skills'"),
            ("roadmap-monthly.yaml", 5, 17, "unknown resource 'freecodecamp' in 'stages.resources'"),
            ("roadmap-monthly.yaml", 6, 22, "unknown skill 'calculus' in 'stages.skills'"),
            ("roadmap-steps.yaml", 6, 17, "unknown resource 'kaggle' in 'steps.resources'"),
            ("market.yaml", 6, 13, "unknown role 'researcher' in 'facts.roles'"),
            ("education.yaml", 8, 13, "unknown role 'analyst' in 'pathways.roles'"),
            ("personality.yaml", 6, 15, "unknown source 'big-five-study' in 'advice.sources'"),
            ("skills/sql.yaml", 5, 11, "unknown source 'sql-book' in 'sources' (sources are declared in sources.yaml)"),
        ]
        for (file, line, column, message) in expected {
            expectDiagnostic(diagnostics, folder.file(file), line: line, column: column, message)
        }
        #expect(diagnostics.errors.count == expected.count, "\(diagnostics.listing)")
    }

    @Test func aliasClaimedTwiceInOneTypeComparedTrimmedAndCaseInsensitively() throws {
        let folder = try FixtureFolder(editing: [
            ("skills/sql.yaml", "name: SQL\n", "name: SQL\naliases: [\" PY \", Structured Query Language]\n"),
            ("roles/data-scientist.yaml", "aliases: [DS]", "aliases: [bi analyst]"),
        ])
        let diagnostics = folder.check()
        expectDiagnostic(diagnostics, folder.file("skills/sql.yaml"), line: 3, column: 11,
                         "' PY ' of skill sql is already a name or alias of skill python (at \(folder.file("skills/python.yaml")):3:11)")
        expectDiagnostic(diagnostics, folder.file("roles/data-scientist.yaml"), line: 3, column: 11,
                         "'bi analyst' of role data-scientist is already a name or alias of role data-analyst")
        #expect(diagnostics.errors.count == 2, "\(diagnostics.listing)")
    }

    /// The clash key: trimmed and lower-cased, byte by byte for ASCII, by Unicode for the
    /// rest, so both kinds of names meet their other spellings.
    @Test func claimKeysAreTrimmedAndLowerCased() {
        #expect(KnowledgeValidator.claimKey("  MLOps Engineer\t") == "mlops engineer")
        #expect(KnowledgeValidator.claimKey("k8s") == "k8s")
        #expect(KnowledgeValidator.claimKey("[A-Z@]") == "[a-z@]")
        #expect(KnowledgeValidator.claimKey(" ÄRZTE Ölçü ") == "ärzte ölçü")
        #expect(KnowledgeValidator.claimKey("") == "")
        // The hash is the hash of the key, by bytes or through the key.
        for (a, b) in [("  MLOps Engineer\t", "mlops engineer"), (" ÄRZTE Ölçü ", "ärzte ölçü"), ("K8S", " k8s")] {
            #expect(KnowledgeValidator.claimHash(a) == KnowledgeValidator.claimHash(b), "\(a)")
        }
        #expect(KnowledgeValidator.claimHash("ml") != KnowledgeValidator.claimHash("ai"))
    }

    /// Keys are told apart by their text when their hashes are equal: with every hash
    /// the same, the check finds exactly the clashes it finds with the real one.
    @Test(arguments: [false, true])
    func clashesAreFoundWhateverTheHashes(collide: Bool) {
        let log = LoadLog()
        let claims: [(String, EntityType, String)] = [
            ("Data Science", .role, "a"), ("Other", .role, "c"), ("data science ", .role, "b"),
            ("Data Science", .skill, "d"), ("OTHER", .role, "c"), ("other", .role, "e"), ("Third", .role, "f"),
        ]
        for (n, (text, type, owner)) in claims.enumerated() {
            log.claim(text, type: type, owner: owner, at: SourceLocation(file: "f.yaml", line: n + 1, column: 1))
        }
        if collide {
            KnowledgeValidator.checkAliases(log, hash: { _ in 42 })
        } else {
            KnowledgeValidator.checkAliases(log)
        }
        let found = log.sortedDiagnostics.map { "\($0.location.line): \($0.message)" }
        #expect(found == [
            "3: 'data science ' of role b is already a name or alias of role a (at f.yaml:1:1); a name or alias may belong to one role only",
            "6: 'other' of role e is already a name or alias of role c (at f.yaml:2:1); a name or alias may belong to one role only",
        ])
    }

    @Test func aNameCountsAsAClaim() throws {
        let folder = try FixtureFolder(editing: [("skills/sql.yaml", "name: SQL", "name: python")])
        expectDiagnostic(folder.check(), folder.file("skills/sql.yaml"), line: 2, column: 7,
                         "'python' of skill sql is already a name or alias of skill python")
    }

    @Test func sameAliasOnTwoTypesAndOwnNameRepeatedAreAllowed() throws {
        let folder = try FixtureFolder(editing: [
            ("roles/data-analyst.yaml", "aliases: [BI analyst]", "aliases: [BI analyst, SQL, python, data analyst]"),
        ])
        #expect(folder.check().listing == "")
    }
}
