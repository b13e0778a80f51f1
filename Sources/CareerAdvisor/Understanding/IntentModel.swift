import CareerSearch
import Foundation

/// A multinomial logistic regression over `IntentFeatures`, trained on the example
/// utterances of `Knowledge/language/examples/` when the advisor is built.
///
/// Word features (`w:`, `b:`, `q:`) are weighed by their inverse document frequency
/// over the examples and L2-normalised per utterance, so a rare, telling word counts
/// more than a common one and a long message does not outweigh a short one; the other
/// features (entity types, shape, keyword priors) keep their values.
///
/// Training is deterministic: examples in a fixed order shuffled by a seeded generator,
/// AdaGrad (a per-weight step that shrinks with that weight's past gradients, so rare
/// words still learn after common ones have settled) with a small L2 penalty, a fixed
/// number of epochs. The same folder always gives the same weights. `fallback` is a
/// class like any other, trained on off-topic examples, so out-of-domain detection is
/// part of the model; its probabilities are the advisor's confidence.
///
/// Immutable after `init`; `scores` allocates one small array per call and is safe
/// from any thread. A class: the classifier reads the model on every question, and each
/// read of the struct copied it, a retain and a release of every table it holds.
final class IntentModel: Sendable {
    struct Example: Sendable {
        var text: String
        var intent: Int
        var features: [(Int, Float)]
    }

    let classes: [String]
    /// Each class's place in `classes` sorted by name: how equal scores are ranked,
    /// without comparing the names for every question.
    let nameRank: [Int]
    /// Where the `fallback` class is in `classes`, if the examples have one.
    let fallbackClass: Int?
    /// feature name -> column
    let columns: [String: Int]
    let names: [String]
    /// The columns by the ids of the names' parts: the live question's lookup.
    let table: FeatureTable
    /// weights[column * classes + class]: a feature's weights for every class side by
    /// side, so scoring and training touch one short run of memory per feature.
    let weights: [Float]
    let bias: [Float]
    let width: Int
    /// Per column: the inverse document frequency of a word feature, 0 for the others.
    let idf: [Float]
    let examples: [Example]

    static let epochs = 12
    static let l2: Float = 1e-4
    static let step: Float = 0.4

