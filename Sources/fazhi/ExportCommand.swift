import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi export`: every stored report as JSON Lines, so nothing is locked in the database.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出全部报告为 JSON Lines（元数据、提纲、数字、问题、清理后文本，可选原始文件）。")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Include each original file, base64-encoded.")
    var originals = false

    func run() throws {
        let database = try store.openExisting()
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                Diagnostics.report("\(output): cannot create the file")
                throw ExitCode(1)
            }
            sink = handle
        } else {
            sink = FileHandle.standardOutput
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var count = 0
        try StoreOptions.reporting {
            try database.forEachReport(filters.filter, withOriginals: originals) { stored, original in
                var report = stored.report
                report.text = stored.text
                let record = ExportRecord(summary: stored.summary, report: report,
                                          original: original.map { Data($0).base64EncodedString() })
                var line = try encoder.encode(record)
                line.append(0x0A)
                sink.write(line)
                count += 1
            }
        }
        if output != nil { try? sink.close() }
        FileHandle.standardError.write(Data("export: \(count) reports\(output.map { " → \($0)" } ?? "")\n".utf8))
    }
}

/// One line of an export: the stored identity, the analysis with its text, and optionally the original.
private struct ExportRecord: Encodable {
    var summary: ReportSummary
    var report: Report
    var original: String?
}
