import Testing
@testable import CareerClient

@Suite struct TerminalTests {
    @Test func withoutATerminalColumnsComesFromTheEnvironment() {
        #expect(Terminal.columns(fileDescriptor: -1, environment: { $0 == "COLUMNS" ? "123" : nil }) == 123)
    }

    @Test(arguments: [nil, "", "wide", "0", "-5"] as [String?])
    func withNeitherThereIsNoWidth(columns: String?) {
        #expect(Terminal.columns(fileDescriptor: -1, environment: { _ in columns }) == nil)
    }
}

@Suite struct TextStyleTests {
    @Test func plainLeavesTextAlone() {
        let s = TextStyle.plain
        #expect(s.dim("a") == "a" && s.bold("b") == "b" && s.bar("█") == "█")
    }

    @Test func enabledWrapsInEscapesThatCountNoColumns() {
        let s = TextStyle(enabled: true)
        #expect(s.bold("1)") == "\u{1B}[1m1)\u{1B}[0m")
        #expect(s.dim("") == "")
        #expect(TextWrapper.columns(s.bar("███")) == 3)
    }
}
