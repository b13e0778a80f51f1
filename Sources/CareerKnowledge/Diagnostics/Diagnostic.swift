/// How bad a problem in a knowledge folder is. Errors make `KnowledgeLoader.load` fail;
/// warnings are reported by `check` and never stop a load.
public enum Severity: String, Sendable, Hashable, CaseIterable {
    case error, warning
}

/// One problem found in a knowledge folder, at a place in a file.
///
/// `description` is `file:line:column: error: message` (or `warning:`), the format
/// compilers use, so editors can jump to it. A problem about a whole file or folder
/// (missing, unreadable) has line 0 and prints as `file: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var severity: Severity

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        let place = location.line > 0 ? location.description : location.file
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// Thrown by `KnowledgeLoader.load` when a folder has at least one error. Carries every
/// diagnostic of the load (errors and warnings), sorted by file, line and column.
public struct KnowledgeLoadError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }

    /// One diagnostic per line, then a count.
    public var description: String {
        let count = errors.count
        let lines = diagnostics.map(\.description)
        return (lines + ["\(count) error\(count == 1 ? "" : "s") in the knowledge folder"])
            .joined(separator: "\n")
    }
}
