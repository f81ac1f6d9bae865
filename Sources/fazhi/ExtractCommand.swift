import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi extract`: every figure of every report, one row each, for a spreadsheet, R or pandas.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "提取报告中的全部数字：数值、单位、限定词、指标。Extract every figure.",
        discussion: """
            One row per figure across all files, with the file's body, region, level and report year. \
            Exit code: 0 when every file was read, 1 when some could not be, 2 for usage errors.
            """)

    /// Output formats of `extract`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, jsonl
    }

    @Argument(help: "Report files or directories.")
    var paths: [String]

    @Option(help: "Output format: csv, json (one array), jsonl.")
    var format: Format = .csv

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark, for Excel.")
    var bom = false

    func run() throws {
        let batch = try ReportBatch(paths: paths)
        var first = true
        var unwritable = false
        switch format {
        case .csv: Output.write((bom ? "\u{FEFF}" : "") + CSV.line(FigureRow.columns))
        case .json: Output.write("[")
        case .jsonl: break
        }
        let failed = batch.run { report in
            for row in FigureRow.rows(of: report) {
                switch format {
                case .csv: Output.write(CSV.line(row.fields))
                case .json, .jsonl:
                    let json: String
                    do {
                        json = try JSONOutput.encode(row, pretty: false)
                    } catch {
                        Diagnostics.report("\(report.source): a figure cannot be written as JSON: \(error)")
                        unwritable = true
                        continue
                    }
                    if format == .json { Output.write((first ? "\n" : ",\n") + json) } else { Output.write(json + "\n") }
                    first = false
                }
            }
        }
        if format == .json { Output.write(first ? "]\n" : "\n]\n") }
        if failed || unwritable { throw ExitCode(1) }
    }
}
