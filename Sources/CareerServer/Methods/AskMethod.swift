import CareerAdvisor
import CareerKnowledge
import CareerProtocol
import NIOCore

/// `ask`: one question, answered within the caller's session. The session is keyed by
/// the peer's uid, so a session name cannot reach another user's conversation.
enum AskMethod {
    static func handle(_ ctx: MethodContext, _ params: JSONValue?) -> MethodOutcome {
        let p: AskParams
        do { p = try AskParams(params: params, maxTextLength: ctx.state.configuration.maximumTextCharacters) } catch { return .failure(error) }
        let now = NIODeadline.now().uptimeNanoseconds
        let key = p.session.map { SessionStore.Key(uid: ctx.peer?.uid ?? UInt32.max, name: $0) }
        var session = key.map { ctx.state.sessions.state(for: $0, now: now) } ?? SessionState()
        let before = session
        let explain = params?["explain"]?.bool == true
        let answer = ctx.advisor.ask(p.text, session: &session, explain: explain)
        if let key {
            ctx.state.sessions.store(session, for: key, now: now)
            ctx.state.sessionChanged(key, from: before, to: session)
        }
        guard answer.explanation == nil else { return .result(AskResultEncoder.json(answer, session: p.session)) }
        // The usual case: written straight into the response line, no JSONValue tree.
        return .written(AskResultEncoder.result(answer, session: p.session))
    }
}
