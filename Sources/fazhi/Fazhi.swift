import ArgumentParser
import Foundation

/// The `fazhi` command: analyse annual reports on building a rule-of-law government.
@main
struct Fazhi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fazhi",
        abstract: "读取法治政府建设年度报告，转为可核验、可比较的数据。",
        discussion: "Reads annual reports on building a rule-of-law government (法治政府建设年度报告).",
        version: Version.current,
        subcommands: [
            AnalyzeCommand.self, ExtractCommand.self, CheckCommand.self, IngestCommand.self, SearchCommand.self,
            CompareCommand.self, StatsCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self,
            ServeCommand.self, RosterCommand.self, StatusCommand.self, WorkerCommand.self,
        ])

    /// Runs the command; usage errors exit with 2, as the CLI promises.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
