/// What one load learns while it decodes files: diagnostics, declared ids, references
/// and alias claims. References and aliases are checked once every file is read, so
/// their order of appearance across files does not matter.
///
/// Not thread-safe: one load owns one log and uses it from one thread. Files decoded on
/// other threads each get a recording log (`LoadLog(recording: true)`), whose calls are
/// kept in order and replayed into the load's log (`replay`), in file order, so the
/// outcome is the same as decoding the files one after another.
final class LoadLog {
    /// One call on a recording log.
    enum Event: Sendable {
        case report(Diagnostic)
        case declare(id: String, scope: String, label: String?, location: SourceLocation)
        case refer(Reference)
        case claim(AliasClaim)
        case read(path: String, digest: UInt64)
    }

    /// The calls of a recording log, in order; nil for a log that applies them.
    private(set) var recorded: [Event]?
    private(set) var diagnostics: [Diagnostic] = []
    /// scope ("role", "source", "intent", ...) -> id -> where it was first declared.
    private(set) var declared: [String: [String: SourceLocation]] = [:]
    private(set) var references: [Reference] = []
    private(set) var claims: [AliasClaim] = []
    /// Every file read, in reading order: its name (not the folder's path, so a copy of
    /// the folder elsewhere is the same) and its bytes' digest.
    private(set) var fingerprint = ContentDigest()

    init(recording: Bool = false) {
        recorded = recording ? [] : nil
    }

    /// Applies the calls a recording log kept, in their order.
    func replay(_ events: [Event]) {
        for event in events {
            switch event {
            case .report(let d): diagnostics.append(d)
            case let .declare(id, scope, label, location): declare(id, scope: scope, label: label, at: location)
            case .refer(let r): references.append(r)
            case .claim(let c): claims.append(c)
            case let .read(path, digest): read(path, digest: digest)
            }
        }
    }

    func report(_ severity: Severity, _ message: String, at location: SourceLocation) {
        if recorded != nil { recorded!.append(.report(Diagnostic(severity, message, at: location))); return }
        diagnostics.append(Diagnostic(severity, message, at: location))
    }

    /// Records an id; reports a duplicate when the scope already has it. `label` names
    /// the value in that message (default: "<scope> id").
    func declare(_ id: String, scope: String, label: String? = nil, at location: SourceLocation) {
        if recorded != nil { recorded!.append(.declare(id: id, scope: scope, label: label, location: location)); return }
        if let first = declared[scope]?[id] {
            report(.error, "duplicate \(label ?? "\(scope) id") '\(id)' (first declared at \(first))", at: location)
        } else {
            declared[scope, default: [:]][id] = location
        }
    }

    /// Records an id only if the scope does not have it yet, without reporting: used
    /// for ids that are implied (an entity's file name), not written.
    func declareQuietly(_ id: String, scope: String, at location: SourceLocation) {
        precondition(recorded == nil, "declareQuietly on a recording log")
        if declared[scope]?[id] == nil { declared[scope, default: [:]][id] = location }
    }

    /// Room for `count` more ids in `scope`: a folder of many entities declares one per file.
    func reserve(_ count: Int, scope: String) {
        precondition(recorded == nil, "reserve on a recording log")
        let now = declared[scope]?.count ?? 0
        declared[scope, default: [:]].reserveCapacity(now + count)
    }

    func isDeclared(_ id: String, scope: String) -> Bool {
        precondition(recorded == nil, "isDeclared on a recording log")
        return declared[scope]?[id] != nil
    }

    func refer(to target: ReferenceTarget, id: String, field: String, at location: SourceLocation) {
        let reference = Reference(target: target, id: id, field: field, location: location)
        if recorded != nil { recorded!.append(.refer(reference)) } else { references.append(reference) }
    }

    /// Records that a file was read, with the digest of its bytes (0 when unreadable).
    func read(_ path: String, digest: UInt64) {
        if recorded != nil { recorded!.append(.read(path: path, digest: digest)); return }
        fingerprint.add(String(path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...]))
        fingerprint.add(digest)
    }

    func claim(_ alias: String, type: EntityType, owner: String, at location: SourceLocation) {
        let claim = AliasClaim(type: type, text: alias, owner: owner, location: location)
        if recorded != nil { recorded!.append(.claim(claim)) } else { claims.append(claim) }
    }

    /// Every diagnostic, sorted by file, line, column, then order of discovery.
    var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// What a reference points at: an entity type or a source document.
enum ReferenceTarget: Hashable, Sendable {
    case entity(EntityType)
    case source
    /// Ids declared in the language folder: "background" and "constraint" of profile.yaml.
    case language(String)

    /// The id scope it is resolved in, also its name in messages.
    var scope: String {
        switch self {
        case .entity(let type): type.rawValue
        case .source: "source"
        case .language(let scope): scope
        }
    }
}

/// An id written in a file that must name something declared somewhere.
struct Reference: Sendable {
    var target: ReferenceTarget
    var id: String
    /// The field it was written in ("related", "sources"), for messages.
    var field: String
    var location: SourceLocation
}

/// A name or alias by which an entity may be mentioned.
struct AliasClaim: Sendable {
    var type: EntityType
    var text: String
    var owner: String
    var location: SourceLocation
}
