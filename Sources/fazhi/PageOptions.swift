import ArgumentParser

/// `--limit`, `--offset` and `--format` of the commands that print a page of reports.
struct PageOptions: ParsableArguments {
    @Option(help: "Reports to show.")
    var limit = 50

    @Option(help: "Reports to skip (for paging).")
    var offset = 0

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func validate() throws {
        guard limit > 0, offset >= 0 else { throw ValidationError("--limit must be positive and --offset not negative") }
    }
}
