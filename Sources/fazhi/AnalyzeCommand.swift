import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi analyze`: read reports and print their metadata, outline, parts and figures.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "分析报告文件：元数据、提纲、法定部分、数字。Analyse report files.",
        discussion: """
            Reads text (UTF-8, UTF-16, GB18030, Big5), saved HTML, DOCX and PDF (with pdftotext). \
            Directories are walked recursively. Exit code: 0 when every file was analysed, 1 when \
            some could not be, 2 for usage errors.
            """)

    @Argument(help: "Report files or directories.")
    var paths: [String]

    @Option(help: "Output format: text, json (one object for one file, an array for several), jsonl.")
    var format: OutputFormat = .text

    @Flag(help: "Include the cleaned text in JSON output.")
    var includeText = false

    func run() throws {
        let batch = try ReportBatch(paths: paths)
        let output = ReportOutput(format: format, expectsMany: batch.isMany)
        output.begin()
        let format = format, lineBreak = output.endsWithLineBreak
        let failed = batch.run(includeText: includeText,
                               prepare: { ReportOutput.prepare($0, format: format, lineBreak: lineBreak) }) {
            output.write($0)
        }
        output.end()
        if failed || output.failed { throw ExitCode(1) }
    }
}
