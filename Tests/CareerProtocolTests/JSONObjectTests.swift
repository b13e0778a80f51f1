import Testing
@testable import CareerProtocol

@Suite struct JSONObjectTests {
    @Test func setReplacesInPlaceAndAppendsNewKeys() {
        var o: JSONObject = ["a": 1, "b": 2]
        o["a"] = 10
        o["c"] = 3
        #expect(o.keys == ["a", "b", "c"])
        #expect(o["a"] == 10)
    }

    @Test func settingNilRemoves() {
        var o: JSONObject = ["a": 1, "b": 2]
        o["a"] = nil
        #expect(o.keys == ["b"])
        o["zzz"] = nil
        #expect(o.count == 1)
    }

    @Test func repeatedKeysKeepFirstPositionAndLastValue() {
        let o = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(o.keys == ["a", "b"])
        #expect(o["a"] == 3)
    }

    @Test func equalityAndHashIgnoreOrder() {
        let x: JSONObject = ["a": 1, "b": [1, 2]]
        let y: JSONObject = ["b": [1, 2], "a": 1]
        #expect(x == y)
        #expect(x.hashValue == y.hashValue)
        #expect(x != ["a": 1, "b": [2, 1]])
        #expect(x != ["a": 1])
        #expect(x != ["a": 1, "c": [1, 2]])
    }

    @Test func iteratesInOrder() {
        let o: JSONObject = ["x": 1, "y": 2]
        #expect(o.map(\.key) == ["x", "y"])
        #expect(o[1].value == 2)
    }
}
