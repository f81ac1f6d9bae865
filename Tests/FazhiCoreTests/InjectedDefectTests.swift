@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// The golden defects of percentage-mismatch and sum-mismatch, each written as a paragraph of its own into every
/// real dev report: the checker must find it there as it does in the fixture, and add no other error.
@Suite("defects injected into the real dev reports")
struct InjectedDefectTests {
    static let defects: [(sentence: String, rule: String)] =
        RateMismatchTests.defects.map { ($0.0, "percentage-mismatch") } + SumMismatchTests.defects.map { ($0.0, "sum-mismatch") }

    /// The report's lines with `sentence` as a new paragraph after its first 一、 heading (else its third line),
    /// and the 1-based number of that new line.
    static func inject(_ sentence: String, into text: String) -> (text: String, line: Int) {
        var lines = text.components(separatedBy: "\n")
        let heading = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("一、") } ?? min(2, lines.count - 1)
        lines.insert(sentence, at: heading + 1)
        return (lines.joined(separator: "\n"), heading + 2)
    }

    /// Error findings as (rule, message), lines left out: inserting a line moves the rest.
    static func errors(_ report: Report, except line: Int? = nil) -> [String] {
        report.findings.filter { $0.severity == .error && $0.line != line }.map { "\($0.rule): \($0.message)" }.sorted()
    }

    @Test("each golden defect is found in each dev report, and nothing else turns into an error")
    func injected() throws {
        let files = try DevCorpus.gold().map(\.file)
        var found = 0, tried = 0
        var missed: [String] = [], added: [String] = []
        for file in files {
            let original = String(decoding: try DevCorpus.bytes(file), as: UTF8.self)
            let before = Self.errors(try Shared.analyzer.analyze(Array(original.utf8), source: file))
            for defect in Self.defects {
                let (text, line) = Self.inject(defect.sentence, into: original)
                let report = try Shared.analyzer.analyze(Array(text.utf8), source: file)
                tried += 1
                if report.findings.contains(where: { $0.rule == defect.rule && $0.line == line }) {
                    found += 1
                } else {
                    missed.append("\(file.prefix(3)) \(defect.rule): \(defect.sentence)")
                }
                let after = Self.errors(report, except: line)
                if after != before { added.append("\(file.prefix(3)) after \(defect.sentence): \(Set(after).subtracting(before))") }
            }
        }
        #expect(tried == files.count * Self.defects.count)
        #expect(Double(found) >= 0.95 * Double(tried), "\(found) of \(tried):\n\(missed.joined(separator: "\n"))")
        #expect(added.isEmpty, "\(added.joined(separator: "\n"))")
    }
}
