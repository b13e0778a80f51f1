import ArgumentParser

/// The root command. Without a subcommand, `career` opens the interactive prompt.
///
/// The root declares the shared option groups too, so that they may come before the
/// subcommand (`career --socket P ask ...`) as well as after it: the parser reads the
/// root's options wherever they stand, and each subcommand's `@OptionGroup` of the same
/// type reuses the root's parsed value.
///
/// Exit status: 0 success; 1 the daemon answered with an error (or a failed reload, or an
/// evaluation below `--min-score`); 2 no daemon answered or the connection failed;
/// 64 bad usage.
struct Career: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "career",
        abstract: "Ask careerd, the career advisor for AI and ML, from a terminal.",
        discussion: """
        Run without a subcommand for an interactive prompt. The daemon is found at \
        --socket, else $CAREERD_SOCKET, $XDG_RUNTIME_DIR/careerd.sock or \
        /run/careerd/careerd.sock (the first that answers). Options may come before or \
        after the subcommand.
        Exit status: 0 ok, 1 the daemon answered with an error, 2 no daemon answered.
        """,
        subcommands: [
            PromptCommand.self, AskCommand.self, SearchCommand.self, GetCommand.self, ListCommand.self,
            InfoCommand.self, ReloadCommand.self, EvalCommand.self,
        ],
        defaultSubcommand: PromptCommand.self
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var display: DisplayOptions
}
