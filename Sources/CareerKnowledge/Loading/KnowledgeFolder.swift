import Foundation

/// The files of a knowledge folder as the loader sees them. Paths in diagnostics are
/// the folder argument joined with the relative path, exactly as given.
///
/// Which entries are read: in an entity folder (`roles/`...), every `*.yaml` file in
/// name order; hidden entries (`.name`) are skipped silently, anything else (other
/// extensions, `.yml`, subfolders) gets a warning and is skipped. At the top and in
/// `language/`, an unknown `*.yaml` or `*.yml` file gets a warning; other files
/// (README.md, notes) are not looked at.
struct KnowledgeFolder {
    let root: String

    static let entityFolders = EntityType.allCases.map { "\($0.rawValue)s" }
    static let topFiles: Set<String> = [
        "sources.yaml", "market.yaml", "education.yaml", "roadmap-monthly.yaml", "roadmap-steps.yaml",
        "personality.yaml", "experience.yaml",
    ]
    static let languageFiles: Set<String> = [
        "intents.yaml", "slots.yaml", "stopwords.yaml", "smalltalk.yaml", "responses.yaml", "profile.yaml",
        "synonyms.yaml", "dialogue.yaml",
    ]

    /// The path of a file inside the folder, as diagnostics print it.
    func path(_ relative: String) -> String {
        if root.isEmpty { return relative }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    func location(_ relative: String) -> SourceLocation {
        SourceLocation(file: relative.isEmpty ? root : path(relative), line: 0, column: 0)
    }

    /// nil when absent, else whether it is a directory.
    func kind(_ relative: String) -> Bool? {
        var isDirectory: ObjCBool = false
        let target = relative.isEmpty ? (root.isEmpty ? "." : root) : path(relative)
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }

    /// The entries of a subfolder sorted by name; nil when it cannot be listed.
    func entries(_ relative: String) -> [Files.Entry]? {
        let target = relative.isEmpty ? (root.isEmpty ? "." : root) : path(relative)
        return Files.entries(of: target)?.sorted { $0.name < $1.name }
    }

    /// The `.yaml` files of an entity folder, warning about entries that are skipped.
    func yamlFiles(in folder: String, log: LoadLog) -> [String] {
        guard let listed = entries(folder) else {
            log.report(.error, "cannot list the folder", at: location(folder))
            return []
        }
        var files: [String] = []
        for entry in listed where !entry.name.hasPrefix(".") {
            let name = entry.name
            let relative = "\(folder)/\(name)"
            if entry.isDirectory {
                log.report(.warning, "subfolder ignored: \(folder)/ holds only .yaml files", at: location(relative))
            } else if name.hasSuffix(".yaml") {
                files.append(name)
            } else {
                let hint = name.hasSuffix(".yml") ? " (rename it to .yaml)" : ""
                log.report(.warning, "file ignored: only .yaml files are read\(hint)", at: location(relative))
            }
        }
        return files
    }

    /// Warns about YAML files the loader does not know in `folder` (top or language/).
    func warnUnknownFiles(in folder: String, known: Set<String>, log: LoadLog) {
        for name in (entries(folder) ?? []).map(\.name) where !name.hasPrefix(".") && !known.contains(name) {
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
            let relative = folder.isEmpty ? name : "\(folder)/\(name)"
            var message = "unknown file ignored"
            if let guess = Spelling.closest(to: name, among: known) { message += " (did you mean '\(guess)'?)" }
            log.report(.warning, message, at: location(relative))
        }
    }
}
