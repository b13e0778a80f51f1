// libFuzzer target: any bytes as one request line. The parser must return a request or
// an error response (never crash, hang or recurse without bound), and the response it
// would send must be valid JSON again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    switch RPCRequest.parse(bytes) {
    case .success(let request):
        _ = try! JSONValue(parsing: request.json.jsonBytes, maxDepth: 200)
    case .failure(let error):
        _ = try! JSONValue(parsing: error.response.json.jsonBytes)
    }
    return 0
}
