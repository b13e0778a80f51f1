import Foundation
import CareerProtocol
#if canImport(Glibc)
import Glibc
#endif

/// A one-connection JSON-lines server on a temporary Unix socket, run on its own thread.
/// `handle` gets each request line's JSON and says what to write back.
final class FakeServer: @unchecked Sendable {
    enum Action {
        case reply([String])
        case close
    }

    let path: String
    private let listener: Int32
    private let handle: (JSONValue) -> Action
    private let greeting: String?

    /// `greeting`, when given, is written as soon as the connection is accepted.
    init(greeting: String? = nil, _ handle: @escaping (JSONValue) -> Action) throws {
        self.greeting = greeting
        path = "/tmp/career-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        unlink(path)
        self.handle = handle
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0, listen(listener, 4) == 0 else { throw POSIXError(.EADDRINUSE) }
        Thread.detachNewThread { [self] in serve() }
    }

    deinit {
        Glibc.close(listener)
        unlink(path)
    }

    private func serve() {
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { return }
        defer { Glibc.close(fd) }
        if let greeting {
            let out = Array((greeting + "\n").utf8)
            _ = out.withUnsafeBytes { send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
            return
        }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n <= 0 { return }
            buffer += chunk[0..<n]
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                let request = (try? JSONValue(parsing: line)) ?? .null
                switch handle(request) {
                case .close:
                    return
                case .reply(let lines):
                    for l in lines {
                        let out = Array((l + "\n").utf8)
                        _ = out.withUnsafeBytes { send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
                    }
                }
            }
        }
    }

    /// A success response line.
    static func result(_ id: JSONValue?, _ result: JSONValue) -> String {
        RPCResponse(id: id.flatMap { RPCID(json: $0) } ?? .null, result: result).json.jsonString
    }

    /// An error response line.
    static func error(_ id: JSONValue?, _ error: RPCError) -> String {
        RPCResponse(id: id.flatMap { RPCID(json: $0) } ?? .null, error: error).json.jsonString
    }
}
