#if canImport(Glibc)
import Glibc
#endif
import CareerKnowledge
import CareerProtocol

/// `info`: version, protocol number, knowledge counts, methods, uptime, load, and the
/// caller's uid as the daemon sees it (from SO_PEERCRED).
enum InfoMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        do { _ = try InfoParams(params: params) } catch { return .failure(error) }
        let loaded = ctx.state.advisors.loaded
        var methods = RPCMethodName.allNames
        if ctx.state.configuration.testHooks { methods.append(DebugHangMethod.name) }
        let info = InfoResult(
            version: ctx.state.configuration.version, counts: counts(ctx.advisor.catalog), methods: methods,
            uptimeSeconds: (ctx.state.uptimeSeconds * 1000).rounded() / 1000, knowledgeDirectory: loaded.directory,
            loadedAt: iso8601(loaded.loadedAt), sessions: ctx.state.sessions.count,
            connections: ctx.state.connections.withLockedValue { $0 })
        guard case .object(var object) = info.json else { return .result(info.json) }
        object["requests"] = .int(Int64(truncatingIfNeeded: ctx.state.requestsServed.withLockedValue { $0 }))
        object["peer_uid"] = ctx.peer.map { .int(Int64($0.uid)) } ?? .null
        return .result(.object(object))
    }

    static func counts(_ catalog: CareerAdvisor.Catalog) -> [String: Int] {
        var out: [String: Int] = [:]
        for (type, n) in catalog.counts { out[type.rawValue] = n }
        return out
    }

    /// "2026-11-21T16:44:19Z" from seconds since the epoch.
    static func iso8601(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var tm = tm()
        gmtime_r(&t, &tm)
        var buf = [CChar](repeating: 0, count: 32)
        let n = strftime(&buf, buf.count, "%Y-%m-%dT%H:%M:%SZ", &tm)
        return String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

import CareerAdvisor
