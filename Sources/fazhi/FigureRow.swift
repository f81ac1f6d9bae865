import FazhiCore
import Foundation

/// One figure with the report it comes from: a row of `fazhi extract`.
struct FigureRow: Encodable {
    var file: String
    var body: String?
    var region: String?
    var province: String?
    var prefecture: String?
    var level: String?
    var reportYear: Int?
    var quantity: Quantity

    /// Column names, in CSV order.
    static let columns = [
        "file", "body", "region", "province", "prefecture", "level", "reportYear", "line", "column", "text", "value",
        "unit", "qualifier", "lower", "upper", "kind", "change", "status", "scope", "subject", "indicator", "area",
    ]

    /// The rows of one report.
    static func rows(of report: Report) -> [FigureRow] {
        let meta = report.metadata
        return report.quantities.map { quantity in
            FigureRow(file: report.source, body: meta.body, region: meta.region?.name, province: meta.region?.province,
                      prefecture: meta.region?.prefecture, level: meta.region?.level.rawValue,
                      reportYear: meta.reportYear, quantity: quantity)
        }
    }

    /// The row's fields as text, in `columns` order; decimals keep their exact digits.
    var fields: [String] {
        let q = quantity
        return [
            file, body ?? "", region ?? "", province ?? "", prefecture ?? "", level ?? "",
            reportYear.map(String.init) ?? "", String(q.line), String(q.column), q.text, DecimalText.string(q.value),
            q.unit ?? "", q.qualifier.rawValue, q.lower.map(DecimalText.string) ?? "", q.upper.map(DecimalText.string) ?? "",
            q.kind.rawValue,
            q.change?.rawValue ?? "", q.status.rawValue, q.scope.rawValue, q.subject ?? "", q.indicator ?? "", q.area ?? "",
        ]
    }

    private enum CodingKeys: String, CodingKey {
        case file, body, region, province, prefecture, level, reportYear
    }

    /// Encodes the report columns and the quantity's fields side by side in one flat object.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(body, forKey: .body)
        try container.encode(region, forKey: .region)
        try container.encode(province, forKey: .province)
        try container.encode(prefecture, forKey: .prefecture)
        try container.encode(level, forKey: .level)
        try container.encode(reportYear, forKey: .reportYear)
        try quantity.encode(to: encoder)
    }
}
