/// Distinct values in the order first added.
///
/// A question holds a few of anything (names, the entities they mean, the model's
/// columns it fills), and hashing each into a set cost more than comparing it with the
/// few kept. So a repeat is found by a scan while there are at most `scanLimit` values,
/// and by a set after that, built once from them: a message of hundreds of names, or a
/// name thousands of synthetic entities share, stays linear.
struct DistinctList<Element: Hashable> {
    static var scanLimit: Int { 32 }

    private(set) var elements: [Element] = []
    private var set = Set<Element>()

    init(capacity: Int = 0) { elements.reserveCapacity(capacity) }

    /// Adds `value` unless it was added before; returns whether it was new.
    @discardableResult
    mutating func insert(_ value: Element) -> Bool {
        if elements.count < Self.scanLimit {
            guard !elements.contains(value) else { return false }
        } else {
            if set.isEmpty { set = Set(elements) }
            guard set.insert(value).inserted else { return false }
        }
        elements.append(value)
        return true
    }
}
