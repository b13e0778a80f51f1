import Foundation
import Yams

/// Reads `careerd.conf`: a YAML mapping of setting names (`ConfigurationKey.all`) to
/// numbers, with `#` comments, through Yams, the reader the knowledge folder uses.
///
/// Everything is checked before anything is applied: an unknown name, a value of the
/// wrong kind or out of range, a duplicate or a YAML syntax error is refused with
/// `file:line: message` (the first problem), so a bad file never half-applies. Runs once
/// at start, before the server binds.
public enum ConfigurationFile {
    /// The file the daemon reads when `--config` is not given and it exists.
    public static let defaultPath = "/etc/careerd/careerd.conf"

    /// Applies the settings of the file at `path` to `configuration`.
    public static func apply(path: String, to configuration: inout ServerConfiguration) throws(ConfigurationError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(place: path, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(place: path, message: "the configuration file is not UTF-8 text")
        }
        try apply(text: text, file: path, to: &configuration)
    }

    /// Applies `text` (the contents of `file`) to `configuration`.
    public static func apply(text: String, file: String, to configuration: inout ServerConfiguration) throws(ConfigurationError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError(place: "\(file):\(line(of: error))", message: "YAML syntax error: \(summary(of: error))")
        } catch {
            throw ConfigurationError(place: "\(file):1", message: "YAML error: \(error)")
        }
        guard let root else { return }  // empty or only comments: the defaults
        guard case .mapping(let mapping) = root else {
            throw ConfigurationError(place: "\(file):\(root.mark?.line ?? 1)", message: "expected 'name: value' lines")
        }
        var values: [(ConfigurationKey, Double)] = []
        for (keyNode, valueNode) in mapping {
            let place = "\(file):\(keyNode.mark?.line ?? 1)"
            guard let name = keyNode.scalar?.string else {
                throw ConfigurationError(place: place, message: "a setting's name must be a plain word")
            }
            guard let key = ConfigurationKey.named(name) else {
                let known = ConfigurationKey.all.map(\.name).joined(separator: ", ")
                throw ConfigurationError(place: place, message: "unknown setting '\(name)' (known: \(known))")
            }
            guard let scalar = valueNode.scalar?.string else {
                throw ConfigurationError(place: "\(file):\(valueNode.mark?.line ?? 1)", message: "\(name) must be a number")
            }
            switch key.parse(scalar) {
            case .success(let v): values.append((key, v))
            case .failure(let reason): throw ConfigurationError(place: "\(file):\(valueNode.mark?.line ?? 1)", message: reason.message)
            }
        }
        for (key, value) in values { key.apply(value, to: &configuration) }
    }

    /// Applies `NAME=VALUE` settings given on the command line (after the file, so they win).
    public static func apply(overrides: [String], to configuration: inout ServerConfiguration) throws(ConfigurationError) {
        for item in overrides {
            guard let eq = item.firstIndex(of: "=") else {
                throw ConfigurationError(place: "--set \(item)", message: "expected NAME=VALUE")
            }
            let name = String(item[..<eq]), text = String(item[item.index(after: eq)...])
            guard let key = ConfigurationKey.named(name) else {
                throw ConfigurationError(place: "--set \(item)", message: "unknown setting '\(name)'")
            }
            switch key.parse(text) {
            case .success(let v): key.apply(v, to: &configuration)
            case .failure(let reason): throw ConfigurationError(place: "--set \(item)", message: reason.message)
            }
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        case let .duplicatedKeysInMapping(_, context): return context.mark.line
        default: return 1
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        case let .duplicatedKeysInMapping(duplicates, _): return "duplicate setting " + duplicates.sorted().joined(separator: ", ")
        default: return "\(error)"
        }
    }
}
