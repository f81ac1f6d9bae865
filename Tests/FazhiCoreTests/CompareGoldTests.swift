@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// What compare would put in each cell — a report's first figure for an indicator among its own results of the
/// report year — against a hand-read gold of 23 core indicators on the five dev reports (Gold/dev-indicators.tsv),
/// and the figures of the samples' HTML and DOCX tables.
@Suite("compare's cells against hand-read gold, and table figures")
struct CompareGoldTests {
    static func goldCells() throws -> [IndicatorGold.Cell] {
        try IndicatorGold.cells("Tests/FazhiCoreTests/Gold/dev-indicators.tsv", columns: 7)
    }

    /// The cell compare fills by default: the first achieved, own figure of the indicator.
    static func cell(_ report: Report, _ indicator: String) -> Quantity? {
        report.quantities.first { $0.indicator == indicator && $0.status == .achieved && $0.scope == .own }
    }

    @Test("on the dev reports most filled cells are right and most stated indicators are found")
    func devReports() throws {
        let cells = try Self.goldCells()
        #expect(cells.count == 5 * 23)
        var reports: [String: Report] = [:]
        for file in Set(cells.map(\.file)) {
            reports[file] = try Shared.analyzer.analyze(DevCorpus.bytes(file), source: file)
        }
        var filled = 0, filledRight = 0, stated = 0, found = 0
        var wrong: [String] = []
        for gold in cells {
            let cell = Self.cell(reports[gold.file]!, gold.indicator)
            if gold.value != nil { stated += 1 }
            if let cell {
                filled += 1
                if cell.value == gold.value { filledRight += 1 } else {
                    wrong.append("\(gold.file.prefix(3)) \(gold.indicator): \(cell.text) (line \(cell.line)), gold \(gold.value.map { "\($0)" } ?? "absent")")
                }
                if gold.value != nil, cell.value == gold.value { found += 1 }
            } else if let value = gold.value {
                wrong.append("\(gold.file.prefix(3)) \(gold.indicator): empty, gold \(value) — \(gold.note)")
            }
        }
        // Today (2026-11-30): every one of the 22 filled cells right; 22 of the 24 stated indicators found (the two
        // missed share one figure, 6份…的起草、审核和备案, that names both after it).
        #expect(Double(filledRight) >= 0.95 * Double(filled), "wrong cells:\n\(wrong.joined(separator: "\n"))")
        #expect(Double(found) >= 0.85 * Double(stated), "\(found) of \(stated) found:\n\(wrong.joined(separator: "\n"))")
    }

    @Test("an HTML table: each cell a figure of its row and column, the report year's column the result")
    func htmlTable() throws {
        let report = try Shared.analyzer.analyze(Array(Data(contentsOf: PackageRoot.samples.appendingPathComponent("07-webpage.html"))),
                                                 source: "07-webpage.html")
        let received = report.quantities.filter { $0.indicator == "reconsiderationReceived" }
        #expect(received.map(\.value) == [142, 171])
        #expect(received.map(\.status) == [.baseline, .achieved])
        #expect(received.last?.subject == "行政复议新收案件（2024年）")
        #expect(Self.cell(report, "headsInCourtRate")?.value == 100)
        let change = try #require(report.quantities.first { $0.text == "3.1个百分点" })
        #expect(change.status == .change && change.kind == .percentagePointChange)
        #expect(report.quantities.first { $0.text == "3,105" }?.unit == "件")
    }

    @Test("a DOCX table: the unit from the row's bracket, 万元 folded in")
    func docxTable() throws {
        let report = try Shared.analyzer.analyze(Array(Data(contentsOf: PackageRoot.samples.appendingPathComponent("09-numbered.docx"))),
                                                 source: "09-numbered.docx")
        #expect(Self.cell(report, "penaltyCases")?.value == 1968)
        let amount = try #require(Self.cell(report, "penaltyAmount"))
        #expect(amount.value == 13_250_000 && amount.unit == "元" && amount.kind == .amount)
        #expect(report.quantities.contains { $0.text == "72" && $0.unit == "本" })
    }

    @Test("table lines: two or more rows of as many tab-separated cells; a lone tabbed line is none")
    func tableDetection() {
        let lines = ["正文一段", "指标\t2023年\t2022年", "受理（件）\t12\t10", "办结（件）\t11\t9", "后文", "孤行\t1"]
            .map { Array($0.unicodeScalars) }
        let tables = TableFigureReader.tables(in: lines)
        #expect(tables.map(\.lines) == [1..<4])
        #expect(TableFigureReader.splitUnit(Array("罚没款（万元）".unicodeScalars)).unit == "万元")
        #expect(TableFigureReader.status(ofColumn: Array("2022年".unicodeScalars), reportYear: 2023) == .baseline)
        #expect(TableFigureReader.status(ofColumn: Array("同比增减".unicodeScalars), reportYear: 2023) == .change)
    }
}
