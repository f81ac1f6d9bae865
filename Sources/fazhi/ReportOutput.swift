import FazhiCore
import FazhiStore
import Foundation

/// Prints reports as text, JSON or JSON Lines, streaming as they arrive.
final class ReportOutput {
    private let format: OutputFormat
    private let expectsMany: Bool
    private var count = 0
    /// Whether a report could not be written (reported on stderr).
    private(set) var failed = false

    init(format: OutputFormat, expectsMany: Bool) {
        self.format = format
        self.expectsMany = expectsMany
    }

    func begin() {
        if format == .json, expectsMany { emit("[\n") }
    }

    func write(_ report: Report) {
        var json: [UInt8]
        do {
            json = format == .text ? [] : try JSONFormat.encode(report, pretty: format == .json)
        } catch {
            Diagnostics.report("\(report.source): cannot be written as JSON: \(error)")
            failed = true
            return
        }
        defer { count += 1 }
        switch format {
        case .text:
            if count > 0 { emit("\n") }
            emit(ReportText.render(report))
        case .json:
            if expectsMany, count > 0 { emit(",\n") }
            if !expectsMany { json.append(UInt8(ascii: "\n")) }
            Output.write(json)
        case .jsonl:
            json.append(UInt8(ascii: "\n"))
            Output.write(json)
        }
    }

    func end() {
        if format == .json, expectsMany { emit("\n]\n") }
    }

    private func emit(_ text: String) {
        Output.write(text)
    }
}
