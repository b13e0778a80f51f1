import CareerProtocol
import Foundation
import Testing

/// Every file of `../shared/data/JSONTestSuite/test_parsing/` through `RPCRequest.parse`,
/// the function the connection calls on each line: `y_` files must parse (a request, or
/// -32600 for JSON that is not a request object, never -32700), `n_` files must be a
/// -32700 parse error, and `i_` files may go either way but must return. Skipped, with the
/// reason, when the shared data is not beside the repository.
@Suite struct JSONTestSuiteTests {
    static let folder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/../shared/data/JSONTestSuite/test_parsing"
    }()

    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []

    static func parsesAsJSON(_ name: String) throws -> Bool {
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + name))
        switch RPCRequest.parse(Array(bytes)) {
        case .success: return true
        case .failure(let response): return response.error.code != .parseError
        }
    }

    @Test(.enabled(if: !files.isEmpty, "../shared/data/JSONTestSuite/test_parsing is absent"))
    func theWholeCorpusIsThere() {
        #expect(Self.files.filter { $0.hasPrefix("y_") }.count >= 95)
        #expect(Self.files.filter { $0.hasPrefix("n_") }.count >= 188)
        #expect(Self.files.filter { $0.hasPrefix("i_") }.count >= 35)
    }

    @Test(.enabled(if: !files.isEmpty, "../shared/data/JSONTestSuite/test_parsing is absent"))
    func acceptedFilesParse() throws {
        for name in Self.files where name.hasPrefix("y_") {
            #expect(try Self.parsesAsJSON(name), "\(name) must parse")
        }
    }

    @Test(.enabled(if: !files.isEmpty, "../shared/data/JSONTestSuite/test_parsing is absent"))
    func rejectedFilesAreParseErrors() throws {
        for name in Self.files where name.hasPrefix("n_") {
            #expect(try !Self.parsesAsJSON(name), "\(name) must be a parse error")
        }
    }

    /// Either answer is allowed; returning at all (no trap, no hang) is the test.
    @Test(.enabled(if: !files.isEmpty, "../shared/data/JSONTestSuite/test_parsing is absent"))
    func implementationDefinedFilesReturn() throws {
        var answered = 0
        for name in Self.files where name.hasPrefix("i_") {
            _ = try Self.parsesAsJSON(name)
            answered += 1
        }
        #expect(answered == Self.files.filter { $0.hasPrefix("i_") }.count)
    }
}
