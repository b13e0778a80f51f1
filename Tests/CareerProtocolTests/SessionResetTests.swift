import Testing
@testable import CareerProtocol

@Suite struct SessionResetTests {
    @Test func params() throws {
        #expect(try SessionResetParams(params: ["session": "abc"]).session == "abc")
        #expect(SessionResetParams.method.rawValue == "session.reset")
        for bad: JSONValue? in [nil, ["session": ""], ["session": 3], ["session": .string(String(repeating: "x", count: 129))]] {
            do {
                _ = try SessionResetParams(params: bad)
                Issue.record("accepted \(String(describing: bad))")
            } catch {
                #expect(error.data?["field"] == "session")
            }
        }
    }

    @Test func result() throws {
        #expect(SessionResetResult(reset: true).json == ["reset": true])
        #expect(try SessionResetResult(json: ["reset": false]).reset == false)
        #expect(throws: RPCDecodingError.self) { try SessionResetResult(json: [:]) }
    }
}
