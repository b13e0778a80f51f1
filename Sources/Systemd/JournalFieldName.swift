/// Turns arbitrary metadata keys into valid, unsurprising journal field names.
///
/// The journal accepts field names of 1 to 64 characters from `A-Z`, `0-9` and `_`,
/// not starting with a digit, and reserves names starting with `_` for fields it sets
/// itself. ``make(_:prefix:)`` guarantees a name that obeys these rules and never
/// collides with a field the journal or ``JournalLogHandler`` gives a meaning to:
/// - lower-case ASCII letters are upper-cased; every other character outside
///   `A-Z 0-9 _` (including non-ASCII letters) becomes `_`;
/// - a name that is empty, starts with `_` or a digit, or is reserved (``reserved``:
///   `MESSAGE`, `PRIORITY`, `UNIT`, `CODE_FILE`, ...; or any `OBJECT_*` / `COREDUMP_*`)
///   gets `prefix` in front (`unit` becomes `CAREERD_UNIT`);
/// - the result is cut to 64 characters.
public enum JournalFieldName {
    /// Longest field name the journal accepts.
    public static let maximumLength = 64

    /// Names with a meaning to journald, journalctl or this module's handler.
    public static let reserved: Set<String> = [
        "MESSAGE", "MESSAGE_ID", "PRIORITY", "CODE_FILE", "CODE_LINE", "CODE_FUNC",
        "ERRNO", "INVOCATION_ID", "USER_INVOCATION_ID", "SYSLOG_FACILITY", "SYSLOG_IDENTIFIER",
        "SYSLOG_PID", "SYSLOG_TIMESTAMP", "SYSLOG_RAW", "DOCUMENTATION", "TID", "UNIT",
        "USER_UNIT", "LOGGER_LABEL", "LOGGER_SOURCE", "ERROR",
    ]

    private static let reservedPrefixes = ["OBJECT_", "COREDUMP_"]

    /// A valid field name for `key`; `prefix` must itself be a valid name ending in `_`.
    public static func make(_ key: String, prefix: String = "CAREERD_") -> String {
        var name = ""
        name.unicodeScalars.reserveCapacity(key.unicodeScalars.count)
        for scalar in key.unicodeScalars {
            switch scalar {
            case "a"..."z": name.unicodeScalars.append(Unicode.Scalar(scalar.value - 32)!)
            case "A"..."Z", "0"..."9", "_": name.unicodeScalars.append(scalar)
            default: name.unicodeScalars.append("_")
            }
        }
        if needsPrefix(name) { name = prefix + name }
        return String(name.prefix(maximumLength))
    }

    static func needsPrefix(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return true }
        if first == "_" || ("0"..."9").contains(first) { return true }
        return reserved.contains(name) || reservedPrefixes.contains { name.hasPrefix($0) }
    }

    /// The prefix derived from a syslog identifier: `careerd` gives `CAREERD_`.
    public static func prefix(for identifier: String) -> String {
        let base = make(identifier, prefix: "M_")
        return base.hasSuffix("_") ? base : base + "_"
    }
}
