import Testing
@testable import CareerProtocol

@Suite struct GetTests {
    @Test func params() throws {
        let p = try GetParams(params: ["type": "role", "id": "data-engineer"])
        #expect(p == GetParams(type: .role, id: "data-engineer"))
        #expect(try GetParams(params: p.json) == p)
    }

    @Test(arguments: [
        (nil, "type"), (["id": "x"], "type"), (["type": "region", "id": "uk"], "type"),
        (["type": "role"], "id"), (["type": "role", "id": ""], "id"), (["type": "role", "id": 5], "id"),
    ] as [(JSONValue?, String)])
    func invalidParams(_ params: JSONValue?, _ field: String) {
        do {
            _ = try GetParams(params: params)
            Issue.record("accepted \(String(describing: params))")
        } catch {
            #expect(error.code == .invalidParams)
            #expect(error.data?["field"] == .string(field))
        }
    }

    @Test func result() throws {
        let r = GetResult(type: "role", id: "data-engineer", name: "Data Engineer", record: ["id": "data-engineer", "aliases": []])
        #expect(r.json.object?.keys == ["type", "id", "name", "record"])
        #expect(try GetResult(json: r.json) == r)
    }

    @Test func unknownIDIsNotFound() {
        #expect(RPCError.notFound(type: "role", id: "astronaut").code.rawValue == -32007)
    }
}
