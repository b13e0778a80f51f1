import ArgumentParser
import CareerClient

/// How answers are laid out: `career ask` and the prompt take these (and the root, so
/// they may come before the subcommand).
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Lay answers out for this many columns: wrapped at word boundaries, salary ranges drawn as bars. "
            + "Default: the terminal's width; when stdout is not a terminal, answers are printed as the daemon "
            + "sends them. 0 also means as sent.",
        valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, width != 0, width < AnswerView.minimumWidth {
            throw ValidationError("--width must be 0 or at least \(AnswerView.minimumWidth).")
        }
    }

    /// The view for stdout: the width asked for, else the terminal's (ioctl, then
    /// $COLUMNS), else none (print as sent). Colour follows `Output.styled`.
    func view() -> AnswerView {
        let columns: Int? = switch width {
        case 0?: nil
        case let w?: w
        case nil: Output.stdoutIsTerminal ? Terminal.columns(fileDescriptor: 1) ?? 80 : nil
        }
        return AnswerView(width: columns, style: TextStyle(enabled: Output.styled))
    }
}
