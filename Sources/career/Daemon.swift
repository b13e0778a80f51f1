import ArgumentParser
import CareerClient
import CareerProtocol

/// Connecting to careerd and turning failures into one line on stderr and an exit code.
enum Daemon {
    /// The hint after "no careerd answers at ...".
    static func unreachableMessage(_ error: ClientError) -> String {
        switch error {
        case .noSuchSocket, .connectionRefused:
            return "\(error); start one with 'careerd' or 'make run'"
        case .permissionDenied:
            return "\(error); the socket belongs to another user or group"
        default:
            return error.description
        }
    }

    /// Connects or exits with status 2.
    static func connect(_ options: GlobalOptions, timeout seconds: Double = 30) throws -> LineClient {
        do {
            return try LineClient.connect(explicit: options.socket, timeout: options.timeout(default: seconds))
        } catch {
            Output.error(unreachableMessage(error))
            throw ExitCode(2)
        }
    }

    /// Connects, runs `body`, and maps errors: transport failures exit 2, error responses
    /// print their message (and, with --json, the error object on stdout) and exit 1.
    static func run<T>(_ options: GlobalOptions, timeout seconds: Double = 30, _ body: (LineClient) throws -> T) throws -> T {
        let client = try connect(options, timeout: seconds)
        do {
            return try body(client)
        } catch let error as RPCError {
            report(error, json: options.json)
            throw ExitCode(1)
        } catch let error as ClientError {
            Output.error(error.isUnreachable ? unreachableMessage(error) : error.description)
            throw ExitCode(2)
        }
    }

    /// Prints an error response.
    static func report(_ error: RPCError, json: Bool) {
        if json { Output.json(["error": error.json]) }
        Output.error(error.message)
    }
}
