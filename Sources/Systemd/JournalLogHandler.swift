import CSystemd
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A swift-log handler that writes structured entries to the journal (`sd_journal_sendv(3)`).
///
/// Each entry carries `MESSAGE`, `PRIORITY` (syslog levels: trace and debug 7, info 6,
/// notice 5, warning 4, error 3, critical 2), `SYSLOG_IDENTIFIER`, `LOGGER_LABEL`,
/// `LOGGER_SOURCE`, `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`, `ERROR` when the event has one,
/// and one field per metadata key, named by ``JournalFieldName/make(_:prefix:)`` with the
/// identifier's prefix (`request_id` becomes `REQUEST_ID`, `unit` becomes `CAREERD_UNIT`).
/// Metadata comes from the provider, then the handler, then the call (later wins).
///
/// Guarantees: values are passed by length, so newlines and any bytes survive; the
/// field buffers live for the whole `sd_journal_sendv` call; when the journal refuses
/// an entry it is written to standard error as one line instead of being lost.
/// Value semantics as swift-log requires: changing a copy's level or metadata does not
/// affect other loggers. Thread-safe (libsystemd's journal socket is shared safely).
public struct JournalLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    public let label: String
    public let identifier: String
    private let fieldPrefix: String

    /// - Parameters:
    ///   - label: the logger's label (from `LoggingSystem.bootstrap`), sent as `LOGGER_LABEL`.
    ///   - identifier: the `SYSLOG_IDENTIFIER`, e.g. `careerd`; also names the prefix for
    ///     metadata keys that would be invalid or reserved field names.
    public init(label: String, identifier: String, metadataProvider: Logger.MetadataProvider? = nil) {
        self.label = label
        self.identifier = identifier
        self.metadataProvider = metadataProvider
        self.fieldPrefix = JournalFieldName.prefix(for: identifier)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let fields = self.fields(for: event)
        if Self.send(fields) < 0 {
            let line = "\(identifier)[\(getpid())]: \(event.level): \(event.message)\n"
            let bytes = Array(line.utf8)
            _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
    }

    /// The `NAME=value` fields the entry for `event` consists of, in sending order.
    public func fields(for event: LogEvent) -> [String] {
        var fields = [
            "MESSAGE=\(event.message)",
            "PRIORITY=\(Self.priority(event.level))",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "LOGGER_LABEL=\(label)",
            "LOGGER_SOURCE=\(event.source)",
            "CODE_FILE=\(event.file)",
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=\(event.function)",
        ]
        if let error = event.error { fields.append("ERROR=\(String(describing: error))") }
        var merged = metadataProvider?.get() ?? [:]
        merged.merge(metadata) { _, new in new }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        for key in merged.keys.sorted() {
            fields.append("\(JournalFieldName.make(key, prefix: fieldPrefix))=\(merged[key]!)")
        }
        return fields
    }

    /// The syslog priority for a swift-log level.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Sends one entry: all fields are copied into one buffer that outlives the call, and
    /// the iovecs point into it. Returns `sd_journal_sendv`'s result (negative errno).
    static func send(_ fields: [String]) -> CInt {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in fields {
            let start = bytes.count
            bytes.append(contentsOf: field.utf8)
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeMutableBytes { buffer -> CInt in
            let base = buffer.baseAddress
            var vectors = ranges.map { range in
                iovec(iov_base: base.map { $0 + range.lowerBound }, iov_len: range.count)
            }
            return vectors.withUnsafeMutableBufferPointer {
                sd_journal_sendv($0.baseAddress, CInt($0.count))
            }
        }
    }
}
