@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// The numerals of cn2an's and JioNLP's public test suites, and the forms issue 12 names, as a golden
/// table of our own (Gold/numerals-peers.tsv: values are facts, rewritten in NumeralParser's contract).
@Suite("numerals as the peers parse them")
struct NumeralPeerSuiteTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var input: String
        var consumed: String
        var value: Decimal
        var qualifier: Qualifier
        var lower: Decimal?
        var upper: Decimal?
        var source: String
        var testDescription: String { "\(input) [\(source)]" }

        /// Percent words: 百分之…, and tenths (七成, 三成半).
        var isPercentWord: Bool { input.hasPrefix("百分之") || consumed.hasSuffix("成") || consumed.hasSuffix("成半") }

        /// What the parser got wrong on this row, or nil.
        func miss() -> String? {
            let scalars = Array(input.unicodeScalars)
            guard let numeral = NumeralParser.parse(scalars, at: 0) else { return "\(input): no numeral" }
            let found = (scalars[numeral.range].string, numeral.value, numeral.qualifier, numeral.lower, numeral.upper,
                         numeral.isPercentWord)
            guard found != (consumed, value, qualifier, lower, upper, isPercentWord) else { return nil }
            return "\(input): expected \(consumed) \(value) \(qualifier) \(lower.map { "\($0)" } ?? "-")…\(upper.map { "\($0)" } ?? "-"), "
                + "found \(found.0) \(found.1) \(found.2) \(found.3.map { "\($0)" } ?? "-")…\(found.4.map { "\($0)" } ?? "-")"
        }
    }

    static let rows: [Row] = {
        let url = PackageRoot.url.appendingPathComponent("Tests/FazhiCoreTests/Gold/numerals-peers.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 7, let value = Decimal(string: f[2]), let qualifier = Qualifier(rawValue: f[3]) else { return nil }
            return Row(input: f[0], consumed: f[1], value: value, qualifier: qualifier, lower: Decimal(string: f[4]),
                       upper: Decimal(string: f[5]), source: f[6])
        }
    }()

    @Test("the table is read whole: every row well-formed, both peers and issue 12 present")
    func table() throws {
        let url = PackageRoot.url.appendingPathComponent("Tests/FazhiCoreTests/Gold/numerals-peers.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(Self.rows.count == lines.count)
        #expect(Self.rows.filter { $0.source.hasPrefix("cn2an:") }.count >= 60)
        #expect(Self.rows.filter { $0.source.hasPrefix("jionlp:") }.count >= 40)
        #expect(Self.rows.filter { $0.source == "issue12" }.count >= 10)
    }

    @Test("at least 95% of the peers' numerals are read as they read them")
    func peers() {
        let peers = Self.rows.filter { $0.source != "issue12" }
        let misses = peers.compactMap { $0.miss() }
        #expect(Double(peers.count - misses.count) >= 0.95 * Double(peers.count), "\(misses.joined(separator: "\n"))")
    }

    @Test("成 inside a word is no tenths", arguments: ["一成不变", "五成员", "三成功"])
    func notTenths(text: String) {
        #expect(NumeralParser.parse(Array(text.unicodeScalars), at: 0)?.isPercentWord == false)
    }

    @Test("every form issue 12 names is read", arguments: rows.filter { $0.source == "issue12" })
    func issue12(row: Row) {
        #expect(row.miss() == nil, "\(row.miss() ?? "")")
    }
}
