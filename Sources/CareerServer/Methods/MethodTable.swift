import CareerAdvisor
import CareerProtocol
import NIOCore

/// What a method handler sees of the request's connection.
struct MethodContext {
    let state: ServerState
    let peer: PeerCredentials?
    let eventLoop: EventLoop
    /// The advisor that serves this request, read once: a reload during the request
    /// does not change it.
    let advisor: Advisor
}

/// A method's answer: now, or later (only `reload` waits, for the file loading).
enum MethodOutcome {
    case result(JSONValue)
    /// An `ask` result, written straight into the buffer the response line is sent from,
    /// with no `JSONValue` tree (`AskResult.writeJSON(_:)`). Concrete rather than `any
    /// JSONDirectWritable`: the existential boxed the result on the heap.
    case written(AskResult)
    case failure(RPCError)
    case later(EventLoopFuture<Result<JSONValue, RPCError>>)
}

typealias MethodHandler = (MethodContext, JSONValue?) -> MethodOutcome

/// Every method the server answers, registered in one place. Adding a method: write its
/// handler in `Methods/`, add it here, add its params/result types to CareerProtocol,
/// document it in docs/PROTOCOL.md (see docs/ARCHITECTURE.md's checklist).
enum MethodTable {
    static func handlers(testHooks: Bool) -> [String: MethodHandler] {
        var table: [String: MethodHandler] = [
            "ask": AskMethod.handle,
            "search": SearchMethod.handle,
            "info": InfoMethod.handle,
            "get": GetMethod.handle,
            "list": ListMethod.handle,
            "session.reset": SessionResetMethod.handle,
            "reload": ReloadMethod.handle,
            "model.validate": ModelValidateMethod.handle,
        ]
        if testHooks { table["debug.hang"] = DebugHangMethod.handle }
        return table
    }
}
