import CareerSearch

/// The intent model's columns keyed by integers, for the live question's path.
///
/// A feature name is made of the question's units (`w:engineer`, `b:mlops_engineer`,
/// `c:role_salary`). Building each name and hashing it cost most of the features' time:
/// about 40 names per question, several longer than a `String` holds inline. Here every
/// unit a name contains gets an id once, when the model is made, and a question's units
/// are looked up once each; a word, sentence or first-word feature is then an array
/// index and a bigram or a context word a lookup of one integer in a `PairTable`.
///
/// Every name of the model is filed under one of those shapes or kept by its whole name
/// (`others`: entity types, keyword priors, the question's shape). `IntentFeaturesTests`
/// checks that this path finds exactly the columns the names find.
///
/// Immutable after `init`; thread-safe. A class: every question's `ColumnSink` holds the
/// table, and a copy of the struct retained and released each of its arrays and tables.
final class FeatureTable: Sendable {
    /// Every unit some name contains, with "^" (before the first) and "$" (after the last),
    /// to its id. A `WordTable`, not a `[String: Int32]`: a question looks up each of its
    /// units, and SipHash made each lookup several hundred instructions.
    private let units: WordTable
    /// Per unit id: the column of its `w:`, `q:` and `first:` feature, or -1.
    private let word: [Int32]
    private let sentence: [Int32]
    private let first: [Int32]
    /// `b:a_b` by `PairTable.key(a, b)` of the two units' ids.
    private let bigrams: PairTable
    /// The joined entity types of `c:` names ("role|skill") to an id each.
    private let typeSets: WordTable
    /// `c:types_unit` by `PairTable.key(types id, unit id)`.
    private let contexts: PairTable
    /// Every other name by name.
    let others: [String: Int]

    static let start = "^", end = "$"

    init(names: [String]) {
        var units = WordTable(), typeSets = WordTable()
        units.insert(Self.start, value: 0)
        units.insert(Self.end, value: 1)
        func id(_ unit: Substring, in table: inout WordTable) -> Int32 {
            if let known = table.value(for: unit.utf8) { return known }
            let new = Int32(table.count)
            table.insert(unit.utf8, value: new)
            return new
        }
        var singles: [(kind: UInt8, unit: Int32, column: Int32)] = []
        var bigrams = PairTable(), contexts = PairTable(), others: [String: Int] = [:]
        // The first name of a pair keeps its column.
        func file(_ key: UInt64, _ column: Int32, in table: inout PairTable) {
            if table.value(key) < 0 { table.insert(key, column) }
        }
        for (column, name) in names.enumerated() {
            let c = Int32(column)
            if let rest = Self.after("w:", name) {
                singles.append((0, id(rest, in: &units), c))
            } else if let rest = Self.after("q:", name) {
                singles.append((1, id(rest, in: &units), c))
            } else if let rest = Self.after("first:", name) {
                singles.append((2, id(rest, in: &units), c))
            } else if let rest = Self.after("b:", name), let (a, b) = Self.halves(rest) {
                let key = PairTable.key(id(a, in: &units), id(b, in: &units))
                file(key, c, in: &bigrams)
            } else if let rest = Self.after("c:", name), let (types, unit) = Self.halves(rest) {
                let key = PairTable.key(id(types, in: &typeSets), id(unit, in: &units))
                file(key, c, in: &contexts)
            } else {
                others[name] = others[name] ?? column
            }
        }
        var word = [Int32](repeating: -1, count: units.count)
        var sentence = word, first = word
        for (kind, unit, column) in singles {
            switch kind {
            case 0: if word[Int(unit)] < 0 { word[Int(unit)] = column }
            case 1: if sentence[Int(unit)] < 0 { sentence[Int(unit)] = column }
            default: if first[Int(unit)] < 0 { first[Int(unit)] = column }
            }
        }
        (self.units, self.word, self.sentence, self.first) = (units, word, sentence, first)
        (self.bigrams, self.typeSets, self.contexts, self.others) = (bigrams, typeSets, contexts, others)
    }

    /// The id of a unit, or -1 when no name contains it.
    func unit(_ text: String) -> Int32 { units.value(for: text) ?? -1 }
    /// The id of joined entity types, or -1 when no `c:` name has them.
    func types(_ joined: String) -> Int32 { typeSets.value(for: joined) ?? -1 }
    var startUnit: Int32 { 0 }
    var endUnit: Int32 { 1 }

    func word(_ unit: Int32) -> Int32 { unit < 0 ? -1 : word[Int(unit)] }
    func sentence(_ unit: Int32) -> Int32 { unit < 0 ? -1 : sentence[Int(unit)] }
    func first(_ unit: Int32) -> Int32 { unit < 0 ? -1 : first[Int(unit)] }
    func bigram(_ a: Int32, _ b: Int32) -> Int32 { a < 0 || b < 0 ? -1 : bigrams.value(PairTable.key(a, b)) }
    func context(_ types: Int32, _ unit: Int32) -> Int32 { types < 0 || unit < 0 ? -1 : contexts.value(PairTable.key(types, unit)) }

    private static func after(_ prefix: String, _ name: String) -> Substring? {
        name.hasPrefix(prefix) ? name.dropFirst(prefix.count) : nil
    }

    /// The two sides of the one "_" in `rest`; nil unless there is exactly one. Units
    /// are stems and bracketed placeholders, which never contain "_".
    private static func halves(_ rest: Substring) -> (Substring, Substring)? {
        guard let cut = rest.firstIndex(of: "_"), !rest[rest.index(after: cut)...].contains("_") else { return nil }
        return (rest[..<cut], rest[rest.index(after: cut)...])
    }
}
