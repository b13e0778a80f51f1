import Testing
@testable import CareerProtocol

@Suite struct InfoTests {
    @Test func noParamsAcceptsNothingOrEmpty() throws {
        for p: JSONValue? in [nil, .null, [:], [], ["ignored": 1]] {
            _ = try InfoParams(params: p)
            _ = try ReloadParams(params: p)
        }
        #expect(throws: RPCError.self) { try InfoParams(params: [1]) }
        #expect(throws: RPCError.self) { try ReloadParams(params: "x") }
        #expect(InfoParams().json == nil)
    }

    @Test func resultWireForm() throws {
        let r = InfoResult(version: "1.2.0", counts: ["trend": 7, "role": 18, "zeta": 1, "skill": 46],
                           uptimeSeconds: 12.5, knowledgeDirectory: "/usr/share/careerd/knowledge",
                           loadedAt: "2026-11-21T10:00:00Z", sessions: 2, connections: 1)
        let json = r.json
        #expect(json["protocol"] == 1)
        #expect(json["counts"]?.object?.keys == ["role", "skill", "trend", "zeta"])
        #expect(json["methods"] == JSONValue(RPCMethodName.allNames))
        #expect(json["knowledge"] == ["directory": "/usr/share/careerd/knowledge", "loaded_at": "2026-11-21T10:00:00Z"])
        #expect(json.object?.keys == ["version", "protocol", "counts", "methods", "uptime_seconds", "knowledge", "sessions", "connections"])
        #expect(try InfoResult(json: json) == r)
    }

    @Test func optionalMembersAreOmitted() throws {
        let r = InfoResult(version: "1", counts: [:], uptimeSeconds: 0, knowledgeDirectory: "k")
        #expect(r.json["sessions"] == nil && r.json["connections"] == nil && r.json["knowledge"]?["loaded_at"] == nil)
        #expect(try InfoResult(json: r.json) == r)
    }

    @Test func decodingRequiresVersionAndProtocol() {
        #expect(throws: RPCDecodingError.self) { try InfoResult(json: ["protocol": 1]) }
        #expect(throws: RPCDecodingError.self) { try InfoResult(json: ["version": "1", "protocol": "1"]) }
        #expect(throws: RPCDecodingError.self) { try InfoResult(json: ["version": "1", "protocol": 1, "counts": ["role": "x"]]) }
    }
}
