import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi stats`: the summary of the stored reports passing the filters.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "汇总统计：按省份、层级、年度的报告数，法定部分齐全率，逾期率，常见问题，篇幅与数字密度分布。")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() async throws {
        let database = try await store.openExisting()
        let statistics = try await StoreOptions.reporting { try await database.statistics(filters.countingFilter) }
        switch format {
        case .json: Output.write(try JSONOutput.encode(statistics) + "\n")
        case .text: Output.write(Self.render(statistics))
        }
    }

    static func render(_ statistics: CorpusStatistics) -> String {
        let total = statistics.reports
        guard total > 0 else { return "没有符合条件的报告。\n" }
        func share(_ count: Int) -> String { String(format: "%.1f%%", Double(count) * 100 / Double(total)) }
        func section(_ title: String, _ counts: [CorpusStatistics.Count], name: (String) -> String = { $0 }) -> String {
            var table = TextTable(header: [title, "报告数", "占比"])
            for count in counts { table.append([name(count.key), "\(count.reports)", share(count.reports)]) }
            return table.render()
        }
        var out = "报告总数：\(total)\n\n"
        out += section("省份", statistics.byProvince) + "\n"
        out += section("层级", statistics.byLevel) { RegionLevel(rawValue: $0)?.chineseName ?? $0 } + "\n"
        out += section("年度", statistics.byYear) + "\n"
        out += section("主体类型", statistics.byBodyKind) { BodyKind(rawValue: $0)?.chineseName ?? $0 } + "\n"
        out += section("含有法定部分", statistics.parts) { MandatedPart(rawValue: $0)?.chineseName ?? $0 } + "\n"
        out += "逾期报告：\(statistics.late)（\(share(statistics.late))）\n\n"
        if !statistics.findings.isEmpty {
            var table = TextTable(header: ["常见问题", "级别", "涉及报告", "占比", "问题数", "被审核排除"])
            for finding in statistics.findings {
                table.append([finding.rule, finding.severity, "\(finding.reports)", share(finding.reports), "\(finding.findings)", "\(finding.dismissed)"])
            }
            out += table.render() + "\n"
        }
        var table = TextTable(header: ["分布", "最小", "P10", "P25", "中位数", "P75", "P90", "最大", "平均"])
        for (name, distribution, digits) in [("篇幅（字符）", statistics.length, 0), ("每千字数字个数", statistics.figureDensity, 1)] {
            guard let d = distribution else { continue }
            table.append([name] + [d.min, d.p10, d.p25, d.median, d.p75, d.p90, d.max, d.mean].map {
                String(format: "%.\(digits)f", $0)
            })
        }
        return out + table.render()
    }
}
