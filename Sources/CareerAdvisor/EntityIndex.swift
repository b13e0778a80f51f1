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

    init(catalog: Catalog, analyzer: Analyzer) {
        self.analyzer = analyzer
        self.catalog = catalog
        var builder = IndexBuilder(analyzer: analyzer, fieldWeights: Self.fieldWeights)
        let kb = catalog.knowledge
        var doc = 0  // entities are added in `Catalog.refs` order
        func add(_ e: any Entity, summary: String, body: [String]) {
            builder.add(doc, fields: [("name", e.name), ("aliases", e.aliases.joined(separator: ". ")),
                                      ("summary", summary), ("body", body.joined(separator: ". "))])
            doc += 1
        }
        for r in kb.roles {
            let body = r.duties + (r.skills.core + r.skills.useful).map(catalog.skillName) + r.tools
                + [r.education.summary] + r.education.fields + r.education.paths + r.industries
            add(r, summary: r.summary, body: body)
        }
        for s in kb.skills { add(s, summary: s.description, body: [s.category.rawValue]) }
        for r in kb.resources {
            add(r, summary: r.description, body: [r.provider, r.format.rawValue, r.cost.rawValue] + r.topics.map(catalog.skillName))
        }
        for c in kb.certifications {
            add(c, summary: c.description, body: [c.issuer] + c.roles.map(catalog.roleName) + c.skills.map(catalog.skillName))
        }
        for t in kb.trends {
            add(t, summary: t.summary, body: [t.impact] + t.roles.map(catalog.roleName) + t.skills.map(catalog.skillName))
        }
        var exact: [(key: UInt64, id: Int32)] = []
        for (doc, e) in catalog.allEntities.enumerated() {
            for name in [e.name] + e.aliases { exact.append((Self.nameKey(analyzer.fold(name).trimmedSpaces), Int32(doc))) }
        }
        self.exactNames = HashMultimap(exact)
        self.index = builder.build()
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

    func search(_ text: String, type: EntityType?, limit: Int) -> [EntityHit] {
        let filter: ((Int) -> Bool)? = type.map { t in { refs[$0].type == t } }
        var hits = index.search(text, limit: limit, where: filter).map { EntityHit(ref: refs[$0.doc], score: $0.score) }
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
