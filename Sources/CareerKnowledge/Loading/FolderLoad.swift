/// One load of one folder: its top files, its entity folders (FolderLoad+Entities.swift)
/// and its language folder, every problem into `log`. Not thread-safe; used once.
struct FolderLoad {
    let folder: KnowledgeFolder
    let log = LoadLog()
    /// The entity folders' readers, each used by one batch at a time, shared by the
    /// folders (read one after another).
    let readers = (0..<KnowledgeLoader.readers).map { _ in
        FileBatchReader(threads: KnowledgeLoader.fileReaders / KnowledgeLoader.readers, useRing: KnowledgeLoader.readsThroughRing)
    }

    func load() -> KnowledgeBase {
        guard folder.kind("") == true else {
            log.report(.error, "not a knowledge folder: no such directory", at: folder.location(""))
            return KnowledgeBase()
        }
        folder.warnUnknownFiles(in: "", known: KnowledgeFolder.topFiles, log: log)
        let sources: SourcesFile? = file("sources.yaml", required: true)
        var knowledge = KnowledgeBase(
            sources: (sources?.sources ?? []).sorted { $0.id < $1.id },
            roles: entities(required: true), skills: entities(), resources: entities(),
            certifications: entities(), trends: entities(),
            market: (file("market.yaml") as MarketFile?)?.facts ?? [],
            pathways: (file("education.yaml") as EducationFile?)?.pathways ?? [],
            monthlyRoadmap: (file("roadmap-monthly.yaml") as MonthlyRoadmapFile?)?.stages ?? [],
            practicalRoadmap: (file("roadmap-steps.yaml") as StepsRoadmapFile?)?.steps ?? [],
            personality: (file("personality.yaml") as AdviceFile?)?.advice ?? [],
            experience: (file("experience.yaml") as AdviceFile?)?.advice ?? [],
            vocabulary: vocabulary())
        KnowledgeValidator.run(log)
        knowledge.fingerprint = log.fingerprint.value
        return knowledge
    }

    /// Decodes one file; a missing required file is an error, a missing optional one
    /// reads as nil.
    func file<T: NodeDecodable>(_ relative: String, required: Bool = false) -> T? {
        switch folder.kind(relative) {
        case nil:
            if required { log.report(.error, "missing required file '\(relative)'", at: folder.location(relative)) }
            return nil
        case true?:
            log.report(.error, "'\(relative)' must be a file, found a folder", at: folder.location(relative))
            return nil
        case false?:
            let path = folder.path(relative)
            guard let node = YAMLDocument.parse(path: path, log: log) else { return nil }
            return T.decode(node, NodeReader(file: path, log: log))
        }
    }

    /// The language folder; `intents.yaml` is required, the other files optional.
    func vocabulary() -> Vocabulary {
        folder.warnUnknownFiles(in: "language", known: KnowledgeFolder.languageFiles, log: log)
        let intents: IntentsFile? = file("language/intents.yaml", required: true)
        let responses: Responses? = file("language/responses.yaml")
        let smalltalk: [String: Located<[String]>] = file("language/smalltalk.yaml") ?? [:]
        for (kind, phrases) in smalltalk.sorted(by: { $0.key < $1.key }) where responses?.texts[kind] == nil {
            log.report(.error, "smalltalk kind '\(kind)' has no text in language/responses.yaml (texts.\(kind))",
                       at: phrases.location)
        }
        var vocabulary = Vocabulary(
            intents: intents?.intents ?? [],
            slots: file("language/slots.yaml") ?? SlotVocabulary(),
            stopwords: (file("language/stopwords.yaml") as StopwordsFile?)?.stopwords ?? [],
            smalltalk: smalltalk.mapValues(\.value),
            responses: responses ?? Responses(),
            profile: file("language/profile.yaml") ?? ProfileVocabulary())
        vocabulary.synonyms = (file("language/synonyms.yaml") as SynonymsFile?)?.synonyms ?? [:]
        vocabulary.dialogue = file("language/dialogue.yaml") ?? DialogueVocabulary()
        vocabulary.examples = examples(known: Set((intents?.intents ?? []).map(\.name) + ["fallback"]))
        return vocabulary
    }

    /// `language/examples/<intent>.yaml`: one file per intent, named after it. A file for
    /// an intent that `intents.yaml` does not define is an error, so a typo cannot
    /// silently train nothing.
    func examples(known: Set<String>) -> [String: [String]] {
        let directory = "language/examples"
        guard folder.kind(directory) == true else { return [:] }
        var out: [String: [String]] = [:]
        for name in folder.yamlFiles(in: directory, log: log) {
            let path = folder.path("\(directory)/\(name)")
            guard let node = YAMLDocument.parse(path: path, log: log),
                  let file = ExamplesFile.decode(node, NodeReader(file: path, log: log)) else { continue }
            let at = SourceLocation(file: path, line: 1, column: 1)
            if !known.contains(file.intent) {
                var message = "examples for unknown intent '\(file.intent)'"
                if let guess = Spelling.closest(to: file.intent, among: known) { message += " (did you mean '\(guess)'?)" }
                log.report(.error, message, at: at)
                continue
            }
            if name.dropLast(5) != file.intent {
                log.report(.error, "file name must be the intent: '\(file.intent).yaml'", at: at)
            }
            if file.examples.isEmpty { log.report(.warning, "no examples", at: at) }
            out[file.intent, default: []] += file.examples
        }
        return out
    }
}
