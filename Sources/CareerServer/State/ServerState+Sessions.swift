import CareerAdvisor
import NIOCore

/// Sessions across restarts: restored from the archive at start, saved whole at a
/// graceful stop, and one session written at once when what the user says about
/// themselves changes (so that survives even SIGKILL). Without an archive these do
/// nothing.
extension ServerState {
    /// Puts the saved sessions back; returns how many. Called once, before serving.
    @discardableResult
    func restoreSessions() -> Int {
        guard let archive else { return 0 }
        let rows = archive.load(maxAgeSeconds: configuration.sessionIdleSeconds)
        let now = NIODeadline.now().uptimeNanoseconds
        let wall = Int64(wallClockSeconds())
        sessions.restore(rows.map { row in
            (row.key, row.state, UInt64(max(0, wall - row.lastUsed)) * 1_000_000_000)
        }, now: now)
        logger.info("sessions restored", metadata: ["sessions": "\(sessions.count)", "store": "\(archive.path)"])
        return sessions.count
    }

    /// Writes every live session, replacing what was saved. Called once, at stop.
    func saveSessions() {
        guard let archive else { return }
        let now = NIODeadline.now().uptimeNanoseconds
        let wall = Int64(wallClockSeconds())
        let rows = sessions.snapshot(now: now).map { s in
            SessionArchive.Row(key: s.key, state: s.state, lastUsed: wall - Int64(s.age / 1_000_000_000))
        }
        if archive.saveAll(rows) { logger.info("sessions saved", metadata: ["sessions": "\(rows.count)", "store": "\(archive.path)"]) }
        archive.close()
    }

    /// Called by `ask` after the advisor ran: writes the session now when the user's
    /// stated profile changed (skills, target role, level, region, interests). Returns
    /// at once; the write happens on the archive's thread.
    func sessionChanged(_ key: SessionStore.Key, from old: SessionState, to new: SessionState) {
        guard let archive, SessionCodec.profileDiffers(old, new) else { return }
        archive.saveLater(.init(key: key, state: new, lastUsed: Int64(wallClockSeconds())))
    }

    func sessionForgotten(_ key: SessionStore.Key) {
        archive?.deleteLater(key)
    }
}
