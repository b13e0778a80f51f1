// `career`: the terminal client of careerd. One file per subcommand; see docs/CLIENT.md.
Career.main()
