#if canImport(Glibc)
import Glibc
#endif
import CareerKnowledge
import CareerProtocol

/// `info`: version, protocol number, knowledge counts, methods, uptime, load, the
/// caller's uid as the daemon sees it (from SO_PEERCRED), the limits in force, and the
/// caller's own usage against its limits.
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
            connections: ctx.state.connections)
        guard case .object(var object) = info.json else { return .result(info.json) }
        object["requests"] = .int(Int64(truncatingIfNeeded: ctx.state.requestsServed.withLockedValue { $0 }))
        object["peer_uid"] = ctx.peer.map { .int(Int64($0.uid)) } ?? .null
        object["limits"] = limits(ctx.state.configuration)
        if let peer = ctx.peer { object["usage"] = usage(ctx.state, uid: peer.uid) }
        return .result(.object(object))
    }

    /// Every setting of `careerd.conf` in force, by its name there.
    static func limits(_ configuration: ServerConfiguration) -> JSONValue {
        .object(JSONObject(ConfigurationKey.all.map { key in
            let v = key.value(in: configuration)
            return (key.name, key.kind == .integer ? JSONValue(Int(v)) : JSONValue(v))
        }))
    }

    /// The caller's connections, requests, refusals and sessions, beside its own limits
    /// (root's and the daemon's uid's are multiplied by `privileged_factor`).
    static func usage(_ state: ServerState, uid: UInt32) -> JSONValue {
        let u = state.users.usage(of: uid)
        let l = state.users.limits(for: uid)
        return [
            "uid": JSONValue(Int(uid)),
            "connections": JSONValue(u?.connections ?? 0),
            "requests": JSONValue(Int(truncatingIfNeeded: u?.requests ?? 0)),
            "rate_limited": JSONValue(Int(truncatingIfNeeded: u?.rateLimited ?? 0)),
            "sessions": JSONValue(state.sessions.count(uid: uid)),
            "limits": ["connections": JSONValue(l.connections), "requests_per_second": JSONValue(l.requestsPerSecond),
                       "burst": JSONValue(l.burst), "sessions": JSONValue(l.sessions)],
        ]
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
