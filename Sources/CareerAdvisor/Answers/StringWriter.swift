import CareerSearch

/// Writes pieces of text as bytes into the storage of one string sized for them.
///
/// Why: appending to a `String` piece by piece, or interpolating, costs a hundred or
/// more instructions a piece (growth checks, the small-string path, a reallocation as it
/// grows); copying the bytes costs a few. The answer's text, lists and suggestions are
/// made this way (`AnswerBuilder.finish`, `Format.list`, `SuggestionTemplate.fill`).
///
/// The caller sizes the string: writing past `capacity` bytes stops the program
/// (a `precondition`), so a size must count every piece it may write.
struct StringWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// The string `body` writes, in at most `capacity` bytes.
    static func string(capacity: Int, _ body: (inout StringWriter) -> Void) -> String {
        String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
            var writer = StringWriter(buffer)
            body(&writer)
            return writer.count
        }
    }

    mutating func put(_ piece: String) {
        piece.withUTF8Bytes { put(UnsafeRawBufferPointer($0)) }
    }

    /// Bytes of UTF-8 text (the string's validation at the end checks them).
    mutating func put(_ bytes: UnsafeRawBufferPointer) {
        precondition(count + bytes.count <= buffer.count, "a string outgrew the size its writer was given")
        guard let from = bytes.baseAddress, let to = buffer.baseAddress else { return }
        UnsafeMutableRawPointer(to + count).copyMemory(from: from, byteCount: bytes.count)
        count += bytes.count
    }
}
