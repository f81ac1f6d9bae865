
import Foundation

/// A comparison as RFC 4180 CSV: report columns, then value, unit and qualifier per indicator, headed in Chinese with
/// each indicator's id in brackets (行政复议案件受理数（reconsiderationReceived）); files are named, not their paths.
public enum ComparisonCSV {
    /// The comparison as CSV text with a header line; `names` gives indicators' Chinese names.
    public static func render(_ comparison: Comparison, names: [String: String]) -> String {
        var header = ["编号", "文件", "报告主体", "省份", "地市", "地区", "层级", "年度"]
        for indicator in comparison.indicators {
            let name = names[indicator] ?? indicator
            header += ["\(name)（\(indicator)）", "\(name)·单位", "\(name)·限定"]
        }
        var out = CSV.line(header)
        for row in comparison.rows {
            let report = row.report
            var fields = ["\(report.id)", report.name, report.body ?? "", report.province ?? "", report.prefecture ?? "",
                          report.region ?? "", report.level?.rawValue ?? "", report.year.map(String.init) ?? ""]
            for cell in row.cells {
                fields += cell.map { ["\($0.value)", $0.unit ?? "", $0.qualifier] } ?? ["", "", ""]
            }
            out += CSV.line(fields)
        }
        return out
    }
}
