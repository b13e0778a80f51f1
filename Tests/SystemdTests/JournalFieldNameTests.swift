import Testing
@testable import Systemd

@Suite struct JournalFieldNameTests {
    @Test(arguments: [
        ("request_id", "REQUEST_ID"),
        ("peer.uid", "PEER_UID"),
        ("Knowledge-Dir", "KNOWLEDGE_DIR"),
        ("ALREADY_OK", "ALREADY_OK"),
        ("café", "CAF_"),
        ("a b/c", "A_B_C"),
    ])
    func mangles(key: String, expected: String) {
        #expect(JournalFieldName.make(key) == expected)
    }

    @Test(arguments: [
        ("unit", "CAREERD_UNIT"),
        ("UNIT", "CAREERD_UNIT"),
        ("message", "CAREERD_MESSAGE"),
        ("priority", "CAREERD_PRIORITY"),
        ("code_file", "CAREERD_CODE_FILE"),
        ("syslog_identifier", "CAREERD_SYSLOG_IDENTIFIER"),
        ("object_pid", "CAREERD_OBJECT_PID"),
        ("_pid", "CAREERD__PID"),
        ("_SYSTEMD_UNIT", "CAREERD__SYSTEMD_UNIT"),
        ("2fa", "CAREERD_2FA"),
        ("", "CAREERD_"),
    ])
    func prefixesReservedAndInvalidNames(key: String, expected: String) {
        #expect(JournalFieldName.make(key) == expected)
    }

    @Test func everyResultIsAValidFieldName() {
        let keys = ["", "_", "9", "unit", String(repeating: "k", count: 100), "ä", "x.y", "MESSAGE_ID", "tid"]
        for key in keys {
            let name = JournalFieldName.make(key)
            #expect(!name.isEmpty && name.count <= JournalFieldName.maximumLength, "\(key) -> \(name)")
            #expect(name.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" })
            #expect(!name.hasPrefix("_") && !("0"..."9").contains(name.unicodeScalars.first!))
            #expect(!JournalFieldName.reserved.contains(name))
        }
    }

    @Test func prefixComesFromTheIdentifier() {
        #expect(JournalFieldName.prefix(for: "careerd") == "CAREERD_")
        #expect(JournalFieldName.make("unit", prefix: JournalFieldName.prefix(for: "my-app")) == "MY_APP_UNIT")
    }
}
