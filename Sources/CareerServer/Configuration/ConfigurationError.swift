/// A setting that was refused, with where it came from: `file:line: message` for the
/// configuration file, `--set: message` for a flag. One line, for stderr at start.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// Why a value was refused, without its place.
    public struct Reason: Error, Equatable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    public var place: String
    public var message: String

    public init(place: String, message: String) {
        self.place = place
        self.message = message
    }

    public var description: String { "\(place): \(message)" }
}
