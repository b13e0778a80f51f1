#if canImport(Glibc)
import Glibc
#endif
import CareerAdvisor
import CareerKnowledge
import CareerProtocol

// libFuzzer target: the whole `ask` pipeline on the shipped knowledge. The input is up to
// four questions (split at newlines) asked in one session, so follow-ups and the profile
// are exercised; each answer goes through the wire encoder (`AskResultEncoder`, the
// daemon's own file) and must serialise to JSON that parses back with the same answer
// text, and the daemon's direct writer must write the tree's bytes. Knowledge: $CAREERD_KNOWLEDGE, else ./Knowledge.
let advisor: Advisor = {
    let dir = (getenv("CAREERD_KNOWLEDGE").map { String(cString: $0) }) ?? "Knowledge"
    do { return Advisor(knowledge: try KnowledgeLoader.load(directory: dir)) } catch {
        fatalError("fuzz-ask: the knowledge folder \(dir) does not load: \(error)")
    }
}()

/// Builds the advisor (loading the knowledge and training the intent model, seconds in
/// an unoptimised sanitised build) before fuzzing starts, so that no input is charged
/// with it and reported as a slow unit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzAskInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: OpaquePointer?) -> CInt {
    _ = advisor
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAsk(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let explain = size > 0 && bytes[0] & 1 == 1
    var session = SessionState()
    for line in bytes.split(separator: 0x0A, maxSplits: 3, omittingEmptySubsequences: true) {
        let text = String(decoding: line.prefix(2_000), as: UTF8.self)
        let answer = advisor.ask(text, session: &session, explain: explain)
        let json = AskResultEncoder.json(answer, session: "fuzz")
        let again = try! JSONValue(parsing: json.jsonBytes, maxDepth: 200)
        precondition(again["answer"]?.string == answer.text, "the answer must survive serialisation")
        // The server's own writer (sized, then written through a pointer) gives the same
        // bytes as the tree.
        let result = AskResultEncoder.result(answer, session: "fuzz")
        var direct: [UInt8] = []
        RPCResponse.writeResultLine(id: .int(1), result: result, to: &direct)
        precondition(direct == RPCResponse(id: .int(1), result: result.json).encodedLine(),
                     "the direct writer must write what the tree does")
    }
    return 0
}
