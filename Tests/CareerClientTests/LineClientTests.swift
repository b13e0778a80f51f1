import Testing
import Foundation
@testable import CareerClient
import CareerProtocol

@Suite struct LineClientTests {
    @Test func callReturnsTheResult() throws {
        let server = try FakeServer { req in
            .reply([FakeServer.result(req["id"], ["echo": req["params"]?["text"] ?? .null, "method": req["method"] ?? .null])])
        }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        let result = try client.call(method: "ask", params: ["text": "hi"])
        #expect(result == ["echo": "hi", "method": "ask"])
        let second = try client.call(method: "info")
        #expect(second["method"] == "info")
    }

    @Test func errorResponsesThrowRPCError() throws {
        let server = try FakeServer { req in .reply([FakeServer.error(req["id"], .notFound(type: "role", id: "x"))]) }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        #expect(throws: RPCError.notFound(type: "role", id: "x")) { try client.call(method: "get", params: ["type": "role", "id": "x"]) }
    }

    @Test func typedCallsDecodeResults() throws {
        let server = try FakeServer { req in .reply([FakeServer.result(req["id"], ["reset": true])]) }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        let r = try client.call(SessionResetParams(session: "s"), returning: SessionResetResult.self)
        #expect(r.reset)
        #expect(throws: ClientError.self) { try client.call(InfoParams(), returning: InfoResult.self) }
    }

    @Test func pipelinedResponsesAreMatchedByID() throws {
        // The server answers the first request only after the second, in reverse order.
        nonisolated(unsafe) var held: JSONValue? = nil
        let server = try FakeServer { req in
            if held == nil { held = req["id"]; return .reply([]) }
            return .reply([FakeServer.result(req["id"], "second"), FakeServer.result(held, "first")])
        }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        let a = try client.send(method: "ask", params: ["text": "1"])
        let b = try client.send(method: "ask", params: ["text": "2"])
        #expect(try client.response(for: a).result == "first")
        #expect(try client.response(for: b).result == "second")
    }

    @Test func nullIDErrorsBelongToTheOldestPendingRequest() throws {
        let server = try FakeServer { _ in .reply([FakeServer.error(nil, .lineTooLong)]) }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        #expect(throws: RPCError.lineTooLong) { try client.call(method: "ask", params: ["text": "x"]) }
    }

    @Test func aDaemonThatRefusesWithAnErrorAndClosesIsReportedAsThatError() throws {
        let server = try FakeServer(greeting: FakeServer.error(nil, .busy)) { _ in .close }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        Thread.sleep(forTimeInterval: 0.1)  // let the server write and close first
        #expect(throws: RPCError.busy) { try client.call(method: "ask", params: ["text": "x"]) }
    }

    @Test func timeoutAbandonsTheRequestAndDropsItsLateReply() throws {
        nonisolated(unsafe) var first: JSONValue? = nil
        let server = try FakeServer { req in
            if first == nil { first = req["id"]; return .reply([]) }
            return .reply([FakeServer.result(first, "late"), FakeServer.result(req["id"], "fresh")])
        }
        let client = try LineClient(path: server.path, timeout: .milliseconds(200))
        #expect {
            try client.call(method: "ask", params: ["text": "slow"])
        } throws: { error in
            guard case ClientError.timedOut(let path, let seconds) = error else { return false }
            return path == server.path && seconds == 0.2
        }
        client.timeout = .seconds(5)
        #expect(try client.call(method: "ask", params: ["text": "next"]) == "fresh")
    }

    @Test func closedConnectionIsReported() throws {
        let server = try FakeServer { _ in .close }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        #expect(throws: ClientError.connectionClosed(path: server.path)) { try client.call(method: "info") }
        #expect(throws: ClientError.self) { try client.call(method: "info") }
    }

    @Test func malformedResponsesAreReported() throws {
        let server = try FakeServer { _ in .reply(["this is not json"]) }
        let client = try LineClient(path: server.path, timeout: .seconds(5))
        #expect {
            try client.call(method: "info")
        } throws: { error in
            if case ClientError.malformedResponse = error { return true }
            return false
        }
    }

    @Test func missingSocket() {
        let path = "/tmp/career-test-missing-\(getpid()).sock"
        #expect(throws: ClientError.noSuchSocket(path: path)) { try LineClient(path: path) }
        let error = ClientError.noSuchSocket(path: path)
        #expect(error.description == "no careerd answers at \(path) (no such socket)")
        #expect(error.isUnreachable)
    }

    @Test func staleSocketFileIsConnectionRefused() throws {
        let path = "/tmp/career-test-stale-\(getpid()).sock"
        // A socket that was bound, then closed without unlinking: nobody listens.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8))
            raw[path.utf8.count] = 0
        }
        unlink(path)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        defer { unlink(path) }
        #expect(throws: ClientError.connectionRefused(path: path)) { try LineClient(path: path) }
        #expect(ClientError.connectionRefused(path: path).description.hasSuffix("(connection refused)"))
    }

    @Test func pathTooLong() {
        let path = "/tmp/" + String(repeating: "x", count: 200)
        #expect {
            try LineClient(path: path)
        } throws: { error in
            guard case ClientError.invalidPath = error else { return false }
            return true
        }
    }

    @Test func connectTriesCandidatesInOrder() throws {
        let server = try FakeServer { req in .reply([FakeServer.result(req["id"], 1)]) }
        let missing = "/tmp/career-test-missing-\(getpid()).sock"
        let client = try LineClient.connect(candidates: [missing, server.path])
        #expect(client.path == server.path)
        #expect(throws: ClientError.noSuchSocket(path: missing)) {
            try LineClient.connect(candidates: [missing, missing + "2"])
        }
    }
}
