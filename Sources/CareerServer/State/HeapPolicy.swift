/// How the daemon asks glibc's allocator to hand memory back to the system.
///
/// Why: the daemon's memory is mostly what a start or a reload builds once (the knowledge,
/// its indexes) beside far more that the build uses and frees (parsed files, builders'
/// scratch). When no free chunk of its heaps fits a block of at least its mmap threshold,
/// glibc gives the block a mapping of its own, unmapped on free; smaller blocks come from
/// the heaps, whose free pages go back only when `malloc_trim` finds them whole. By
/// default that threshold is dynamic: it starts at 128 KiB and rises to the size of each
/// large block freed (and the heaps' trim threshold with it, to twice that), so after the
/// first large temporary is freed, later ones land in the heaps too, between blocks that
/// stay. How many did depended on the threads' timing: at 100k entities, resident memory
/// after the start was 253-267 MiB in most starts and 293-304 MiB in about one in four
/// (docs/PERFORMANCE.md, "Eighth round").
///
/// Linux with glibc only (as is the daemon); both calls are process-wide and thread-safe.
public enum HeapPolicy {
    /// 128 KiB, glibc's own starting value, fixed: setting it turns the dynamic raise off.
    /// No request allocates a block this large (a search's window table is about 32 KB).
    public static let mmapThreshold = 128 * 1024

    /// Fixes the mmap threshold at `mmapThreshold`. Call once, before the knowledge is
    /// loaded. An operator's own setting (`MALLOC_MMAP_THRESHOLD_`, or `mmap_threshold` in
    /// `GLIBC_TUNABLES`, as `environment` reads them) is left alone. Returns whether the threshold
    /// was set (false when left alone, or if glibc refused it: the default then stays).
    @discardableResult
    public static func fixMmapThreshold(environment: (String) -> String?) -> Bool {
        if environment("MALLOC_MMAP_THRESHOLD_") != nil
            || environment("GLIBC_TUNABLES")?.contains("glibc.malloc.mmap_threshold") == true {
            return false
        }
        return glibcMallopt(glibcMmapThresholdParameter, Int32(mmapThreshold)) == 1
    }

    /// Hands whole free pages of every heap back to the system, after a load's temporaries
    /// are freed. Returns whether any memory was released.
    @discardableResult
    public static func releaseFreePages() -> Bool {
        glibcMallocTrim(0) == 1
    }
}

/// `M_MMAP_THRESHOLD` of glibc's malloc.h.
private let glibcMmapThresholdParameter: Int32 = -3

/// glibc's `mallopt` and `malloc_trim` (malloc.h, which the Glibc module does not export).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
