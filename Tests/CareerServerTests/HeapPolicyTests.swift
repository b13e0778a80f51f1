#if canImport(Glibc)
import Glibc
#endif
@testable import CareerServer
import Testing

/// The mmap threshold is process-wide: these tests set it in the test process, as the
/// daemon does at start, which changes nothing else the tests check.
@Suite struct HeapPolicyTests {
    /// Whether glibc serves `block` from a mapping of its own (freed straight back to the
    /// system): the IS_MMAPPED bit of the chunk's size word, just before the block
    /// (glibc's malloc.c, "chunk representation").
    static func isMapped(_ block: UnsafeMutableRawPointer) -> Bool {
        block.load(fromByteOffset: -MemoryLayout<Int>.size, as: Int.self) & 2 != 0
    }

    /// In a process of its own (an exit test): glibc serves a large block from a heap
    /// whenever a free chunk there fits it, whatever the threshold, and the test process's
    /// heaps hold the other tests' freed memory.
    @Test func aLargeBlockFreedDoesNotRaiseTheThreshold() async {
        await #expect(processExitsWith: .success) {
            guard HeapPolicy.fixMmapThreshold(environment: { _ in nil }) else { exit(1) }
            // By default, freeing this mapped block would raise the threshold to its size,
            // and the next block, smaller than it but above 128 KiB, would come from a heap.
            guard let large = malloc(4 << 20), HeapPolicyTests.isMapped(large) else { exit(2) }
            free(large)
            guard let next = malloc(HeapPolicy.mmapThreshold + 64 * 1024) else { exit(3) }
            guard HeapPolicyTests.isMapped(next) else { exit(4) }
            free(next)
            // Small blocks still come from the heaps.
            guard let small = malloc(1024), !HeapPolicyTests.isMapped(small) else { exit(5) }
            free(small)
            exit(0)
        }
    }

    @Test func anOperatorsOwnSettingIsLeftAlone() {
        #expect(!HeapPolicy.fixMmapThreshold(environment: { $0 == "MALLOC_MMAP_THRESHOLD_" ? "65536" : nil }))
        #expect(!HeapPolicy.fixMmapThreshold(environment: {
            $0 == "GLIBC_TUNABLES" ? "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=65536" : nil
        }))
        #expect(HeapPolicy.fixMmapThreshold(environment: { $0 == "GLIBC_TUNABLES" ? "glibc.malloc.arena_max=2" : nil }))
    }
}
