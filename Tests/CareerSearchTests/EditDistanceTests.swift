import Testing
@testable import CareerSearch

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
        ("kitten", "sitting", 3), ("salery", "salary", 1), ("reserach", "research", 1),
        ("ca", "ac", 1), ("ca", "abc", 3),  // OSA: no edit of a transposed pair (true DL gives 2)
        ("kubernets", "kubernetes", 1), ("scientst", "scientist", 1), ("abcdef", "badcfe", 3),
        ("café", "cafe", 1), ("naïve", "naive", 1),
    ])
    func optimalStringAlignment(a: String, b: String, distance: Int) {
        #expect(EditDistance.osa(a, b) == distance)
        #expect(EditDistance.osa(b, a) == distance)
    }

    @Test func limitStopsEarlyAboveIt() {
        #expect(EditDistance.osa("abcdefgh", "zyxwvuts", limit: 2) > 2)
        #expect(EditDistance.osa("short", "muchlongerword", limit: 2) > 2)
        #expect(EditDistance.osa("salery", "salary", limit: 1) == 1)
        #expect(EditDistance.osa("reserach", "research", limit: 0) > 0)
    }

    @Test func limitedMatchesUnlimitedWithinLimit() {
        var rng = SplitMix(seed: 7)
        let alphabet = Array("abcde".unicodeScalars)
        for _ in 0..<2_000 {
            let a = (0..<Int(rng.next() % 8)).map { _ in alphabet[Int(rng.next() % 5)] }
            let b = (0..<Int(rng.next() % 8)).map { _ in alphabet[Int(rng.next() % 5)] }
            let full = EditDistance.osa(a, b)
            for limit in 0...3 {
                let limited = EditDistance.osa(a, b, limit: limit)
                #expect(full <= limit ? limited == full : limited > limit)
            }
        }
    }
}
