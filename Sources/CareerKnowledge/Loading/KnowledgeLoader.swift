#if canImport(Glibc)
import Glibc
#endif

/// Loads and validates a knowledge folder (`docs/KNOWLEDGE.md`).
///
/// Every problem in the folder is reported, not just the first: a broken file or
/// entity is skipped and reading goes on, and the cross-file checks run over whatever
/// was read. Diagnostics come sorted by file, line and column; entities come back
/// sorted by id, guides in file order. Loading is deterministic and touches only the
/// folder given; it reads files synchronously and keeps no state between calls, so
/// calls on different threads are independent.
public enum KnowledgeLoader {
    /// The folder's knowledge, or every diagnostic when there is at least one error.
    /// Warnings alone do not fail a load.
    public static func load(directory: String) throws(KnowledgeLoadError) -> KnowledgeBase {
        try loadWithWarnings(directory: directory).knowledge
    }

    /// Like `load`, and also returns the warnings of a successful load (for logging).
    public static func loadWithWarnings(directory: String) throws(KnowledgeLoadError)
        -> (knowledge: KnowledgeBase, warnings: [Diagnostic]) {
        let (knowledge, diagnostics) = read(directory: directory)
        guard !diagnostics.contains(where: \.isError) else { throw KnowledgeLoadError(diagnostics: diagnostics) }
        return (knowledge, diagnostics)
    }

    /// Every diagnostic of loading the folder, errors and warnings; empty when clean.
    /// A folder whose diagnostics hold no error is one `load` accepts.
    public static func check(directory: String) -> [Diagnostic] {
        read(directory: directory).diagnostics
    }

    static func read(directory: String) -> (knowledge: KnowledgeBase, diagnostics: [Diagnostic]) {
        let run = FolderLoad(folder: KnowledgeFolder(root: directory))
        let knowledge = run.load()
        return (knowledge, run.log.sortedDiagnostics)
    }
}

/// One load of one folder. Not thread-safe; used once.
private struct FolderLoad {
    let folder: KnowledgeFolder
    let log = LoadLog()

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

    /// Every entity of one type, from `<type>s/<id>.yaml`, sorted by id.
    func entities<T: Entity & NodeDecodable>(required: Bool = false) -> [T] {
        let directory = "\(T.type.rawValue)s"
        switch folder.kind(directory) {
        case nil:
            if required { log.report(.error, "missing required folder '\(directory)/'", at: folder.location(directory)) }
            return []
        case false?:
            log.report(.error, "'\(directory)' must be a folder, found a file", at: folder.location(directory))
            return []
        case true?:
            // Files are read a batch at a time (`FileBatchReader`), the next batches on
            // threads of their own while this one is decoded in parallel on every core (so
            // that only one batch of node trees is alive at once). Each file is decoded
            // into a recording log that is replayed here in file order: diagnostics,
            // duplicate ids and references come out as if the files had been decoded one
            // after another.
            let names = folder.yamlFiles(in: directory, log: log)
            var decoded: [T] = []
            decoded.reserveCapacity(names.count)
            log.reserve(names.count, scope: T.type.rawValue)
            let batches = stride(from: 0, to: names.count, by: KnowledgeLoader.batch).map {
                Array(names[$0..<min(names.count, $0 + KnowledgeLoader.batch)])
            }
            let readers = (0..<min(KnowledgeLoader.readers, batches.count)).map { _ in
                FileBatchReader(threads: KnowledgeLoader.fileReaders / KnowledgeLoader.readers, useRing: KnowledgeLoader.useRing)
            }
            let path = folder.path(directory)
            func read(_ b: Int) -> Pending<[[UInt8]?]>? {
                guard b < batches.count else { return nil }
                let reader = readers[b % readers.count], batch = batches[b]
                return Pending { reader.read(directory: path, names: batch) }
            }
            var pending = (0..<readers.count).map { read($0) }
            for (b, batch) in batches.enumerated() {
                let contents = pending[b % readers.count]!.wait()
                pending[b % readers.count] = read(b + readers.count)
                // Each file: its path, the id its name promises, and its bytes.
                let files = zip(batch, contents).map { name, bytes in
                    (path: folder.path("\(directory)/\(name)"), promised: String(name.dropLast(5)), bytes: bytes)
                }
                let outcomes = files.parallelMap(chunk: 16) { (file) -> (T?, [LoadLog.Event]) in
                    Self.decodeEntity(file.path, promised: file.promised, bytes: file.bytes)
                }
                for (file, (entity, events)) in zip(files, outcomes) {
                    log.replay(events)
                    if let entity { decoded.append(entity) }
                    // The file name counts as declared whatever the file holds, so a broken
                    // file or a wrong id is reported once, not again at every reference.
                    log.declareQuietly(file.promised, scope: T.type.rawValue,
                                       at: SourceLocation(file: file.path, line: 1, column: 1))
                }
            }
            return decoded.sorted { $0.id < $1.id }
        }
    }

    /// Decodes one entity file, read already, into a recording log: safe on any thread.
    private static func decodeEntity<T: Entity & NodeDecodable>(_ path: String, promised: String, bytes: [UInt8]?) -> (T?, [LoadLog.Event]) {
        let log = LoadLog(recording: true)
        var digest: UInt64 = 0
        let outcome = YAMLDocument.read(bytes: bytes, path: path, digest: &digest)
        log.read(path, digest: digest)
        switch outcome {
        case .node(let node):
            return (T.decode(node, NodeReader(file: path, log: log, expectedID: promised)), log.recorded ?? [])
        case .failure(let message, let location):
            log.report(.error, message, at: location)
            return (nil, log.recorded ?? [])
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

extension KnowledgeLoader {
    /// Files of one type read together, then decoded together: one batch's bytes and
    /// node trees are alive at once, and the bytes of the batches read ahead.
    static let batch = 2048
    /// Batches read at once, each on its own thread, ahead of the one being decoded: from
    /// a cold page cache, one batch's opens and reads take longer than its decoding, and
    /// with one reader the decoding waited for the disk (docs/PERFORMANCE.md,
    /// "Twenty-fourth round").
    static let readers = 2
    /// Threads that read a folder's files where io_uring is not available (shared by the
    /// readers): more than the cores, so that while some wait for the disk (a folder not
    /// in the page cache) the others keep it busy. At 100k entities from a cold page
    /// cache this took a start from 8.5 s to 5.0 s (docs/PERFORMANCE.md, "Twenty-third
    /// round").
    static let fileReaders = Swift.max(16, 2 * sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    /// Whether files are read through io_uring where the kernel offers it:
    /// `CAREERD_IO_URING=0` in the environment reads them with threads (to compare, or
    /// where io_uring is unwelcome).
    static let useRing = getenv("CAREERD_IO_URING").map { String(cString: $0) != "0" } ?? true

    /// Whether this process reads entity files through io_uring: the switch is on and the
    /// kernel gives it a ring (asked anew: a ring is made and closed). For the daemon's log.
    public static var readsThroughRing: Bool {
        useRing && FileBatchReader(threads: 1).usesRing
    }
}
