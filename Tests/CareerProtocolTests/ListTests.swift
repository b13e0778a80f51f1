import Testing
@testable import CareerProtocol

@Suite struct ListTests {
    @Test func params() throws {
        #expect(try ListParams(params: ["type": "certification"]).type == .certification)
        #expect(ListParams(type: .trend).json == ["type": "trend"])
        for bad: JSONValue? in [nil, [:], ["type": "roles"], ["type": 1]] {
            #expect(throws: RPCError.self) { try ListParams(params: bad) }
        }
    }

    @Test func result() throws {
        let r = ListResult(type: "trend", items: [.init(id: "edge-ai", name: "Edge AI")])
        #expect(r.json.jsonString == #"{"type":"trend","items":[{"id":"edge-ai","name":"Edge AI"}]}"#)
        #expect(try ListResult(json: r.json) == r)
        #expect(throws: RPCDecodingError.self) { try ListResult(json: ["items": []]) }
    }
}
