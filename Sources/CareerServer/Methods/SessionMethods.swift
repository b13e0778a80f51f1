import CareerProtocol

/// `session.reset`: forgets one of the caller's own sessions.
enum SessionResetMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: SessionResetParams
        do { p = try SessionResetParams(params: params) } catch { return .failure(error) }
        let key = SessionStore.Key(uid: ctx.peer?.uid ?? UInt32.max, name: p.session)
        let existed = ctx.state.sessions.reset(key)
        if existed { ctx.state.sessionForgotten(key) }
        return .result(SessionResetResult(reset: existed).json)
    }
}

/// `reload`: loads the knowledge folder again and swaps it in, answering when done.
/// Only root and the daemon's own user may call it (checked with SO_PEERCRED).
enum ReloadMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        do { _ = try ReloadParams(params: params) } catch { return .failure(error) }
        guard let peer = ctx.peer, peer.uid == 0 || peer.uid == ctx.state.ownUID else {
            ctx.state.logger.notice("reload refused: not root or the daemon's user",
                                    metadata: ["uid": "\(ctx.peer.map { String($0.uid) } ?? "unknown")",
                                               "pid": "\(ctx.peer.map { String($0.pid) } ?? "unknown")"])
            return .failure(RPCError(.permissionDenied, "permission denied: only root and the daemon's user may reload"))
        }
        let state = ctx.state
        state.events.reloading()
        state.logger.info("reload requested", metadata: ["uid": "\(peer.uid)", "pid": "\(peer.pid)"])
        let future = state.advisors.reload(on: ctx.eventLoop).map { outcome -> Result<JSONValue, RPCError> in
            switch outcome {
            case .reloaded(let loaded, let ms):
                state.logger.info("knowledge reloaded", metadata: ["took_ms": "\(ms)", "model": "\(loaded.advisor.modelOrigin.rawValue)"])
                state.events.reloaded(nil, state.summary)
                return .success(ReloadResult(counts: InfoMethod.counts(loaded.advisor.catalog), tookMilliseconds: Double(ms)).json)
            case .failed(let diagnostics):
                state.logger.error("reload failed; still serving the previous knowledge",
                                   metadata: ["error": "\(diagnostics.first ?? "")", "problems": "\(diagnostics.count)"])
                state.events.reloaded(diagnostics.first ?? "reload failed", state.summary)
                return .failure(.reloadFailed(diagnostics: diagnostics))
            }
        }
        return .later(future)
    }
}
