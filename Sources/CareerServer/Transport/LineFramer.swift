import NIOCore

/// One unit of input for the request handler.
enum Frame: Sendable {
    /// A complete line without its "\n" (and without a trailing "\r").
    case line(ByteBuffer)
    /// A line longer than the limit was discarded up to its newline.
    case tooLong
}

/// Splits the byte stream into lines of at most `maximumLineBytes`. A longer line is
/// reported once as `.tooLong` and its bytes are dropped up to the next newline, so the
/// connection stays usable and memory stays bounded whatever a client sends.
/// Runs on the channel's event loop only.
struct LineFramer: ByteToMessageDecoder {
    typealias InboundOut = Frame
    let maximumLineBytes: Int
    /// Dropping the rest of an over-long line.
    private var discarding = false

    init(maximumLineBytes: Int) { self.maximumLineBytes = maximumLineBytes }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        if let newline = view.firstIndex(of: UInt8(ascii: "\n")) {
            let length = newline - view.startIndex
            if discarding {
                buffer.moveReaderIndex(forwardBy: length + 1)
                discarding = false
                return .continue
            }
            if length > maximumLineBytes {
                buffer.moveReaderIndex(forwardBy: length + 1)
                context.fireChannelRead(wrapInboundOut(.tooLong))
                return .continue
            }
            var line = buffer.readSlice(length: length)!
            buffer.moveReaderIndex(forwardBy: 1)
            if line.readableBytesView.last == UInt8(ascii: "\r") { line.moveWriterIndex(to: line.writerIndex - 1) }
            context.fireChannelRead(wrapInboundOut(.line(line)))
            return .continue
        }
        if buffer.readableBytes > maximumLineBytes {
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            if !discarding {
                discarding = true
                context.fireChannelRead(wrapInboundOut(.tooLong))
            }
        }
        return .needMoreData
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        // A last line without a newline still counts, unless it was being discarded.
        if buffer.readableBytes > 0 {
            if !discarding, let line = buffer.readSlice(length: buffer.readableBytes) {
                context.fireChannelRead(wrapInboundOut(.line(line)))
            }
            buffer.moveReaderIndex(to: buffer.writerIndex)
        }
        return .needMoreData
    }
}
