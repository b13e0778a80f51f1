extension RPCResponse {
    /// The most ``writeResultLine(id:result:_:)`` writes for `result`.
    public static func resultLineSize(id: RPCID, result: some JSONDirectWritable) -> Int {
        let idSize = switch id {
        case .int: JSONPointerWriter.intSize
        case .string(let s): JSONPointerWriter.size(of: s)
        case .null: 4
        }
        return lineStart.utf8CodeUnitCount + idSize + resultKey.utf8CodeUnitCount + result.maximumJSONSize
            + lineEnd.utf8CodeUnitCount
    }

    /// Writes a success response line whose result writes itself (``AskResult``), `\n`
    /// included, through `out`, which has room for at least
    /// ``resultLineSize(id:result:)`` bytes. The same bytes as
    /// `RPCResponse(id:result:).write(to:)` for the result's `JSONValue`.
    public static func writeResultLine(id: RPCID, result: some JSONDirectWritable, _ out: inout JSONPointerWriter) {
        out.ascii(lineStart)
        switch id {
        case .int(let i): out.int(i)
        case .string(let s): out.string(s)
        case .null: out.ascii("null")
        }
        out.ascii(resultKey)
        result.writeJSON(&out)
        out.ascii(lineEnd)
    }

    private static let lineStart: StaticString = #"{"jsonrpc":"2.0","id":"#
    private static let resultKey: StaticString = #","result":"#
    private static let lineEnd: StaticString = "}\n"

    /// Appends that line to `out`.
    public static func writeResultLine(id: RPCID, result: some JSONDirectWritable, to out: inout [UInt8]) {
        JSONPointerWriter.append(to: &out, atMost: resultLineSize(id: id, result: result)) {
            writeResultLine(id: id, result: result, &$0)
        }
    }
}
