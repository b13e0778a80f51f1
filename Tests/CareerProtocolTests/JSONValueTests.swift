import Testing
@testable import CareerProtocol

@Suite struct JSONValueTests {
    @Test func accessorsReturnValuesOfTheirOwnTypeOnly() {
        let v: JSONValue = ["s": "x", "i": 3, "d": 2.5, "b": true, "n": nil, "a": [1, 2], "o": ["k": "v"]]
        #expect(v["s"]?.string == "x")
        #expect(v["s"]?.int == nil)
        #expect(v["i"]?.int == 3)
        #expect(v["i"]?.double == 3.0)
        #expect(v["d"]?.double == 2.5)
        #expect(v["d"]?.int == nil)
        #expect(v["b"]?.bool == true)
        #expect(v["n"]?.isNull == true)
        #expect(v["a"]?[1] == 2)
        #expect(v["a"]?[2] == nil)
        #expect(v["o"]?["k"]?.string == "v")
        #expect(v["missing"] == nil)
        #expect(JSONValue.string("x")["k"] == nil)
    }

    @Test func integralDoublesReadAsIntegers() {
        #expect(JSONValue.double(3.0).int == 3)
        #expect(JSONValue.double(1e30).int64 == nil)
    }

    @Test func numbersCompareByValue() {
        #expect(JSONValue.int(1) == JSONValue.double(1.0))
        #expect(JSONValue.double(1.0) == JSONValue.int(1))
        #expect(JSONValue.int(1) != JSONValue.double(1.5))
        #expect(JSONValue.int(Int64(1) << 53 + 1) != JSONValue.double(Double(Int64(1) << 53)))
        #expect(Set<JSONValue>([.int(2), .double(2.0)]).count == 1)
    }

    @Test func differentTypesAreNeverEqual() {
        #expect(JSONValue.string("1") != JSONValue.int(1))
        #expect(JSONValue.bool(false) != JSONValue.null)
        #expect(JSONValue.array([]) != JSONValue.object([:]))
    }

    @Test func typeNames() {
        #expect(JSONValue.null.typeName == "null")
        #expect(JSONValue.int(1).typeName == "number")
        #expect(JSONValue.double(1).typeName == "number")
        #expect(JSONValue.object([:]).typeName == "object")
    }

    @Test func dictionaryLiteralKeepsOrder() {
        let v: JSONValue = ["z": 1, "a": 2, "m": 3]
        #expect(v.object?.keys == ["z", "a", "m"])
        #expect(v.jsonString == #"{"z":1,"a":2,"m":3}"#)
    }

    @Test func descriptionIsCompactJSON() {
        let v: JSONValue = ["a": [true, nil]]
        #expect("\(v)" == #"{"a":[true,null]}"#)
    }
}
