import CJSONScan
import Testing
@testable import CareerProtocol

/// The pointer writer and its C string writer: sizes that are exact, the tree's bytes,
/// and no byte written past the room given.
struct JSONPointerWriterTests {
    /// Strings of every kind of byte: plain, to escape short or as \u00XX, and UTF-8.
    static func randomString(_ random: inout some RandomNumberGenerator, length: Int) -> String {
        let pieces = ["a", "Z", " ", "\n", "\"", "\\", "\t", "\u{1}", "\u{1f}", "\u{7f}", "é", "£", "–", "😀", "0"]
        return (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test func aStringIsWrittenAsTheTreeWritesItInExactlyItsSize() {
        var random = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let text = Self.randomString(&random, length: length)
            let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 2_000, alignment: 1)
            defer { room.deallocate() }
            var writer = JSONPointerWriter(room)
            writer.string(text)
            let written = Array(room[..<writer.count])
            #expect(written == JSONValue.string(text).jsonBytes, "\(length)")
            #expect(JSONPointerWriter.size(of: text) >= writer.count, "\(length)")
            var copy = text
            let exact = copy.withUTF8 { careerd_json_string_size($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
            #expect(exact == writer.count, "\(length)")
        }
    }

    /// The C writer, given any room smaller than the string needs, says so and writes
    /// nothing past it (the byte after the room keeps its guard value).
    @Test func theStringWriterNeverWritesPastItsRoom() {
        var random = SystemRandomNumberGenerator()
        for length in [0, 1, 15, 16, 17, 40] {
            var text = Self.randomString(&random, length: length)
            text.withUTF8 { bytes in
                let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                let size = careerd_json_string_size(base, bytes.count)
                for room in 0...size {
                    var out = [UInt8](repeating: 0xAA, count: size + 1)
                    let written = careerd_json_write_string(&out, room, base, bytes.count)
                    if room < size {
                        #expect(written == Int(bitPattern: UInt.max), "\(length) \(room)")
                    } else {
                        #expect(written == size, "\(length) \(room)")
                    }
                    #expect(out[room...].allSatisfy { $0 == 0xAA }, "\(length) \(room)")
                }
            }
        }
    }

    @Test func numbersAreWrittenAsTheTreeWritesThem() {
        var random = SystemRandomNumberGenerator()
        let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
        defer { room.deallocate() }
        var doubles: [Double] = [0, -0.0, 1, 0.5, 1e-7, 1e300, -1.7976931348623157e308, .nan, .infinity]
        for _ in 0..<500 { doubles.append(Double.random(in: 0...1, using: &random)) }
        for d in doubles {
            var writer = JSONPointerWriter(room)
            writer.double(d)
            #expect(Array(room[..<writer.count]) == JSONValue.double(d).jsonBytes, "\(d)")
            #expect(writer.count <= JSONPointerWriter.doubleSize)
        }
        for i: Int64 in [0, -1, 42, .max, .min] {
            var writer = JSONPointerWriter(room)
            writer.int(i)
            #expect(Array(room[..<writer.count]) == JSONValue.int(i).jsonBytes, "\(i)")
            #expect(writer.count <= JSONPointerWriter.intSize)
        }
    }

    /// A result whose size was worked out too small stops the process rather than write
    /// past its room.
    @Test func writingPastTheRoomStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            let room = UnsafeMutableRawBufferPointer.allocate(byteCount: 8, alignment: 1)
            var writer = JSONPointerWriter(room)
            writer.string("more than eight bytes")
        }
    }
}
