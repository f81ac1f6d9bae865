import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi compare`: indicators side by side across reports or years.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "按指标横向比较：每份报告（或每个主体每年）一行，每个指标一列。",
        discussion: """
            Each cell is the first figure the report gives for the indicator among the body's own results of \
            the report year — not targets (力争…), baselines (上年, 年初), changes (同比增长, 提高…个百分点), \
            subordinates' figures (各县区, 柯城区…) or higher levels' (全省, 全国); --status and --scope take \
            those too. A cell has its unit and qualifier (exact, atLeast for 余/多, about for 约/近 …) and how \
            many candidates the report gave. CSV output has value, unit and qualifier columns per indicator, \
            for Excel, R or pandas. `fazhi compare --list-indicators` shows the indicator ids.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(parsing: .upToNextOption, help: "Indicator ids, comma-separated (reconsiderationReceived,headsInCourtRate,…).")
    var indicators: [String] = []

    @Option(name: .customLong("by"), help: "Rows per report, or per body and year (year).")
    var grouping: Comparison.Grouping = .report

    @Option(help: "Output format: table, csv or json.")
    var format: CompareFormat = .table

    @Option(help: "Figure statuses, comma-separated: achieved, target, baseline, change, or all (default achieved).")
    var status: String?

    @Option(help: "Figure scopes, comma-separated: own, subordinate, higher, or all (default own).")
    var scope: String?

    @Flag(name: .customLong("list-indicators"), help: "List the indicator ids and names, then stop.")
    var listIndicators = false

    func validate() throws {
        do { _ = try FigureSelection(statuses: status, scopes: scope) } catch { throw ValidationError("\(error)") }
    }

    func run() async throws {
        let catalogue = try Bundled.resources().indicators
        if listIndicators {
            var table = TextTable(header: ["指标", "名称", "领域"])
            for indicator in catalogue.indicators { table.append([indicator.id, indicator.name, indicator.area]) }
            Output.write(table.render())
            return
        }
        let ids = indicators.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        guard !ids.isEmpty else { throw ValidationError("name at least one indicator with --indicators (see --list-indicators)") }
        let known = Set(catalogue.indicators.map(\.id))
        let unknown = ids.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw ValidationError("unknown indicator \(unknown.joined(separator: ", ")); `fazhi compare --list-indicators` lists them")
        }
        let database = try await store.openExisting()
        let selection = try FigureSelection(statuses: status, scopes: scope)
        let comparison = try await StoreOptions.reporting {
            try await database.compare(filters.countingFilter, indicators: ids, grouping: grouping, figures: selection)
        }
        let names = Dictionary(uniqueKeysWithValues: catalogue.indicators.map { ($0.id, $0.name) })
        switch format {
        case .json: Output.write(try JSONOutput.encode(comparison) + "\n")
        case .csv: Output.write(ComparisonCSV.render(comparison, names: names))
        case .table: Output.write(Self.table(comparison, names: names))
        }
    }

    private static func table(_ comparison: Comparison, names: [String: String]) -> String {
        guard !comparison.rows.isEmpty else { return "没有符合条件的报告。\n" }
        var table = TextTable(header: ["编号", "年度", "报告主体", "地区"] + comparison.indicators.map { names[$0] ?? $0 })
        for row in comparison.rows {
            table.append(["#\(row.report.id)", SummaryText.year(row.report), SummaryText.body(row.report),
                          SummaryText.place(row.report)] + row.cells.map { cell in
                guard let cell else { return "—" }
                return qualifierMark(cell.qualifier) + "\(cell.value)" + (cell.unit ?? "")
            })
        }
        return table.render()
    }

    /// ≥ for 余/多, ≈ for 约/近, < for 不足, nothing for an exact figure.
    static func qualifierMark(_ qualifier: String) -> String {
        switch Qualifier(rawValue: qualifier) {
        case .atLeast: "≥"
        case .about: "≈"
        case .lessThan: "<"
        default: ""
        }
    }
}

extension Comparison.Grouping: ExpressibleByArgument {}
