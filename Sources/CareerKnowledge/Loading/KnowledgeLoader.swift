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
    /// Whether entity files are read through io_uring: unless `CAREERD_IO_URING=0` in the
    /// environment asks for threads (to compare, or where io_uring is unwelcome), when
    /// the kernel gives this process a ring, asked once. The daemon's log says which.
    public static let readsThroughRing = (getenv("CAREERD_IO_URING").map { String(cString: $0) != "0" } ?? true)
        && FileBatchReader(threads: 1).usesRing
}
