import FazhiCore
import Foundation

/// Prints reports as text, JSON or JSON Lines, streaming as they arrive.
final class ReportOutput {
    private let format: OutputFormat
    private let expectsMany: Bool
    private var count = 0
    private let encoder: JSONEncoder

    init(format: OutputFormat, expectsMany: Bool) {
        self.format = format
        self.expectsMany = expectsMany
        encoder = JSONEncoder()
        encoder.outputFormatting = format == .json ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
    }

    func begin() {
        if format == .json, expectsMany { emit("[\n") }
    }

    func write(_ report: Report) {
        defer { count += 1 }
        switch format {
        case .text:
            if count > 0 { emit("\n") }
            emit(ReportText.render(report))
        case .json:
            if expectsMany, count > 0 { emit(",\n") }
            emit(json(report))
            if !expectsMany { emit("\n") }
        case .jsonl:
            emit(json(report) + "\n")
        }
    }

    func end() {
        if format == .json, expectsMany { emit("\n]\n") }
    }

    private func json(_ report: Report) -> String {
        guard let data = try? encoder.encode(report) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private func emit(_ text: String) {
        Output.write(text)
    }
}
