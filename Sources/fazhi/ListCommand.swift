import ArgumentParser
import FazhiStore

/// `fazhi list`: the stored reports passing the filters.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出已入库的报告（默认按行政区划代码、年度排列；--sort 可改）。")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @OptionGroup var page: PageOptions

    @Option(help: "Order: division (by division code, then year), year (newest first), errors or figures (most first).")
    var sort: ReportOrder = .division

    func run() async throws {
        let database = try await store.openExisting()
        let filter = try filters.filter
        let (total, reports) = try await StoreOptions.reporting {
            (try await database.count(filter), try await database.list(filter, order: sort, limit: page.limit, offset: page.offset))
        }
        switch page.format {
        case .json:
            Output.write(try JSONOutput.encode(ReportListing(total: total, limit: page.limit, offset: page.offset, reports: reports)) + "\n")
        case .text:
            var table = TextTable(header: ["编号", "年度", "报告主体", "地区", "层级", "数字", "问题(错误)", "逾期", "文件"])
            for report in reports {
                table.append([
                    "#\(report.id)", SummaryText.year(report), SummaryText.body(report), SummaryText.place(report),
                    report.level?.chineseName ?? "—", "\(report.figures)", "\(report.findings)(\(report.errors))",
                    report.late ? "是" : "", report.path,
                ])
            }
            Output.write(table.render())
            let shown = reports.isEmpty ? "0" : "\(page.offset + 1)–\(page.offset + reports.count)"
            Output.write("共 \(total) 份报告，显示 \(shown)。\n")
        }
    }
}

extension ReportOrder: ExpressibleByArgument {}
