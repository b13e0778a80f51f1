import Testing
@testable import CareerProtocol

private func invalid(_ params: JSONValue?) -> RPCError? {
    do { _ = try SearchParams(params: params); return nil } catch { return error }
}

@Suite struct SearchTests {
    @Test func defaults() throws {
        let p = try SearchParams(params: ["query": "python"])
        #expect(p == SearchParams(query: "python", type: nil, limit: 10))
    }

    @Test func allFields() throws {
        let p = try SearchParams(params: ["query": "k8s", "type": "skill", "limit": 100])
        #expect(p.type == .skill && p.limit == 100)
        #expect(try SearchParams(params: p.json) == p)
    }

    @Test(arguments: [
        (nil, "query"), (["query": ""], "query"), (["query": 1], "query"),
        (["query": "x", "type": "level"], "type"), (["query": "x", "type": 1], "type"),
        (["query": "x", "limit": 0], "limit"), (["query": "x", "limit": 101], "limit"),
        (["query": "x", "limit": 2.5], "limit"), (["query": "x", "limit": "5"], "limit"),
    ] as [(JSONValue?, String)])
    func invalidParams(_ params: JSONValue?, _ field: String) {
        let e = invalid(params)
        #expect(e?.code == .invalidParams)
        #expect(e?.data?["field"] == .string(field))
    }

    @Test func queryLimit() {
        #expect(throws: RPCError.self) { try SearchParams(params: ["query": "abc"], maxQueryLength: 2) }
    }

    @Test func typeErrorListsTheChoices() {
        #expect(invalid(["query": "x", "type": "job"])?.message.contains("role|skill|resource|certification|trend") == true)
    }

    @Test func resultRoundTrips() throws {
        let r = SearchResult(hits: [.init(type: "skill", id: "python", name: "Python", score: 3.25)])
        #expect(r.json.jsonString == #"{"hits":[{"type":"skill","id":"python","name":"Python","score":3.25}]}"#)
        #expect(try SearchResult(json: r.json) == r)
        #expect(try SearchResult(json: ["hits": []]).hits.isEmpty)
        #expect(throws: RPCDecodingError.self) { try SearchResult(json: ["hits": [["type": "skill"]]]) }
    }
}
