import Logging
import Testing
@testable import Systemd

@Suite struct JournalLogHandlerTests {
    private func event(_ level: Logger.Level = .info, metadata: Logger.Metadata? = nil) -> LogEvent {
        LogEvent(level: level, message: "reloaded\nknowledge", metadata: metadata, source: "CareerServer",
                 file: "CareerServer/Reload.swift", function: "reload()", line: 42)
    }

    @Test func entryCarriesTheStandardFields() {
        let handler = JournalLogHandler(label: "careerd.server", identifier: "careerd")
        let fields = handler.fields(for: event(.warning))
        #expect(fields.contains("MESSAGE=reloaded\nknowledge"))
        #expect(fields.contains("PRIORITY=4"))
        #expect(fields.contains("SYSLOG_IDENTIFIER=careerd"))
        #expect(fields.contains("LOGGER_LABEL=careerd.server"))
        #expect(fields.contains("LOGGER_SOURCE=CareerServer"))
        #expect(fields.contains("CODE_FILE=CareerServer/Reload.swift"))
        #expect(fields.contains("CODE_LINE=42"))
        #expect(fields.contains("CODE_FUNC=reload()"))
    }

    @Test func metadataBecomesFieldsAndCallSiteWins() {
        var handler = JournalLogHandler(
            label: "l", identifier: "careerd",
            metadataProvider: .init { ["trace": "p", "request.id": "from-provider"] })
        handler[metadataKey: "peer_uid"] = "1000"
        handler[metadataKey: "request.id"] = "from-handler"
        let fields = handler.fields(for: event(metadata: ["request.id": "7", "unit": "careerd.service"]))
        #expect(fields.contains("PEER_UID=1000"))
        #expect(fields.contains("REQUEST_ID=7"))
        #expect(fields.contains("TRACE=p"))
        #expect(fields.contains("CAREERD_UNIT=careerd.service"))
        #expect(!fields.contains { $0.hasPrefix("UNIT=") })
    }

    @Test func metadataIsAValue() {
        var first = JournalLogHandler(label: "l", identifier: "careerd")
        var second = first
        first.logLevel = .debug
        second[metadataKey: "k"] = "v"
        #expect(first.metadata.isEmpty)
        #expect(second.logLevel == .info)
    }

    @Test(arguments: [
        (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3), (.critical, 2),
    ])
    func prioritiesFollowSyslog(level: Logger.Level, priority: Int) {
        #expect(JournalLogHandler.priority(level) == priority)
    }
}
