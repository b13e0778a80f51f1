extension RPCResponse {
    /// The most ``writeResultLine(id:result:into:)`` writes for `result`.
    public static func resultLineSize(id: RPCID, result: some JSONDirectWritable) -> Int {
        let idSize = switch id {
        case .int: JSONPointerWriter.intSize
        case .string(let s): JSONPointerWriter.size(of: s)
        case .null: 4
        }
        return 32 + idSize + result.maximumJSONSize
    }

    /// Writes a success response line whose result writes itself (``AskResult``), `\n`
    /// included, into `room` (at least ``resultLineSize(id:result:)`` bytes); returns the
    /// bytes written. The same bytes as `RPCResponse(id:result:).write(to:)` for the
    /// result's `JSONValue`.
    public static func writeResultLine(id: RPCID, result: some JSONDirectWritable, into room: UnsafeMutableRawBufferPointer) -> Int {
        var out = JSONPointerWriter(room)
        out.ascii(#"{"jsonrpc":"2.0","id":"#)
        switch id {
        case .int(let i): out.int(i)
        case .string(let s): out.string(s)
        case .null: out.ascii("null")
        }
        out.ascii(#","result":"#)
        result.writeJSON(&out)
        out.byte(UInt8(ascii: "}"))
        out.byte(0x0A)
        return out.count
    }

    /// Appends that line to `out`.
    public static func writeResultLine(id: RPCID, result: some JSONDirectWritable, to out: inout [UInt8]) {
        let size = resultLineSize(id: id, result: result)
        out += [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = writeResultLine(id: id, result: result, into: UnsafeMutableRawBufferPointer(buffer))
        }
    }
}
