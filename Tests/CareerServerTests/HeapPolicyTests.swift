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

    @Test func aLargeBlockFreedDoesNotRaiseTheThreshold() throws {
        #expect(HeapPolicy.fixMmapThreshold(environment: { _ in nil }))
        // By default, freeing this mapped block would raise the threshold to its size,
        // and the next block, smaller than it but above 128 KiB, would come from a heap.
        let large = try #require(malloc(4 << 20))
        #expect(Self.isMapped(large))
        free(large)
        let next = try #require(malloc(HeapPolicy.mmapThreshold + 64 * 1024))
        defer { free(next) }
        #expect(Self.isMapped(next))
        // Small blocks still come from the heaps.
        let small = try #require(malloc(1024))
        defer { free(small) }
        #expect(!Self.isMapped(small))
    }

    @Test func anOperatorsOwnSettingIsLeftAlone() {
        #expect(!HeapPolicy.fixMmapThreshold(environment: { $0 == "MALLOC_MMAP_THRESHOLD_" ? "65536" : nil }))
        #expect(!HeapPolicy.fixMmapThreshold(environment: {
            $0 == "GLIBC_TUNABLES" ? "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=65536" : nil
        }))
        #expect(HeapPolicy.fixMmapThreshold(environment: { $0 == "GLIBC_TUNABLES" ? "glibc.malloc.arena_max=2" : nil }))
    }
}
