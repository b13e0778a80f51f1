/// What the server tells its host (the systemd glue, logs) about its life. Callbacks
/// may run on any thread and must not block.
public struct ServerEvents: Sendable {
    public var ready: @Sendable (_ summary: String) -> Void = { _ in }
    public var reloading: @Sendable () -> Void = {}
    /// nil on success, else the first diagnostics.
    public var reloaded: @Sendable (_ error: String?, _ summary: String) -> Void = { _, _ in }
    public var stopping: @Sendable () -> Void = {}
    /// A status line worth showing (`STATUS=`), sent when connections change.
    public var status: @Sendable (_ summary: String) -> Void = { _ in }
    public init() {}
}
