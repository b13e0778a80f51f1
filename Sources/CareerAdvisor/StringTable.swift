/// Strings to values through an `IdTable` of the keys: the advisor's tables keyed by
/// intent name (each intent's entity plan, suggestion templates, definition), read a few
/// times an ask, where a `[String: Value]` hashed the name with SipHash every time.
/// The first of a repeated key keeps its value. Immutable after `init`; thread-safe.
struct StringTable<Value: Sendable>: Sendable {
    private let keys: IdTable
    private let values: [Value]

    /// An empty table.
    init() {
        keys = IdTable([String]())
        values = []
    }

    init(_ pairs: some Sequence<(key: String, value: Value)>) {
        let pairs = Array(pairs)
        keys = IdTable(pairs.lazy.map(\.key))
        values = pairs.map(\.value)
    }

    /// The value of `key`, if the table has it.
    @inline(__always)
    subscript(key: String) -> Value? { keys[key].map { values[$0] } }
}
