/// One search result: a caller's document id and its score.
public struct SearchHit: Sendable, Hashable {
    /// The id passed to ``IndexBuilder/add(_:fields:)``.
    public var doc: Int
    /// Relevance in 0...1; its meaning depends on the index's ``Scoring``.
    public var score: Double

    public init(doc: Int, score: Double) {
        self.doc = doc
        self.score = score
    }
}

/// Keeps the best `k` hits seen so far: higher score first, equal scores by ascending doc id.
///
/// A bounded binary heap whose root is the worst kept hit. `offer` is O(log k) when the hit is
/// kept and O(1) when it is rejected; ``sortedHits()`` is O(k log k). Memory is O(k).
/// A value type with no shared state: use one collector per query.
struct TopKCollector {
    let k: Int
    private var heap: [SearchHit] = []

    init(k: Int) {
        self.k = max(0, k)
        heap.reserveCapacity(min(self.k, 1024))
    }

    /// Whether `a` ranks before `b`: higher score, then lower doc id.
    @inline(__always)
    static func ranksBefore(_ a: SearchHit, _ b: SearchHit) -> Bool {
        a.score != b.score ? a.score > b.score : a.doc < b.doc
    }

    /// Whether a hit with this score and doc would be kept if offered now. Lets the caller skip
    /// expensive work (such as a filter) for hits that cannot make the cut.
    @inline(__always)
    func wouldAccept(doc: Int, score: Double) -> Bool {
        guard k > 0 else { return false }
        guard heap.count == k else { return true }
        return Self.ranksBefore(SearchHit(doc: doc, score: score), heap[0])
    }

    /// The score a hit must reach to be kept once `k` hits are kept (the worst kept one's);
    /// nil while fewer are kept, when any hit is.
    var threshold: Double? {
        k > 0 && heap.count == k ? heap[0].score : nil
    }

    /// Offers a hit; it is kept if it ranks among the best `k` offered so far.
    mutating func offer(doc: Int, score: Double) {
        guard k > 0 else { return }
        let hit = SearchHit(doc: doc, score: score)
        if heap.count < k {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if Self.ranksBefore(hit, heap[0]) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// The kept hits, best first.
    func sortedHits() -> [SearchHit] {
        heap.sorted(by: Self.ranksBefore)
    }

    // Heap order: a parent ranks *after* (is worse than) its children.
    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.ranksBefore(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        let n = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < n else { return }
            var worst = left
            if left + 1 < n, Self.ranksBefore(heap[left], heap[left + 1]) { worst = left + 1 }
            guard Self.ranksBefore(heap[parent], heap[worst]) else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
