import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi show`: one stored report — metadata, outline, figures and findings.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "显示一份已入库报告的元数据、提纲、数字和问题。")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The report's id (#12 or 12) or the path it was ingested from.")
    var report: String

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    @Flag(help: "Print the cleaned text instead.")
    var text = false

    @Flag(help: "Write the original file's bytes to standard output instead.")
    var original = false

    func validate() throws {
        if text && original { throw ValidationError("--text and --original both replace the output: choose one") }
        if (text || original) && format != .text { throw ValidationError("--format applies to the summary, not to --text or --original") }
    }

    func run() async throws {
        let database = try await store.openExisting()
        let id = try await StoreOptions.reporting { () throws -> Int64? in
            if let number = Int64(report.hasPrefix("#") ? String(report.dropFirst()) : report) { return number }
            return try await database.reportID(path: URL(fileURLWithPath: report).standardizedFileURL.path)
        }
        guard let id, let stored = try await StoreOptions.reporting({ try await database.report(id: id) }) else {
            Diagnostics.report("no stored report \(report) in \(database.location)")
            throw ExitCode(1)
        }
        if original {
            let bytes = try await StoreOptions.reporting { try await database.original(id: id) } ?? []
            FileHandle.standardOutput.write(Data(bytes))
        } else if text {
            Output.write(stored.text.hasSuffix("\n") ? stored.text : stored.text + "\n")
        } else if format == .json {
            Output.write(try JSONOutput.encode(ReportRecord(summary: stored.summary, report: stored.report)) + "\n")
        } else {
            Output.write(render(stored))
        }
    }

    private func render(_ stored: StoredReport) -> String {
        let summary = stored.summary
        var out = "#\(summary.id) \(summary.path)（第 \(summary.version) 版，\(summary.ingestedAt) 入库）\n"
        out += ReportText.render(stored.report, figureLimit: nil, findings: true)
        return out
    }
}
