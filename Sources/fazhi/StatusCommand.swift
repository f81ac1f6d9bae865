import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi status --scope 云浮市 --year 2023`: who has reported, on time or late, and who has not.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "报送情况：名单上每个主体的报告是否收到、是否逾期、缺少哪些法定部分、有无错误。",
        discussion: """
            Bodies are matched to reports by identity (division code, government or department, sector), not by the \
            spelling of their names. Reports from the scope's area that match no one on the roster are listed after it.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var scope: ScopeOption

    @Option(help: "The year reported on.")
    var year: Int

    @Option(help: "Output format: table, csv or json.")
    var format: CompareFormat = .table

    func run() async throws {
        let resources = try Bundled.resources()
        let builder = RosterBuilder(resources: resources)
        let division = try scope.division(builder)
        let database = try await store.openExisting()
        let status = try await StoreOptions.reporting {
            try await SubmissionStatus.load(scope: division, year: year, builder: builder, store: database)
        }
        let sectorNames = Dictionary(resources.departments.sectors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        switch format {
        case .json: Output.write(try JSONOutput.encode(status) + "\n")
        case .csv: Output.write(SubmissionStatusCSV.render(status, sectorNames: sectorNames))
        case .table: Output.write(Self.render(status))
        }
    }

    static func render(_ status: SubmissionStatus) -> String {
        var table = TextTable(header: ["名称", "状态", "截止", "报告", "缺少法定部分", "错误", "审核"])
        for row in status.rows {
            table.append([row.entry.name, row.state.chineseName, row.deadline, row.report.map { "#\($0.id) \($0.name)" } ?? "—",
                          row.missingParts.map(\.chineseName).joined(separator: "、"), row.report.map { "\($0.errors)" } ?? "", row.review?.chineseName ?? ""])
        }
        var out = "\(status.scopeName) \(status.year) 年度：应报 \(status.expected)，已报 \(status.received)（逾期 \(status.late)），未报 \(status.missing)。\n\n"
        out += table.render()
        if !status.unlisted.isEmpty {
            out += "\n名单外的报告：\n"
            for report in status.unlisted { out += "  #\(report.id) \(report.body ?? report.name)（\(report.regionCode ?? "—")）\n" }
        }
        return out
    }
}
