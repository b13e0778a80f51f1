extension Sequence {
    /// The elements ordered by `key`, computed once per element rather than once per
    /// comparison (the answers rank skills, resources and advice by keys that cost a
    /// lookup each); elements with equal keys keep their order.
    func sorted<Key: Comparable>(byKey key: (Element) -> Key) -> [Element] {
        let elements = Array(self)
        let keys = elements.map(key)
        return elements.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { elements[$0] }
    }
}
