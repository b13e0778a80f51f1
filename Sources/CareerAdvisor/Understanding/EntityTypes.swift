import CareerKnowledge

/// A set of entity types in one byte, a bit per type: the types of a mention's candidates.
/// Every mention of every question had allocated and hashed a `Set<EntityType>` for them
/// (about 1% of an ask's instructions). Iterates in declaration order (role, skill,
/// resource, certification, trend). A value; thread-safe.
struct EntityTypes: Sendable, Hashable, Sequence {
    private var bits: UInt8 = 0

    init() {}

    private init(bits: UInt8) { self.bits = bits }

    init(_ types: some Sequence<EntityType>) {
        for t in types { insert(t) }
    }

    mutating func insert(_ type: EntityType) { bits |= Self.bit(type) }

    func contains(_ type: EntityType) -> Bool { bits & Self.bit(type) != 0 }

    var count: Int { bits.nonzeroBitCount }

    var isEmpty: Bool { bits == 0 }

    /// The set as a number below 32 (bit k for `order[k]`): an index into per-set tables.
    var index: Int { Int(bits) }

    /// Every set, by `index`: what per-set tables are made from.
    static let every: [EntityTypes] = (0..<(1 << order.count)).map { EntityTypes(bits: UInt8($0)) }

    func makeIterator() -> Iterator { Iterator(bits: bits) }

    struct Iterator: IteratorProtocol {
        fileprivate var bits: UInt8
        private var k = 0

        fileprivate init(bits: UInt8) { self.bits = bits }

        mutating func next() -> EntityType? {
            while k < EntityTypes.order.count {
                defer { k += 1 }
                if bits & (1 << UInt8(k)) != 0 { return EntityTypes.order[k] }
            }
            return nil
        }
    }

    /// The types by bit, in declaration order: bit k is `order[k]` (`bit(_:)`).
    static let order = EntityType.allCases

    private static func bit(_ type: EntityType) -> UInt8 {
        switch type {
        case .role: 1
        case .skill: 2
        case .resource: 4
        case .certification: 8
        case .trend: 16
        }
    }
}
