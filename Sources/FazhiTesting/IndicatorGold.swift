import Foundation

/// A hand-read gold of compare cells (Tests/FazhiCoreTests/Gold/*.tsv): per report file and indicator, the value a
/// careful reader puts in the cell, or none (`absent`).
public enum IndicatorGold {
    /// One gold cell.
    public struct Cell: Sendable {
        public var file: String
        public var indicator: String
        /// The value; nil when the cell must stay empty.
        public var value: Decimal?
        public var note: String
    }

    /// The rows of a gold table under the package root with `columns` tab-separated fields (file, indicator, value first,
    /// note last), skipping comments, the header and rows whose note starts with `extra`.
    public static func cells(_ relativePath: String, columns: Int) throws -> [Cell] {
        let url = PackageRoot.url.appendingPathComponent(relativePath)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard !line.hasPrefix("#"), fields.count == columns, fields[0] != "file", !fields[columns - 1].hasPrefix("extra")
            else { return nil }
            return Cell(file: fields[0], indicator: fields[1], value: fields[2] == "absent" ? nil : Decimal(string: fields[2]),
                        note: fields[columns - 1])
        }
    }
}
