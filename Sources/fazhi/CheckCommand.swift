import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi check`: review reports and print findings like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "审查报告：缺少的法定内容、重复段落、乱码、模板占位符。Review reports.",
        discussion: """
            Prints `file:line:col: severity [rule] message` and the excerpt, then a summary. \
            Exit code: 0 when no finding is an error, 1 when one is, 2 for usage errors or unreadable files.
            """)

    /// Output formats of `check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "Report files or directories.")
    var paths: [String]

    @Option(help: "Output format: text, json or sarif.")
    var format: Format = .text

    @Option(help: "A JSON file: {\"rules\": {\"rule-id\": \"off|info|warning|error\"}}.")
    var config: String?

    @Option(name: .customLong("disable"), help: "Switch a rule off (repeatable).")
    var disabled: [String] = []

    @Option(name: .customLong("severity"), help: "Change a rule's severity: RULE=info|warning|error (repeatable).")
    var severities: [String] = []

    func run() throws {
        let configuration = try CheckConfiguration(file: config, disabled: disabled, severities: severities)
        let batch = try ReportBatch(paths: paths)
        var counts: [Severity: Int] = [:]
        var results: [[String: AnyEncodable]] = []
        var sarif: [(source: String, findings: [Finding])] = []
        var checked = 0
        let failed = batch.run { report in
            checked += 1
            let findings = configuration.apply(report.findings)
            for finding in findings { counts[finding.severity, default: 0] += 1 }
            switch format {
            case .sarif:
                sarif.append((report.source, findings))
            case .text:
                for finding in findings {
                    Output.write("\(report.source):\(finding.line):\(finding.column): \(finding.severity.rawValue) [\(finding.rule)] \(finding.message)\n")
                    Output.write("    \(finding.excerpt.replacingOccurrences(of: "\n", with: " "))\n")
                }
            case .json:
                results.append(["file": AnyEncodable(report.source), "findings": AnyEncodable(findings)])
            }
        }
        switch format {
        case .sarif:
            Output.write(try SARIF.log(sarif))
        case .text:
            // Nothing was checked when every file failed: the errors on stderr say so, and no summary claims 0 errors.
            if checked > 0 || !failed {
                Output.write("\(counts[.error] ?? 0) 个错误，\(counts[.warning] ?? 0) 个警告，\(counts[.info] ?? 0) 个提示\n")
            }
        case .json:
            Output.write(try JSONOutput.encode(results) + "\n")
        }
        if failed { throw ExitCode(2) }
        if (counts[.error] ?? 0) > 0 { throw ExitCode(1) }
    }
}

/// A type-erased encodable value, for small ad-hoc JSON objects.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void

    init(_ value: some Encodable) {
        encodeValue = value.encode(to:)
    }

    func encode(to encoder: any Encoder) throws {
        try encodeValue(encoder)
    }
}
