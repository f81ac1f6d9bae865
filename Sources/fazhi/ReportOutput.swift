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
        guard format != .text else {
            if count > 0 { emit("\n") }
            emit(ReportText.render(report))
            count += 1
            return
        }
        // The JSON comes in pieces only when it is huge; the last piece is held back to end it with the line break in
        // the same write.
        let separator = format == .json && expectsMany && count > 0
        var held: [UInt8]?
        do {
            try JSONFormat.write(report, pretty: format == .json) { piece in
                if let earlier = held { Output.write(earlier) } else if separator { self.emit(",\n") }
                held = piece
            }
        } catch {
            Diagnostics.report("\(report.source): cannot be written as JSON: \(error)")
            failed = true
            if held != nil { count += 1 }  // its separator went out
            return
        }
        if var last = held {
            if format == .jsonl || !expectsMany { last.append(UInt8(ascii: "\n")) }
            Output.write(last)
        }
        count += 1
    }

    func end() {
        if format == .json, expectsMany { emit("\n]\n") }
    }

    private func emit(_ text: String) {
        Output.write(text)
    }
}
