import Foundation
import Testing
import CareerKnowledge

/// Paths of the checked-in fixtures and of the shipped knowledge folder.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The minimal valid folder every other test starts from.
    static let valid = directory.appendingPathComponent("Fixtures/valid").path
    /// A checked-in folder with many problems at once.
    static let broken = directory.appendingPathComponent("Fixtures/broken").path
    /// The real `Knowledge/` folder at the package root.
    static let knowledge = directory.appendingPathComponent("../../Knowledge").standardizedFileURL.path
}

/// A temporary copy of the valid fixture with some files replaced, added or removed;
/// deleted again when released. Each instance has its own directory, so tests using
/// it can run in parallel.
final class FixtureFolder {
    let path: String

    /// `files` maps relative paths to new contents; nil removes the file or folder.
    init(_ files: [String: String?] = [:]) throws {
        let manager = FileManager.default
        path = manager.temporaryDirectory.appendingPathComponent("careerd-knowledge-\(UUID().uuidString)").path
        try manager.copyItem(atPath: Fixtures.valid, toPath: path)
        for (relative, contents) in files {
            let target = file(relative)
            if let contents {
                try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                try contents.write(toFile: target, atomically: true, encoding: .utf8)
            } else {
                try manager.removeItem(atPath: target)
            }
        }
    }

    /// A copy with text replaced inside files of the valid fixture: each edit is
    /// (relative path, text that must occur exactly once, replacement).
    convenience init(editing edits: [(String, String, String)]) throws {
        var files: [String: String?] = [:]
        for (relative, old, new) in edits {
            let original = try (files[relative] ?? nil)
                ?? String(contentsOfFile: "\(Fixtures.valid)/\(relative)", encoding: .utf8)
            let parts = original.components(separatedBy: old)
            guard parts.count == 2 else { throw FixtureError.notUnique(relative, old) }
            files[relative] = parts.joined(separator: new)
        }
        try self.init(files)
    }

    enum FixtureError: Error { case notUnique(String, String) }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path diagnostics use for a file of this folder.
    func file(_ relative: String) -> String { "\(path)/\(relative)" }

    func check() -> [Diagnostic] { KnowledgeLoader.check(directory: path) }
}

extension Array where Element == Diagnostic {
    var errors: [Diagnostic] { filter(\.isError) }
    var listing: String { map(\.description).joined(separator: "\n") }
}

/// Expects a diagnostic at exactly this place whose message contains `fragment`, and
/// returns it.
@discardableResult
func expectDiagnostic(_ diagnostics: [Diagnostic], _ file: String, line: Int, column: Int? = nil,
                      _ fragment: String, severity: Severity = .error,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let match = diagnostics.first {
        $0.location.file == file && $0.location.line == line && (column == nil || $0.location.column == column)
            && $0.message.contains(fragment) && $0.severity == severity
    }
    #expect(match != nil, "expected \(severity) containing \"\(fragment)\" at \(file):\(line):\(column ?? 0); got:\n\(diagnostics.listing)",
            sourceLocation: sourceLocation)
    return match
}
