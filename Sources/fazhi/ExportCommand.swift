import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi export`: every stored report as JSON Lines, so nothing is locked in the database.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出全部报告为 JSON Lines（元数据、提纲、数字、问题、清理后文本，可选原始文件）。")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Include each original file, base64-encoded.")
    var originals = false

    func run() async throws {
        let database = try await store.openExisting()
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
        let encoder = JSONFormat.encoder(pretty: false)
        var count = 0
        try await StoreOptions.reporting {
            try await database.forEachReport(filters.filter, withOriginals: originals) { stored, original in
                var line = try encoder.encode(ReportRecord(summary: stored.summary, report: stored.report, text: stored.text,
                                                           original: original))
                line.append(0x0A)
                sink.write(line)
                count += 1
            }
        }
        if output != nil { try? sink.close() }
        FileHandle.standardError.write(Data("export: \(count) reports\(output.map { " → \($0)" } ?? "")\n".utf8))
    }
}
