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

    /// A report made ready on the core that analysed it: its whole output when it is of ordinary size, so that only
    /// writing is left for the one thread that writes, in order; a huge report itself, to be written in pieces.
    enum Prepared: Sendable {
        case rendered([UInt8])
        case unwritable(source: String, reason: String)
        case report(Report)
    }

    /// Reports of up to this many characters have their JSON made where they are analysed (tens of kilobytes); larger
    /// ones are written in pieces, never held whole.
    static let renderedCharacters = 200_000

    /// Renders a report as an output of `format` writes it (without separators; ending with a line break when
    /// `lineBreak`, which the output's `endsWithLineBreak` tells), unless it is a huge one to go out as JSON, kept as
    /// it is.
    static func prepare(_ report: Report, format: OutputFormat, lineBreak: Bool) -> Prepared {
        if format == .text {
            let text = ReportText.render(report)
            return .rendered(Array((lineBreak ? text + "\n" : text).utf8))
        }
        guard report.statistics.characters <= renderedCharacters else { return .report(report) }
        do {
            return .rendered(try JSONFormat.encode(report, pretty: format == .json, lineBreak: lineBreak))
        } catch {
            return .unwritable(source: report.source, reason: "\(error)")
        }
    }

    /// Writes a prepared report.
    func write(_ prepared: Prepared) {
        switch prepared {
        case .report(let report): write(report)
        case .unwritable(let source, let reason): reportUnwritable(source: source, reason: reason)
        case .rendered(let bytes):
            if let separator { emit(separator) }
            Output.write(bytes)
            count += 1
        }
    }

    /// What goes before the next report: a blank line between texts, a comma between the members of a JSON array.
    private var separator: String? {
        guard count > 0 else { return nil }
        return format == .text ? "\n" : format == .json && expectsMany ? ",\n" : nil
    }

    /// Whether each report ends with a line break of its own: a line of JSON Lines, a lone JSON object.
    var endsWithLineBreak: Bool {
        format == .jsonl || (format == .json && !expectsMany)
    }

    /// Writes a huge report's JSON in pieces as they are made.
    private func write(_ report: Report) {
        // The last piece is held back to end it with the line break in the same write.
        let separator = separator
        var held: [UInt8]?
        do {
            try JSONFormat.write(report, pretty: format == .json) { piece in
                if let earlier = held { Output.write(earlier) } else if let separator { self.emit(separator) }
                held = piece
            }
        } catch {
            reportUnwritable(source: report.source, reason: "\(error)")
            if held != nil { count += 1 }  // its separator went out
            return
        }
        if var last = held {
            if endsWithLineBreak { last.append(UInt8(ascii: "\n")) }
            Output.write(last)
        }
        count += 1
    }

    private func reportUnwritable(source: String, reason: String) {
        Diagnostics.report("\(source): cannot be written as JSON: \(reason)")
        failed = true
    }

    func end() {
        if format == .json, expectsMany { emit("\n]\n") }
    }

    private func emit(_ text: String) {
        Output.write(text)
    }
}
