import CareerSearch

/// Ids (of entities, of sources) to their positions in the knowledge base's arrays: the
/// catalog's lookups, about twenty an ask (each citation, each role or skill a composer
/// names).
///
/// Why not `[String: Int]`: a `String` key is hashed with SipHash, some four hundred
/// instructions a lookup with its comparison here (callgrind of `Benchmarks/ask-cost.sh`'s
/// probe); a `WordTable` hashes the id's bytes eight at a time and compares them once.
/// The first of a repeated id keeps its position (the loader reports repeats).
/// Immutable after `init`; thread-safe.
struct IdTable: Sendable {
    private let table: WordTable

    init(_ ids: some Collection<String>) {
        var table = WordTable(capacity: ids.count)
        for (i, id) in ids.enumerated() where table.value(for: id) == nil {
            table.insert(id, value: Int32(i))
        }
        self.table = table
    }

    /// The position of `id`, if the table has it.
    @inline(__always)
    subscript(id: String) -> Int? { table.value(for: id).map { Int($0) } }

    /// Number of distinct ids.
    var count: Int { table.count }
}
