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
        let format = format
        let failed = batch.run(prepare: { Self.render(FigureRow.rows(of: $0), format: format) }) { rendered in
            for failure in rendered.failures {
                Diagnostics.report(failure)
                unwritable = true
            }
            guard !rendered.bytes.isEmpty else { return }
            if format == .json { Output.write(first ? "\n" : ",\n") }
            Output.write(rendered.bytes)
            first = false
        }
        if format == .json { Output.write(first ? "]\n" : "\n]\n") }
        if failed || unwritable { throw ExitCode(1) }
    }

    /// A report's rows as `extract` writes them, made on the core that analysed the report (for JSON, joined by the
    /// separators between them), and the rows that could not be written.
    struct RenderedRows: Sendable {
        var bytes: [UInt8] = []
        var failures: [String] = []
    }

    static func render(_ rows: [FigureRow], format: Format) -> RenderedRows {
        var rendered = RenderedRows()
        for row in rows {
            switch format {
            case .csv:
                rendered.bytes += CSV.line(row.fields).utf8
            case .json, .jsonl:
                do {
                    let json = try JSONFormat.encode(row, pretty: false, lineBreak: format == .jsonl)
                    if format == .json, !rendered.bytes.isEmpty { rendered.bytes += ",\n".utf8 }
                    rendered.bytes += json
                } catch {
                    rendered.failures.append("\(row.file): a figure cannot be written as JSON: \(error)")
                }
            }
        }
        return rendered
    }
}
