import Testing
@testable import CareerProtocol

@Suite struct AskResultTests {
    static let sample = AskResult(
        intent: "role.salary", confidence: 0.93,
        alternatives: [.init(intent: "role.overview", confidence: 0.4)],
        entities: [.init(type: "role", id: "data-engineer", name: "Data Engineer"), .init(type: "region", id: "uk", name: "UK")],
        region: "uk", answer: "Data engineers earn...",
        sources: [.init(id: "glassdoor-2024", title: "Salaries", publisher: "Glassdoor", date: "2024-05")],
        suggestions: ["What skills do they need?"], session: "s1")

    @Test func wireFormHasTheContractFieldsInOrder() {
        let json = Self.sample.json
        #expect(json.object?.keys == ["intent", "confidence", "alternatives", "entities", "slots", "answer", "sources", "suggestions", "session"])
        #expect(json["entities"]?[0] == ["type": "role", "id": "data-engineer", "name": "Data Engineer"])
        #expect(json["sources"]?[0]?.object?.keys == ["id", "title", "publisher", "date"])
        #expect(json["slots"] == ["region": "uk"])
        #expect(json["confidence"] == 0.93)
    }

    @Test func roundTrips() throws {
        #expect(try AskResult(json: Self.sample.json) == Self.sample)
        var noSession = Self.sample
        noSession.session = nil
        #expect(noSession.json["session"] == nil)
        #expect(try AskResult(json: noSession.json) == noSession)
    }

    @Test func confidenceIsClampedOnTheWire() {
        var r = Self.sample
        r.confidence = 1.7
        r.alternatives = [.init(intent: "x", confidence: -1)]
        #expect(r.json["confidence"] == 1)
        #expect(r.json["alternatives"]?[0]?["confidence"] == 0)
    }

    @Test func entityKey() {
        #expect(Self.sample.entities[0].key == "role:data-engineer")
    }

    @Test func decodingIsLenientAboutOptionalParts() throws {
        let r = try AskResult(json: ["intent": "fallback", "answer": "Sorry", "entities": [["type": "role", "id": "x"]]])
        #expect(r.confidence == 0)
        #expect(r.entities[0].name == "x")
        #expect(r.sources.isEmpty && r.suggestions.isEmpty && r.alternatives.isEmpty)
    }

    @Test(arguments: [
        "x", ["answer": "a"], ["intent": 1, "answer": "a"], ["intent": "i"],
        ["intent": "i", "answer": "a", "entities": "role"], ["intent": "i", "answer": "a", "entities": [["id": "x"]]],
        ["intent": "i", "answer": "a", "suggestions": [1]], ["intent": "i", "answer": "a", "confidence": "high"],
    ] as [JSONValue])
    func decodingRejectsWrongShapes(_ json: JSONValue) {
        #expect(throws: RPCDecodingError.self) { try AskResult(json: json) }
    }

    @Test func decodingErrorsNameTheField() {
        do {
            _ = try AskResult(json: ["intent": "i", "answer": "a", "entities": [["type": "role", "id": 3]]])
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("entities[0].id"))
        }
    }
}

@Suite struct AskResultSalaryTests {
    static let figure = AskResult.Salary(
        role: "machine-learning-engineer", roleName: "Machine Learning Engineer", level: "senior", region: "us",
        currency: "USD", min: 150_000, plus: true, label: "Experienced", source: "training-guide")

    @Test func salariesAreSentOnlyWhenThereAreSome() {
        #expect(AskResultTests.sample.json["salaries"] == nil)
        var r = AskResultTests.sample
        r.salaries = [Self.figure]
        #expect(r.json.object?.keys.suffix(2) == ["salaries", "session"])
        #expect(r.json["salaries"]?[0] == [
            "role": "machine-learning-engineer", "role_name": "Machine Learning Engineer", "level": "senior",
            "region": "us", "currency": "USD", "min": 150_000, "plus": true, "label": "Experienced",
            "source": "training-guide",
        ])
    }

    @Test func salariesRoundTrip() throws {
        var r = AskResultTests.sample
        r.salaries = [Self.figure, .init(role: "x", roleName: "X", region: "uk", currency: "GBP", min: 1, max: 2, median: 3, average: 4, source: "s")]
        #expect(try AskResult(json: r.json) == r)
    }

    @Test func aResultWithoutSalariesDecodesToNone() throws {
        #expect(try AskResult(json: ["intent": "i", "answer": "a"]).salaries.isEmpty)
    }

    @Test(arguments: [
        ["intent": "i", "answer": "a", "salaries": "many"],
        ["intent": "i", "answer": "a", "salaries": [["role": "x", "region": "us"]]],
        ["intent": "i", "answer": "a", "salaries": [["role": "x", "region": "us", "currency": "USD", "min": "lots"]]],
    ] as [JSONValue])
    func badSalariesAreRejected(_ json: JSONValue) {
        #expect(throws: RPCDecodingError.self) { try AskResult(json: json) }
    }

    @Test func boundsSpanEveryAmount() {
        #expect(Self.figure.bounds == 150_000...150_000)
        #expect(AskResult.Salary(role: "r", roleName: "r", region: "us", currency: "USD", min: 10, max: 20, median: 25, source: "s").bounds == 10...25)
        #expect(AskResult.Salary(role: "r", roleName: "r", region: "us", currency: "USD", source: "s").bounds == nil)
    }
}

/// `AskResult.write(to:)` must give exactly the bytes of the `JSONValue` path, which the
/// protocol documents: every optional part present and absent, escapes, clamped numbers.
@Suite struct AskResultWritingTests {
    static var variants: [AskResult] {
        var bare = AskResult(intent: "fallback", confidence: 0, answer: "")
        var levelOnly = AskResultTests.sample
        levelOnly.level = "entry"; levelOnly.region = nil; levelOnly.session = nil
        var both = AskResultTests.sample
        both.level = "senior"; both.confidence = 1.7
        both.alternatives = [.init(intent: "a", confidence: -3), .init(intent: "b", confidence: .nan)]
        both.answer = "Line one\n\t\"quoted\" \\ back \u{1}é😀 end"
        both.suggestions = ["", "x\"y"]
        bare.session = "peer \"s\""
        var paid = AskResultTests.sample
        paid.salaries = [AskResultSalaryTests.figure,
                         .init(role: "x", roleName: "X \"y\"", region: nil, currency: "GBP", min: 1, max: 2, median: 3, average: 4, source: "s"),
                         .init(role: "r", roleName: "R", level: "lead", region: "eu", currency: "EUR", min: -5, plus: true,
                               label: "ceiling \\ \n", source: "")]
        return [AskResultTests.sample, bare, levelOnly, both, paid]
    }

    @Test(arguments: variants)
    func sameBytesAsTheValueTree(_ r: AskResult) {
        var direct: [UInt8] = []
        r.write(to: &direct)
        #expect(String(decoding: direct, as: UTF8.self) == r.json.jsonString)
    }

    @Test(arguments: [RPCID.int(7), .string("a\"b"), .null])
    func responseLineMatches(_ id: RPCID) {
        var direct: [UInt8] = [0x41]
        RPCResponse.writeResultLine(id: id, result: AskResultTests.sample, to: &direct)
        #expect(direct == [0x41] + RPCResponse(id: id, result: AskResultTests.sample.json).encodedLine())
    }
}
