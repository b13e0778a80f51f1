import Testing
@testable import CareerKnowledge

/// A recording log, replayed, has the same effect as the calls made on the load's log:
/// entity files are decoded in parallel into recording logs and replayed in file order.
@Suite struct LoadLogTests {
    /// The calls one file's decoding might make, against `log`.
    static func decode(_ file: String, id: String, into log: LoadLog) {
        let at = SourceLocation(file: file, line: 1, column: 1)
        log.declare(id, scope: "role", at: at)
        log.report(.warning, "a warning in \(file)", at: SourceLocation(file: file, line: 3, column: 2))
        log.refer(to: .source, id: "guide", field: "sources", at: at)
        log.claim("Name of \(id)", type: .role, owner: id, at: at)
    }

    @Test func replayingRecordedCallsEqualsMakingThem() {
        let files = [("a.yaml", "x"), ("b.yaml", "y"), ("c.yaml", "x")]  // c repeats a's id
        let direct = LoadLog()
        for (file, id) in files { Self.decode(file, id: id, into: direct) }
        let replayed = LoadLog()
        for (file, id) in files {
            let recording = LoadLog(recording: true)
            Self.decode(file, id: id, into: recording)
            #expect(recording.diagnostics.isEmpty && recording.references.isEmpty && recording.claims.isEmpty)
            replayed.replay(recording.recorded ?? [])
        }
        #expect(replayed.diagnostics == direct.diagnostics)
        #expect(replayed.diagnostics.count == 4)
        #expect(replayed.diagnostics.contains { $0.message.hasPrefix("duplicate role id 'x'") && $0.location.file == "c.yaml" })
        #expect(replayed.references.map(\.location) == direct.references.map(\.location))
        #expect(replayed.claims.map(\.text) == direct.claims.map(\.text))
        #expect(replayed.isDeclared("y", scope: "role"))
        #expect(LoadLog().recorded == nil)
    }
}
