import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi analyze`: read reports and print their metadata, outline and mandated parts.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "分析报告文件：元数据、提纲、法定部分。Analyse report files.",
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
        let (files, missing) = InputFiles.expand(paths)
        let analyzer: Analyzer
        do {
            analyzer = try Analyzer.bundled()
        } catch {
            throw ValidationError("cannot load Fazhi's bundled resources: \(error)")
        }
        let loader = FileLoader(analyzer: analyzer)
        var failures = missing.map { FileFailure(path: $0, reason: "no such file or directory") }
        for failure in failures { Diagnostics.report(failure) }
        if files.isEmpty, missing.isEmpty { throw ValidationError("no report files found in \(paths.joined(separator: ", "))") }

        let output = ReportOutput(format: format, expectsMany: files.count != 1 || !missing.isEmpty)
        output.begin()
        let includeText = includeText
        ParallelBatch.run(files, work: { loader.analyze($0, includeText: includeText) }) { _, result in
            switch result {
            case .success(let report): output.write(report)
            case .failure(let failure):
                failures.append(failure)
                Diagnostics.report(failure)
            }
        }
        output.end()
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// Writes errors to standard error.
enum Diagnostics {
    /// Prints a failure as `fazhi: path: reason`.
    static func report(_ failure: FileFailure) {
        FileHandle.standardError.write(Data("fazhi: error: \(failure.description)\n".utf8))
    }
}