    /// Trains on `examples` (intent -> utterances, already read into features).
    init(classes: [String], examples labelled: [(text: String, intent: String, features: [(String, Float)])]) {
        var columns: [String: Int] = [:]
        var names: [String] = []
        columns.reserveCapacity(labelled.count * 8)
        names.reserveCapacity(labelled.count * 8)
        let classIndex = Dictionary(classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var examples: [Example] = []
        for e in labelled {
            guard let c = classIndex[e.intent] else { continue }
            let f = e.features.map { (name, value) -> (Int, Float) in
                if let k = columns[name] { return (k, value) }
                columns[name] = names.count
                names.append(name)
                return (names.count - 1, value)
            }
            examples.append(Example(text: e.text, intent: c, features: f))
        }
        var df = [Int](repeating: 0, count: names.count)
        for e in examples { for (k, _) in e.features { df[k] += 1 } }
        let n = Float(examples.count)
        self.idf = names.indices.map { k in
            Self.isWord(names[k]) ? logf((n + 1) / Float(df[k] + 1)) + 1 : 0
        }
        self.classes = classes
        self.nameRank = Self.nameRank(classes)
        self.fallbackClass = classes.firstIndex(of: IntentClassifier.fallback)
        self.columns = columns
        self.names = names
        self.table = FeatureTable(names: names)
        self.width = names.count
        for i in examples.indices { examples[i].features = Self.weighted(examples[i].features, idf) }
        self.examples = examples
        (self.weights, self.bias) = Self.train(examples, classes: classes.count, width: names.count)
    }

    /// A model trained before (`IntentModelCache`): its parts as training left them.
    init(classes: [String], names: [String], weights: [Float], bias: [Float], idf: [Float], examples: [Example]) {
        self.classes = classes
        self.nameRank = Self.nameRank(classes)
        self.fallbackClass = classes.firstIndex(of: IntentClassifier.fallback)
        self.names = names
        self.columns = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.table = FeatureTable(names: names)
        self.width = names.count
        self.weights = weights
        self.bias = bias
        self.idf = idf
        self.examples = examples
    }

    static func nameRank(_ classes: [String]) -> [Int] {
        var rank = [Int](repeating: 0, count: classes.count)
        for (place, c) in classes.indices.sorted(by: { classes[$0] < classes[$1] }).enumerated() { rank[c] = place }
        return rank
    }

    static func isWord(_ name: String) -> Bool {
        name.hasPrefix("w:") || name.hasPrefix("b:") || name.hasPrefix("q:")
    }

    /// Word features times their idf, scaled to unit length together; others as they are.
    static func weighted(_ features: [(Int, Float)], _ idf: [Float]) -> [(Int, Float)] {
        var norm: Float = 0
        for (k, v) in features where idf[k] > 0 { norm += (v * idf[k]) * (v * idf[k]) }
        let scale = norm > 0 ? 1 / norm.squareRoot() : 1
        return features.map { k, v in idf[k] > 0 ? (k, v * idf[k] * scale) : (k, v) }
    }

    /// The class probabilities for `features` into `p` (`classes` floats).
    /// `w` holds a row of `stride` floats per feature, the class weights first.
    static func softmax(_ features: [(Int, Float)], _ w: UnsafePointer<Float>, stride: Int, _ b: [Float],
                                _ classes: Int, into p: UnsafeMutablePointer<Float>) {
        for c in 0..<classes { p[c] = b[c] }
        for (k, v) in features {
            let row = w + k * stride
            for c in 0..<classes { p[c] += row[c] * v }
        }
        var top = -Float.infinity
        for c in 0..<classes { top = max(top, p[c]) }
        var total: Float = 0
        for c in 0..<classes { p[c] = expf(p[c] - top); total += p[c] }
        for c in 0..<classes { p[c] /= total }
    }

    static func softmax(_ features: [(Int, Float)], _ w: [Float], _ b: [Float], _ classes: Int) -> [Float] {
        var p = [Float].filled(0, count: classes)
        w.withUnsafeBufferPointer { w in
            p.withUnsafeMutableBufferPointer { softmax(features, w.baseAddress!, stride: classes, b, classes, into: $0.baseAddress!) }
        }
        return p
    }

    /// Columns of the features the model knows; unknown features carry no weight.
    func vector(_ features: [(String, Float)]) -> [(Int, Float)] {
        Self.weighted(features.compactMap { name, value in columns[name].map { ($0, value) } }, idf)
    }

    /// Probability of each class, in `classes` order.
    func probabilities(_ features: [(String, Float)]) -> [Float] {
        probabilities(vector(features))
    }

    /// Probability of each class for columns already weighted (`vector`,
    /// `IntentFeatures.columns`).
    func probabilities(_ vector: [(Int, Float)]) -> [Float] {
        Self.softmax(vector, weights, bias, classes.count)
    }

    /// The features that pushed `intent` up most (weight times value), for `explain`.
    func contributions(_ features: [(String, Float)], intent: String, limit: Int = 5) -> [(feature: String, weight: Double)] {
        guard let c = classes.firstIndex(of: intent) else { return [] }
        return vector(features).map { (names[$0.0], Double(weights[$0.0 * classes.count + c] * $0.1)) }
            .sorted { $0.1 > $1.1 }.prefix(limit).map { ($0.0, $0.1) }
    }

    /// Training examples closest to the features (cosine), for `explain`.
    func nearest(_ features: [(String, Float)], limit: Int = 3) -> [(text: String, intent: String, similarity: Double)] {
        let words = vector(features).filter { Self.isWord(names[$0.0]) }
        let q = Dictionary(words, uniquingKeysWith: { a, _ in a })
        // Summed in the features' order: a dictionary's order changes from one instance
        // to the next, and with it the last bits of a float sum.
        var seen = Set<Int>()
        var squares: Float = 0
        for (k, v) in words where seen.insert(k).inserted { squares += v * v }
        let qNorm = squares.squareRoot()
        guard qNorm > 0 else { return [] }
        var scored: [(Int, Float)] = []
        for (n, e) in examples.enumerated() {
            var dot: Float = 0, norm: Float = 0
            for (k, v) in e.features where idf[k] > 0 {
                norm += v * v
                if let x = q[k] { dot += x * v }
            }
            if dot > 0 { scored.append((n, dot / (norm.squareRoot() * qNorm))) }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit)
            .map { (examples[$0.0].text, classes[examples[$0.0].intent], Double($0.1)) }
    }

    /// k-fold cross-validation on the training examples: every `k`-th example (by
    /// position) is held out in turn. Returns accuracy per intent and overall.
    func crossValidate(folds k: Int) -> (overall: Double, perIntent: [String: (right: Int, total: Int)]) {
        var per: [String: (right: Int, total: Int)] = [:]
        var right = 0
        for fold in 0..<k {
            let train = examples.indices.filter { $0 % k != fold }.map { examples[$0] }
            let (w, b) = Self.train(train, classes: classes.count, width: width)
            for n in stride(from: fold, to: examples.count, by: k) {
                let e = examples[n]
                let p = Self.softmax(e.features, w, b, classes.count)
                let guess = p.indices.max { p[$0] < p[$1] } ?? 0
                let name = classes[e.intent]
                per[name, default: (0, 0)].total += 1
                if guess == e.intent { per[name, default: (0, 0)].right += 1; right += 1 }
            }
        }
        return (examples.isEmpty ? 0 : Double(right) / Double(examples.count), per)
    }
}
