/// What `IntentFeatures` hands out: each feature in its parts, so one walk over the
/// question serves both the names (training, `explain`) and the model's columns (a live
/// question). A unit is named by its position in the question's units.
protocol FeatureSink {
    /// The question's units, before any feature that names one; `words[k]` is the
    /// lexicon's known-word entry whose stem is `units[k]` (`Token.word`), or -1.
    mutating func begin(units: [String], words: [Int32])
    /// `w:unit`, `q:unit` or `first:unit`.
    mutating func unit(_ kind: UnitFeature, _ k: Int)
    /// `b:a_b`; `a` is -1 before the first unit, `b` the unit count after the last.
    mutating func bigram(_ a: Int, _ b: Int)
    /// `c:types_unit`: a content word beside the entity types named ("role|skill").
    mutating func context(_ types: String, _ k: Int)
    /// The keyword prior of `IntentClassifier.keywordFeatures[k]`, whose name is `name`.
    mutating func keyword(_ k: Int, _ name: String, _ value: Float)
    /// The feature named `IntentFeatures.fixedNames[k]`.
    mutating func fixed(_ k: Int, _ value: Float)
    /// Any other feature, by its whole name.
    mutating func named(_ name: String, _ value: Float)
}

enum UnitFeature { case word, sentence, first }

/// The features' names, each once with its first value, in order.
struct NameSink: FeatureSink {
    var out: [(String, Float)] = []
    private var seen = Set<String>()
    private var units: [String] = []

    init(capacity: Int) {
        out.reserveCapacity(capacity)
        seen.reserveCapacity(capacity)
    }

    mutating func begin(units: [String], words: [Int32]) { self.units = units }

    mutating func unit(_ kind: UnitFeature, _ k: Int) {
        switch kind {
        case .word: named("w:" + units[k], 1)
        case .sentence: named("q:" + units[k], 1)
        case .first: named("first:" + units[k], 1)
        }
    }

    mutating func bigram(_ a: Int, _ b: Int) {
        named("b:" + (a < 0 ? FeatureTable.start : units[a]) + "_" + (b == units.count ? FeatureTable.end : units[b]), 1)
    }

    mutating func context(_ types: String, _ k: Int) { named("c:" + types + "_" + units[k], 1) }

    mutating func keyword(_ k: Int, _ name: String, _ value: Float) { named(name, value) }

    mutating func fixed(_ k: Int, _ value: Float) { named(IntentFeatures.fixedNames[k], value) }

    mutating func named(_ name: String, _ value: Float) {
        if seen.insert(name).inserted { out.append((name, value)) }
    }
}

/// The model's columns the features fill, each once with its first value, in order:
/// what `IntentModel.vector` makes of `NameSink`'s names, found through `FeatureTable`.
/// A repeat is found among the columns kept: by a scan while they are few, as they are
/// for nearly every question, then by a set (`DistinctList`'s rule, on the pairs kept
/// here rather than on a second array of columns).
struct ColumnSink: FeatureSink {
    let table: FeatureTable
    var out: [(Int, Float)] = []
    private var kept = Set<Int>()
    private var ids: [Int32] = []
    private var typeSet: (joined: String, id: Int32)? = nil

    /// The lexicon's known words' stems, and their unit ids in `table`
    /// (`IntentClassifier.wordUnits`).
    private let knownStems: [String]
    private let wordUnits: [Int32]
    /// The column of each keyword prior (`IntentClassifier.keywordColumns`), and of each
    /// of `IntentFeatures.fixedNames` (`IntentClassifier.fixedColumns`).
    private let keywordColumns: [Int32]
    private let fixedColumns: [Int32]

    init(table: FeatureTable, capacity: Int, knownStems: [String], wordUnits: [Int32], keywordColumns: [Int32],
         fixedColumns: [Int32]) {
        self.table = table
        self.knownStems = knownStems
        self.wordUnits = wordUnits
        self.keywordColumns = keywordColumns
        self.fixedColumns = fixedColumns
        out.reserveCapacity(capacity)
    }

    /// A unit that is a known word's stem takes the id worked out for that word when the
    /// model was set (checked against the stem: the same string, so the test is a
    /// comparison of two references); any other is looked up by its text.
    mutating func begin(units: [String], words: [Int32]) {
        ids = units.indices.map { k in
            let e = Int(words[k])
            if e >= 0, e < wordUnits.count, e < knownStems.count, knownStems[e] == units[k] { return wordUnits[e] }
            return table.unit(units[k])
        }
    }

    mutating func unit(_ kind: UnitFeature, _ k: Int) {
        switch kind {
        case .word: add(table.word(ids[k]), 1)
        case .sentence: add(table.sentence(ids[k]), 1)
        case .first: add(table.first(ids[k]), 1)
        }
    }

    mutating func bigram(_ a: Int, _ b: Int) {
        add(table.bigram(a < 0 ? table.startUnit : ids[a], b == ids.count ? table.endUnit : ids[b]), 1)
    }

    mutating func context(_ types: String, _ k: Int) {
        if typeSet?.joined != types { typeSet = (types, table.types(types)) }
        add(table.context(typeSet!.id, ids[k]), 1)
    }

    /// By the column worked out when the model was set; by name if there is none (a
    /// classifier whose columns were not worked out for this table).
    mutating func keyword(_ k: Int, _ name: String, _ value: Float) {
        guard k < keywordColumns.count else { return named(name, value) }
        add(keywordColumns[k], value)
    }

    /// By the column worked out when the model was set, as `keyword`.
    mutating func fixed(_ k: Int, _ value: Float) {
        guard k < fixedColumns.count else { return named(IntentFeatures.fixedNames[k], value) }
        add(fixedColumns[k], value)
    }

    mutating func named(_ name: String, _ value: Float) {
        add(table.others[name].map(Int32.init) ?? -1, value)
    }

    private mutating func add(_ column: Int32, _ value: Float) {
        guard column >= 0 else { return }
        let column = Int(column)
        if out.count < 64 {
            guard !out.contains(where: { $0.0 == column }) else { return }
        } else {
            if kept.isEmpty { kept = Set(out.map(\.0)) }
            guard kept.insert(column).inserted else { return }
        }
        out.append((column, value))
    }
}
