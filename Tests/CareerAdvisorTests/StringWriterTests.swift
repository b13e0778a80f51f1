@testable import CareerAdvisor
import Testing

@Suite struct StringWriterTests {
    @Test func piecesAreWrittenInOrderIntoTheSizeGiven() {
        let pieces = ["Roles: ", "Data Scientist", ", ", "MLOps Engineer", " — résumé 日本 🤖", ""]
        let size = pieces.reduce(0) { $0 + $1.utf8.count }
        let text = StringWriter.string(capacity: size) { out in for p in pieces { out.put(p) } }
        #expect(text == pieces.joined())
        #expect(text.utf8.count == size)
    }

    @Test func aLargerSizeIsTrimmedToWhatWasWritten() {
        #expect(StringWriter.string(capacity: 100) { $0.put("ab"); $0.put("c") } == "abc")
        #expect(StringWriter.string(capacity: 0) { _ in }.isEmpty)
        // A piece that is not a native string (a substring made into one) is copied the same.
        let long = String(repeating: "x", count: 40)
        let slice = String(long.dropFirst(30))
        #expect(StringWriter.string(capacity: 10) { $0.put(slice) } == slice)
    }
}
