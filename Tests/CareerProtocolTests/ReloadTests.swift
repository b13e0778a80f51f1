import Testing
@testable import CareerProtocol

@Suite struct ReloadTests {
    @Test func result() throws {
        let r = ReloadResult(counts: ["role": 18, "skill": 46], tookMilliseconds: 41.5)
        #expect(r.json.jsonString == #"{"reloaded":true,"counts":{"role":18,"skill":46},"took_ms":41.5}"#)
        #expect(try ReloadResult(json: r.json) == r)
        #expect(throws: RPCDecodingError.self) { try ReloadResult(json: ["reloaded": false]) }
    }

    @Test func failureCarriesDiagnostics() throws {
        let e = RPCError.reloadFailed(diagnostics: ["roles/a.yaml:3:5: unknown field 'salries'", "sources.yaml:1:1: empty"])
        #expect(e.code == .reloadFailed)
        let back = try RPCResponse.parse(RPCResponse(id: 1, error: e).encodedLine())
        #expect(back.error?.diagnostics == e.diagnostics)
        #expect(e.message.contains("2 problems"))
    }
}
