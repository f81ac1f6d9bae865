import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// Recall and precision of figure extraction against hand-made gold lists of two real reports.
@Suite("figures of the dev corpus against hand-made gold")
struct FigureGoldTests {
    struct GoldFigure: Hashable {
        var line: Int
        var value: Decimal
        var unit: String
    }

    static func gold(_ name: String) throws -> [GoldFigure] {
        let url = PackageRoot.url.appendingPathComponent("Tests/FazhiCoreTests/Gold/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { row in
            guard !row.hasPrefix("#") else { return nil }
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 6, let line = Int(columns[0]), let value = Decimal(string: columns[2]) else { return nil }
            return GoldFigure(line: line, value: value, unit: columns[3])
        }
    }

    @Test("recall and precision are at least 0.97", arguments: [
        ("000_4416c96a57e07bad.txt", "figures-000.tsv"), ("003_297f17fcf4cf510c.txt", "figures-003.tsv"),
    ])
    func recallAndPrecision(file: String, goldFile: String) throws {
        let gold = try Self.gold(goldFile)
        try #require(gold.count > 40)
        let report = try Analyzer.bundled().analyze(DevCorpus.bytes(file), source: file)
        var remaining = gold
        var unmatched: [Quantity] = []
        for quantity in report.quantities {
            let key = GoldFigure(line: quantity.line, value: quantity.value, unit: quantity.unit ?? "")
            if let index = remaining.firstIndex(of: key) { remaining.remove(at: index) } else { unmatched.append(quantity) }
        }
        let matched = gold.count - remaining.count
        let recall = Double(matched) / Double(gold.count)
        let precision = Double(matched) / Double(max(report.quantities.count, 1))
        #expect(recall >= 0.97, "recall \(recall); missed: \(remaining.map { "\($0.line):\($0.value)\($0.unit)" })")
        #expect(precision >= 0.97, "precision \(precision); extra: \(unmatched.map { "\($0.line):\($0.text)" })")
    }
}
