import Testing
@testable import CareerProtocol

private func parse(_ s: String) -> Result<RPCRequest, RPCErrorResponse> { RPCRequest.parse(Array(s.utf8)) }

private func failure(_ s: String) -> RPCErrorResponse? {
    if case .failure(let e) = parse(s) { return e }
    return nil
}

@Suite struct RPCRequestTests {
    @Test func validRequest() throws {
        let r = try parse(#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"hi"}}"#).get()
        #expect(r.id == .int(1))
        #expect(r.method == "ask")
        #expect(r.params?["text"] == "hi")
        #expect(!r.isNotification)
    }

    @Test func idKinds() throws {
        #expect(try parse(#"{"jsonrpc":"2.0","id":"a-1","method":"info"}"#).get().id == .string("a-1"))
        #expect(try parse(#"{"jsonrpc":"2.0","id":7.0,"method":"info"}"#).get().id == .int(7))
        #expect(try parse(#"{"jsonrpc":"2.0","id":-3,"method":"info"}"#).get().id == .int(-3))
    }

    @Test func nullIDIsARequestNotANotification() throws {
        let r = try parse(#"{"jsonrpc":"2.0","id":null,"method":"info"}"#).get()
        #expect(r.id == .null)
        #expect(!r.isNotification)
    }

    @Test func missingIDIsANotification() throws {
        let r = try parse(#"{"jsonrpc":"2.0","method":"info"}"#).get()
        #expect(r.id == nil)
        #expect(r.isNotification)
        #expect(r.params == nil)
    }

    @Test func arrayParamsAreAccepted() throws {
        #expect(try parse(#"{"jsonrpc":"2.0","id":1,"method":"x","params":[1]}"#).get().params == [1])
    }

    @Test func unknownMembersAreIgnored() throws {
        #expect(try parse(#"{"jsonrpc":"2.0","id":1,"method":"x","extra":true}"#).get().method == "x")
    }

    @Test func notJSONIsParseErrorWithNullID() {
        let e = failure("{nope")
        #expect(e?.error.code == .parseError)
        #expect(e?.id == .null)
    }

    @Test func notUTF8IsParseErrorSayingSo() {
        var bytes = Array(#"{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"#.utf8)
        bytes += [0x22, 0xFF, 0x22, 0x7D, 0x7D]
        guard case .failure(let e) = RPCRequest.parse(bytes) else { Issue.record("accepted"); return }
        #expect(e.error.code == .parseError)
        #expect(e.id == .null)
        #expect(e.error.message.contains("UTF-8"))
    }

    @Test func tooDeepIsParseError() {
        let line = #"{"jsonrpc":"2.0","id":1,"method":"x","params":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        #expect(failure(line)?.error.code == .parseError)
    }

    @Test(arguments: [
        (#"{"jsonrpc":"1.0","id":5,"method":"x"}"#, RPCID.int(5)),
        (#"{"id":5,"method":"x"}"#, RPCID.int(5)),
        (#"{"jsonrpc":2.0,"id":"s","method":"x"}"#, RPCID.string("s")),
        (#"{"jsonrpc":"2.0","id":5,"method":3}"#, RPCID.int(5)),
        (#"{"jsonrpc":"2.0","id":5}"#, RPCID.int(5)),
        (#"{"jsonrpc":"2.0","id":5,"method":"x","params":"a"}"#, RPCID.int(5)),
        (#"{"jsonrpc":"2.0","id":5,"method":"x","params":null}"#, RPCID.int(5)),
        (#"{"jsonrpc":"2.0","id":null,"method":null}"#, RPCID.null),
        (#"{"jsonrpc":"2.0","method":null}"#, RPCID.null),
        (#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#, RPCID.null),
        (#"{"jsonrpc":"2.0","id":true,"method":"x"}"#, RPCID.null),
        (#"{"jsonrpc":"2.0","id":{},"method":"x"}"#, RPCID.null),
        (#"{"jsonrpc":"2.0","id":[1],"method":"x"}"#, RPCID.null),
        (#"[]"#, RPCID.null),
        (#"[{"jsonrpc":"2.0","id":1,"method":"x"}]"#, RPCID.null),
        (#""a string""#, RPCID.null),
        (#"42"#, RPCID.null),
        (#"null"#, RPCID.null),
    ])
    func invalidRequestsEchoTheIDWhenReadable(_ line: String, _ id: RPCID) {
        let e = failure(line)
        #expect(e?.error.code == .invalidRequest, "\(line)")
        #expect(e?.id == id, "\(line)")
    }

    @Test func batchesAreRefusedClearly() {
        #expect(failure(#"[{"jsonrpc":"2.0","id":1,"method":"x"}]"#)?.error.message.contains("batch") == true)
    }

    @Test func errorResponseEncodesOnOneLine() {
        let line = failure("{")!.encodedLine()
        #expect(line.last == 0x0A)
        #expect(line.dropLast().contains(0x0A) == false)
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"#))
    }

    @Test func encodingRoundTrips() throws {
        let r = RPCRequest(id: .string("x"), method: "search", params: ["query": "python"])
        let line = r.encodedLine()
        #expect(String(decoding: line, as: UTF8.self) == "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"search\",\"params\":{\"query\":\"python\"}}\n")
        #expect(try RPCRequest.parse(line.dropLast()).get() == r)
        let n = RPCRequest(id: nil, method: "info")
        #expect(n.json.jsonString == #"{"jsonrpc":"2.0","method":"info"}"#)
        #expect(try RPCRequest.parse(n.encodedLine()).get() == n)  // trailing newline is whitespace
    }
}
