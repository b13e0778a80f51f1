@testable import CareerServer
import Testing

@Suite struct ConfigurationFileTests {
    static func config() -> ServerConfiguration { ServerConfiguration(bind: .unixDomainSocket(path: "/x")) }

    @Test func everySettingIsRead() throws {
        var c = Self.config()
        try ConfigurationFile.apply(text: """
            # limits for a small machine
            connections: 200
            connections_per_uid: 8
            requests_per_second_per_uid: 50.5
            burst_per_uid: 100
            idle_timeout_seconds: 60
            output_buffer_bytes: 262_144
            sessions_per_uid: 20
            privileged_factor: 1
            """, file: "careerd.conf", to: &c)
        #expect(c.maximumConnections == 200)
        #expect(c.maximumConnectionsPerUID == 8)
        #expect(c.requestsPerSecondPerUID == 50.5)
        #expect(c.burstPerUID == 100)
        #expect(c.idleTimeoutSeconds == 60)
        #expect(c.maximumQueuedOutputBytes == 262_144)
        #expect(c.maximumSessionsPerUID == 20)
        #expect(c.privilegedFactor == 1)
    }

    @Test func anEmptyFileKeepsTheDefaults() throws {
        var c = Self.config()
        try ConfigurationFile.apply(text: "# nothing\n", file: "careerd.conf", to: &c)
        #expect(c.maximumConnectionsPerUID == 64)
        #expect(c.idleTimeoutSeconds == 600)
        #expect(c.maximumQueuedOutputBytes == 1 << 20)
    }

    @Test(arguments: [
        ("connections: 10\nconections_per_uid: 3\n", "f.conf:2: unknown setting 'conections_per_uid'"),
        ("connections: 10\n\nconnections_per_uid: many\n", "f.conf:3: connections_per_uid must be a whole number, not 'many'"),
        ("idle_timeout_seconds: 0\n", "f.conf:1: idle_timeout_seconds must be between 1 and 31536000, not 0"),
        ("connections: 10\nconnections: 11\n", "f.conf:"),
        ("connections: [1, 2\n", "f.conf:"),
        ("- connections\n", "f.conf:1: expected 'name: value' lines"),
        ("connections_per_uid: 2.5\n", "f.conf:1: connections_per_uid must be a whole number, not '2.5'"),
    ])
    func badFilesAreRefusedWithFileAndLine(text: String, expected: String) {
        var c = Self.config()
        do {
            try ConfigurationFile.apply(text: text, file: "f.conf", to: &c)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
        #expect(c.maximumConnections == 1_024, "nothing half-applied")
    }

    @Test func overridesWinAndAreChecked() throws {
        var c = Self.config()
        try ConfigurationFile.apply(text: "connections_per_uid: 8\n", file: "f.conf", to: &c)
        try ConfigurationFile.apply(overrides: ["connections_per_uid=3"], to: &c)
        #expect(c.maximumConnectionsPerUID == 3)
        #expect(throws: ConfigurationError.self) { try ConfigurationFile.apply(overrides: ["connections_per_uid"], to: &c) }
        #expect(throws: ConfigurationError.self) { try ConfigurationFile.apply(overrides: ["nope=1"], to: &c) }
        #expect(throws: ConfigurationError.self) { try ConfigurationFile.apply(overrides: ["threads=0"], to: &c) }
    }

    @Test func aMissingFileIsOneLine() {
        var c = Self.config()
        #expect(throws: ConfigurationError(place: "/nonexistent/careerd.conf", message: "cannot read the configuration file")) {
            try ConfigurationFile.apply(path: "/nonexistent/careerd.conf", to: &c)
        }
    }
}
