import Testing
@testable import CareerProtocol

@Suite struct RPCResponseTests {
    @Test func successEncoding() {
        let r = RPCResponse(id: 3, result: ["reset": true])
        #expect(String(decoding: r.encodedLine(), as: UTF8.self) == "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"reset\":true}}\n")
        #expect(r.result == ["reset": true])
        #expect(r.error == nil)
    }

    @Test func errorEncodingWithData() {
        let r = RPCResponse(id: "a", error: .reloadFailed(diagnostics: ["roles/x.yaml:1:1: bad"]))
        let text = String(decoding: r.encodedLine(), as: UTF8.self)
        #expect(text == "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"error\":{\"code\":-32006,\"message\":\"Reload failed: 1 problem in the knowledge directory\",\"data\":{\"diagnostics\":[\"roles/x.yaml:1:1: bad\"]}}}\n")
    }

    @Test func writeAppends() {
        var out: [UInt8] = []
        RPCResponse(id: 1, result: 1).write(to: &out)
        RPCResponse(id: 2, result: 2).write(to: &out)
        #expect(out.filter { $0 == 0x0A }.count == 2)
    }

    @Test func parseRoundTrips() throws {
        for r in [RPCResponse(id: 1, result: ["a": [1, 2]]), RPCResponse(id: .null, error: .lineTooLong),
                  RPCResponse(id: "x", error: .invalidParams(field: "text", "bad"))] {
            #expect(try RPCResponse.parse(r.encodedLine()) == r)
        }
    }

    @Test func parseToleratesNullErrorNextToResult() throws {
        let r = try RPCResponse.parse(Array(#"{"jsonrpc":"2.0","id":1,"result":5,"error":null}"#.utf8))
        #expect(r.result == 5)
    }

    @Test(arguments: [
        "nope",
        "[]",
        #"{"id":1,"result":1}"#,
        #"{"jsonrpc":"2.0","result":1}"#,
        #"{"jsonrpc":"2.0","id":1}"#,
        #"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"m"}}"#,
        #"{"jsonrpc":"2.0","id":1,"error":{"code":"x","message":"m"}}"#,
        #"{"jsonrpc":"2.0","id":1,"error":{"code":1}}"#,
        #"{"jsonrpc":"2.0","id":true,"result":1}"#,
    ])
    func parseRejectsMalformed(_ line: String) {
        #expect(throws: RPCDecodingError.self) { try RPCResponse.parse(Array(line.utf8)) }
    }
}
