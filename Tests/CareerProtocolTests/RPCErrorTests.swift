import Testing
@testable import CareerProtocol

@Suite struct RPCErrorTests {
    @Test func codesMatchTheContract() {
        #expect(RPCErrorCode.parseError.rawValue == -32700)
        #expect(RPCErrorCode.invalidRequest.rawValue == -32600)
        #expect(RPCErrorCode.methodNotFound.rawValue == -32601)
        #expect(RPCErrorCode.invalidParams.rawValue == -32602)
        #expect(RPCErrorCode.internalError.rawValue == -32603)
        #expect(RPCErrorCode.lineTooLong.rawValue == -32001)
        #expect(RPCErrorCode.rateLimited.rawValue == -32002)
        #expect(RPCErrorCode.permissionDenied.rawValue == -32003)
        #expect(RPCErrorCode.busy.rawValue == -32004)
        #expect(RPCErrorCode.shuttingDown.rawValue == -32005)
        #expect(RPCErrorCode.reloadFailed.rawValue == -32006)
        #expect(RPCErrorCode.notFound.rawValue == -32007)
    }

    @Test func serverCodesAreInTheReservedRange() {
        for code in RPCErrorCode.allNamed where code.rawValue > -32600 {
            #expect((-32099 ... -32000).contains(code.rawValue))
        }
        #expect(Set(RPCErrorCode.allNamed).count == RPCErrorCode.allNamed.count)
    }

    @Test func constantsCarryDefaultMessages() {
        #expect(RPCError.parseError.message == "Parse error")
        #expect(RPCError.invalidRequest.message == "Invalid Request")
        #expect(RPCError.methodNotFound.code == .methodNotFound)
        #expect(RPCError.notFound.code.rawValue == -32007)
        #expect(RPCError.busy.message == "Server busy")
        #expect(RPCErrorCode(rawValue: -32050).defaultMessage == "Server error")
        #expect(RPCErrorCode(rawValue: 7).defaultMessage == "Error")
    }

    @Test func factories() {
        let m = RPCError.methodNotFound("frobnicate")
        #expect(m.code == .methodNotFound && m.message.contains("frobnicate"))
        #expect(m.data?["method"] == "frobnicate")
        let n = RPCError.notFound(type: "role", id: "astronaut")
        #expect(n.code == .notFound && n.data == ["type": "role", "id": "astronaut"])
        let p = RPCError.invalidParams(field: "text", "bad")
        #expect(p.data?["field"] == "text")
        let r = RPCError.reloadFailed(diagnostics: ["a", "b"])
        #expect(r.diagnostics == ["a", "b"])
        #expect(RPCError.busy.diagnostics == nil)
    }

    @Test func jsonOmitsAbsentData() throws {
        #expect(RPCError.busy.json.jsonString == #"{"code":-32004,"message":"Server busy"}"#)
        let e = RPCError(.invalidParams, "x", data: ["field": "text"])
        #expect(try RPCError(json: e.json) == e)
    }

    @Test func decodingRejectsMalformed() {
        #expect(throws: RPCDecodingError.self) { try RPCError(json: "x") }
        #expect(throws: RPCDecodingError.self) { try RPCError(json: ["code": 1.5, "message": "m"]) }
        #expect(throws: RPCDecodingError.self) { try RPCError(json: ["code": 1, "message": 2]) }
    }

    @Test func description() {
        #expect(RPCError.rateLimited.description == "Rate limited (code -32002)")
    }

    @Test func methodNames() {
        #expect(RPCMethodName.allNames == ["ask", "search", "info", "get", "list", "session.reset", "reload", "model.validate"])
        #expect(RPCMethodName(rawValue: "session.reset") == .sessionReset)
    }
}
