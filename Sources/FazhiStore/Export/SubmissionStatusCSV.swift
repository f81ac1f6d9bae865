import FazhiCore

/// A submission status as CSV for the office's own records: one row per body on the roster, then the reports from
/// its area that match no one on it.
public enum SubmissionStatusCSV {
    /// The status as CSV text with a header line; `sectorNames` gives sectors' Chinese names.
    public static func render(_ status: SubmissionStatus, sectorNames: [String: String]) -> String {
        var out = CSV.line(["名称", "类型", "部门类别", "区划代码", "地区", "状态", "截止日期", "报告编号", "版本", "文件", "报告主体",
                            "发布日期", "缺少法定部分", "错误", "同一主体其他报告", "审核状态", "确认问题", "排除问题"])
        for row in status.rows {
            let identity = row.entry.identity
            let report = row.report
            out += CSV.line([
                row.entry.name, identity.kind.chineseName, identity.sector.map { sectorNames[$0] ?? $0 } ?? "", identity.divisionCode,
                row.entry.divisionName, row.state.chineseName, row.deadline, report.map { "\($0.id)" } ?? "",
                report.map { "\($0.version)" } ?? "", report?.name ?? "", report?.body ?? "", report?.publishedDate ?? "",
                row.missingParts.map(\.chineseName).joined(separator: "、"), report.map { "\($0.errors)" } ?? "",
                row.otherReports > 0 ? "\(row.otherReports)" : "", row.review?.chineseName ?? "",
                row.confirmed.map(String.init) ?? "", row.dismissed.map(String.init) ?? "",
            ])
        }
        for report in status.unlisted {
            out += CSV.line([report.body ?? "", "名单外", report.sector.map { sectorNames[$0] ?? $0 } ?? "", report.regionCode ?? "",
                             report.region ?? "", report.late ? "逾期报送" : "按时报送", "", "\(report.id)", "\(report.version)",
                             report.name, report.body ?? "", report.publishedDate ?? "", "", "\(report.errors)", "", "", "", ""])
        }
        return out
    }
}
