import CareerKnowledge
import CareerSearch

/// A scored search hit on an entity.
public struct EntityHit: Sendable, Hashable {
    public var ref: EntityRef
    public var score: Double
}

/// Field-weighted TF-IDF retrieval over every entity (the `search` method, fallback
/// hits, role recommendations). Names and aliases weigh more than descriptions, which
/// weigh more than the rest of the record. Immutable; concurrent readers are safe.
struct EntityIndex: Sendable {
    static let fieldWeights = ["name": 3.0, "aliases": 2.5, "summary": 1.5, "body": 1.0]
    /// Document ids are positions in `Catalog.refs`.
    var refs: [EntityRef] { catalog.refs }
    let index: InvertedIndex
    let analyzer: Analyzer
    /// Folded names and aliases -> documents, so that a query that is exactly a name
    /// ranks that entity first; keyed by the hash of the folded text, and a hit is
    /// confirmed against the document's own names. A [String: [Int]] of every name and
    /// alias took about 25 MB at 100k entities.
    let exactNames: HashMultimap
    let catalog: Catalog

    /// `parts`: the documents are analysed in up to this many parts at once (two per core
    /// for a large knowledge base), each of at least `minimumPart` documents (fewer are
    /// not worth a thread), then appended in order: the index is the same as one built in
    /// a single pass.
    init(catalog: Catalog, analyzer: Analyzer, parts: Int = 1, minimumPart: Int = 5_000) {
        self.analyzer = analyzer
        self.catalog = catalog
        let total = catalog.refs.count
        let parts = max(1, min(parts, total / max(minimumPart, 1)))
        let bounds = (0...parts).map { $0 * total / parts }
        var built = Array(0..<parts).parallelMap(chunk: 1) { part in
            Self.part(catalog, analyzer, documents: bounds[part]..<bounds[part + 1])
        }
        var (builder, exact) = built.removeFirst()
        builder.append(contentsOf: built.map(\.builder))
        exact.reserveCapacity(exact.count + built.reduce(0) { $0 + $1.names.count })
        for part in built { exact += part.names }
        // The parts' entries are all in `builder` now: freed before the index is built
        // beside it, not after.
        built = []
        self.exactNames = HashMultimap(exact)
        exact = []
        self.index = builder.build()
    }

    /// A builder holding `documents` (positions in `Catalog.refs`, which lists roles,
    /// skills, resources, certifications, trends in turn), and the keys of their names and
    /// aliases (`exactNames`).
    private static func part(_ catalog: Catalog, _ analyzer: Analyzer,
                             documents: Range<Int>) -> (builder: IndexBuilder, names: [(key: UInt64, id: Int32)]) {
        var builder = IndexBuilder(analyzer: analyzer, fieldWeights: fieldWeights)
        var names: [(key: UInt64, id: Int32)] = []
        let kb = catalog.knowledge
        var first = 0  // the position of the list's first entity
        func each<E: Entity>(_ list: [E], _ fields: (E) -> (summary: String, body: [String])) {
            let lower = max(documents.lowerBound - first, 0), upper = min(documents.upperBound - first, list.count)
            if lower < upper {
                for i in lower..<upper {
                    let e = list[i], (summary, body) = fields(e), doc = first + i
                    builder.add(doc, fields: [("name", e.name), ("aliases", e.aliases.joined(separator: ". ")),
                                              ("summary", summary), ("body", body.joined(separator: ". "))])
                    for name in [e.name] + e.aliases {
                        names.append((nameKey(analyzer.fold(name).trimmedSpaces), Int32(doc)))
                    }
                }
            }
            first += list.count
        }
        each(kb.roles) { r in
            (r.summary, r.duties + (r.skills.core + r.skills.useful).map(catalog.skillName) + r.tools
                + [r.education.summary] + r.education.fields + r.education.paths + r.industries)
        }
        each(kb.skills) { s in (s.description, [s.category.rawValue]) }
        each(kb.resources) { r in
            (r.description, [r.provider, r.format.rawValue, r.cost.rawValue] + r.topics.map(catalog.skillName))
        }
        each(kb.certifications) { c in
            (c.description, [c.issuer] + c.roles.map(catalog.roleName) + c.skills.map(catalog.skillName))
        }
        each(kb.trends) { t in
            (t.summary, [t.impact] + t.roles.map(catalog.roleName) + t.skills.map(catalog.skillName))
        }
        return (builder, names)
    }

    /// Whether document `doc`'s name or one of its aliases, folded and trimmed, is `folded`:
    /// confirms a hash hit. The name first, from the document's ref; the aliases only
    /// when it differs.
    private func isNamed(_ doc: Int, _ folded: Substring) -> Bool {
        func same(_ name: String) -> Bool { analyzer.fold(name).trimmedSpaces == folded }
        if same(refs[doc].name) { return true }
        return catalog.entity(refs[doc].type, refs[doc].id)?.aliases.contains(where: same) ?? false
    }

    /// The key of a name: the hash of its folded, trimmed text.
    private static func nameKey(_ folded: Substring) -> UInt64 { HashMultimap.key(folded.utf8) }

    /// The entities best matching `text` (of `type` when given), an exact name first.
    /// `terms`, when the caller has them, are `text`'s search terms (`Question.terms`),
    /// so it is not analyzed again.
    func search(_ text: String, terms: [String]? = nil, type: EntityType?, limit: Int) -> [EntityHit] {
        let filter: ((Int) -> Bool)? = type.map { t in { refs[$0].type == t } }
        var hits = index.search(terms: terms ?? analyzer.terms(text), limit: limit, where: filter).map { EntityHit(ref: refs[$0.doc], score: $0.score) }
        let folded = analyzer.fold(text).trimmedSpaces
        var exact: [Int] = []
        for id in exactNames.ids(under: Self.nameKey(folded)) where type == nil || refs[Int(id)].type == type {
            if isNamed(Int(id), folded) { exact.append(Int(id)) }
        }
        if !exact.isEmpty {
            hits.removeAll { hit in exact.contains { refs[$0] == hit.ref } }
            hits.insert(contentsOf: exact.map { EntityHit(ref: refs[$0], score: 1) }, at: 0)
            hits = Array(hits.prefix(limit))
        }
        return hits
    }
}
