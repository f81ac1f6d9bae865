
/// A comparison as RFC 4180 CSV: report columns, then value, unit and qualifier per indicator.
public enum ComparisonCSV {
    /// The comparison as CSV text with a header line.
    public static func render(_ comparison: Comparison) -> String {
        var header = ["id", "path", "body", "province", "prefecture", "region", "level", "year"]
        for indicator in comparison.indicators {
            header += [indicator, indicator + "_unit", indicator + "_qualifier"]
        }
        var out = CSV.line(header)
        for row in comparison.rows {
            let report = row.report
            var fields = ["\(report.id)", report.path, report.body ?? "", report.province ?? "", report.prefecture ?? "",
                          report.region ?? "", report.level?.rawValue ?? "", report.year.map(String.init) ?? ""]
            for cell in row.cells {
                fields += cell.map { ["\($0.value)", $0.unit ?? "", $0.qualifier] } ?? ["", "", ""]
            }
            out += CSV.line(fields)
        }
        return out
    }
}
