import CareerAdvisor
import CareerKnowledge
import CareerProtocol

/// `search`, `get` and `list`: read-only views of the knowledge base.
enum SearchMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: SearchParams
        do { p = try SearchParams(params: params, maxQueryLength: ctx.state.configuration.maximumTextCharacters) } catch { return .failure(error) }
        let type = p.type.flatMap { CareerKnowledge.EntityType(rawValue: $0.rawValue) }
        let hits = ctx.advisor.search(p.query, type: type, limit: p.limit)
        return .result(SearchResult(hits: hits.map {
            .init(type: $0.ref.type.rawValue, id: $0.ref.id, name: $0.ref.name, score: ($0.score * 10_000).rounded() / 10_000)
        }).json)
    }
}

enum GetMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: GetParams
        do { p = try GetParams(params: params) } catch { return .failure(error) }
        guard let type = CareerKnowledge.EntityType(rawValue: p.type.rawValue),
              let entity = ctx.advisor.catalog.entity(type, p.id) else {
            return .failure(.notFound(type: p.type.rawValue, id: p.id))
        }
        let record = RecordEncoder.encode(entity, catalog: ctx.advisor.catalog)
        return .result(GetResult(type: type.rawValue, id: entity.id, name: entity.name, record: record).json)
    }
}

enum ListMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: ListParams
        do { p = try ListParams(params: params) } catch { return .failure(error) }
        guard let type = CareerKnowledge.EntityType(rawValue: p.type.rawValue) else {
            return .failure(.invalidParams(field: "type", "'type' is not an entity type"))
        }
        let items = ctx.advisor.catalog.entities(of: type).map { ListResult.Item(id: $0.id, name: $0.name) }
        return .result(ListResult(type: type.rawValue, items: items).json)
    }
}
