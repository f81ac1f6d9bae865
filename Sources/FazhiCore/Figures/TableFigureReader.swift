/// Reads the figures of a table: HTML and DOCX tables arrive as runs of lines whose cells are
/// separated by tabs, the first line holding the column headers.
///
/// A cell holding only a number is a figure of its row's header (行政复议新收案件（件）) and its
/// column's header: the unit comes from the cell, else from the row's or column's bracket (（件）,
/// (%)), and a year column says the status (the report year is the result, other years are
/// baselines, later ones targets). A cell with words (同比下降7.4%, 增加34件) is scanned as text,
/// its figures taking the row's header as subject.
struct TableFigureReader: Sendable {
    let scanner: QuantityScanner

    /// A table: the lines it spans (header first) and each line's cells as scalar ranges in the line.
    struct Table {
        var lines: Range<Int>
        var cells: [[Range<Int>]]
    }

    /// One figure read from a cell.
    struct CellFigure {
        var line: Int
        var quantity: ScannedQuantity
        /// The row's header without its unit bracket: what the figure counts.
        var rowHeader: String
        /// The column's header: a year, 数量, 同比 ….
        var columnHeader: String
        /// The status the column's header gives, if any.
        var status: FigureStatus?
    }

    /// The tables among `lines`: two or more consecutive lines with the same number (≥ 2) of tab-separated cells.
    static func tables(in lines: [[Unicode.Scalar]]) -> [Table] {
        var tables: [Table] = []
        var index = 0
        while index < lines.count {
            let cells = Self.cells(of: lines[index])
            guard cells.count >= 2 else {
                index += 1
                continue
            }
            var end = index + 1
            var rows = [cells]
            while end < lines.count {
                let next = Self.cells(of: lines[end])
                guard next.count == cells.count else { break }
                rows.append(next)
                end += 1
            }
            if rows.count >= 2 { tables.append(Table(lines: index..<end, cells: rows)) }
            index = end
        }
        return tables
    }

    /// The cells of a line, split at tabs.
    static func cells(of line: [Unicode.Scalar]) -> [Range<Int>] {
        guard line.contains("\t") else { return [] }
        var cells: [Range<Int>] = []
        var start = 0
        for (index, scalar) in line.enumerated() where scalar == "\t" {
            cells.append(start..<index)
            start = index + 1
        }
        cells.append(start..<line.count)
        return cells
    }

    /// The figures of a table's data rows.
    func figures(of table: Table, lines: [[Unicode.Scalar]], reportYear: Int?) -> [CellFigure] {
        let headerLine = lines[table.lines.lowerBound]
        let headers = table.cells[0].map { Array(headerLine[$0]) }
        let columnUnits = headers.map { Self.splitUnit($0).unit }
        let columnStatuses = headers.map { Self.status(ofColumn: $0, reportYear: reportYear) }
        var figures: [CellFigure] = []
        for row in 1..<table.cells.count {
            let lineIndex = table.lines.lowerBound + row
            let line = lines[lineIndex]
            let cells = table.cells[row]
            let rowHeader = Array(line[cells[0]])
            let (subject, rowUnit) = Self.splitUnit(rowHeader)
            for column in 1..<cells.count {
                let cell = cells[column]
                let status = columnStatuses[column]
                if let number = bareNumber(in: line, cell: cell, unit: rowUnit ?? columnUnits[column]) {
                    figures.append(CellFigure(line: lineIndex, quantity: number, rowHeader: subject.string,
                                              columnHeader: headers[column].string, status: status))
                    continue
                }
                for var found in scanner.scan(Array(line[cell])) {
                    found.range = (found.range.lowerBound + cell.lowerBound)..<(found.range.upperBound + cell.lowerBound)
                    found.subject = subject.string
                    found.subjectRange = nil      // the row's header, not in the cell
                    figures.append(CellFigure(line: lineIndex, quantity: found, rowHeader: subject.string,
                                              columnHeader: headers[column].string, status: status))
                }
            }
        }
        return figures
    }

    /// A cell holding only a number (3,105, 96.9, 98%): a figure in `unit` (from a header) when it has none of its own.
    private func bareNumber(in line: [Unicode.Scalar], cell: Range<Int>, unit: String?) -> ScannedQuantity? {
        var start = cell.lowerBound, end = cell.upperBound
        while start < end, line[start].isHorizontalSpace { start += 1 }
        while end > start, line[end - 1].isHorizontalSpace { end -= 1 }
        guard start < end, line[start].isDigit, let numeral = NumeralParser.parse(line, at: start),
              numeral.qualifier == .exact, !numeral.isPositional else { return nil }
        var entry: UnitEntry?
        var stop = numeral.range.upperBound
        if stop < end, let own = scanner.units.match(line, at: stop), stop + own.length == end {
            entry = own.entry
            stop = end
        } else if let unit {
            entry = scanner.units.entry(for: unit)
        }
        guard stop == end, let entry, let kind = entry.kind else { return nil }
        return ScannedQuantity(range: start..<end, text: line[start..<end].string, value: numeral.value * entry.scale,
                               lower: nil, upper: nil, qualifier: .exact, unit: entry.unit, kind: kind, change: nil, subject: nil)
    }

    /// A header without its bracketed unit: 行政处罚案件（件） → (行政处罚案件, 件).
    static func splitUnit(_ header: [Unicode.Scalar]) -> (text: [Unicode.Scalar], unit: String?) {
        var end = header.count
        while end > 0, header[end - 1].isHorizontalSpace { end -= 1 }
        guard end > 2, header[end - 1].isClosingParenthesis,
              let open = header[..<(end - 1)].lastIndex(where: \.isOpeningParenthesis), end - open <= 6 else {
            return (Array(header[..<end]), nil)
        }
        let unit = header[(open + 1)..<(end - 1)].string
        var textEnd = open
        while textEnd > 0, header[textEnd - 1].isHorizontalSpace { textEnd -= 1 }
        return (Array(header[..<textEnd]), unit.isEmpty ? nil : unit)
    }

    /// Words of a column that holds changes: 同比, 增减, 变化.
    private static let changeColumns = ScalarTrie(words: ["同比", "环比", "增减", "变化", "增长", "增幅", "降幅", "比上年", "较上年"])

    /// The status a column's header gives: its year (2023, 2023年) against the report year; a change column (同比, 增减).
    static func status(ofColumn header: [Unicode.Scalar], reportYear: Int?) -> FigureStatus? {
        if header.indices.contains(where: { changeColumns.longestMatch(in: header, from: $0) != nil }) { return .change }
        guard let reportYear,
              let start = header.indices.first(where: { index in
                  index + 4 <= header.count && header[index] == "2" && header[index + 1] == "0"
                      && header[index + 2].isDigit && header[index + 3].isDigit
                      && (index == 0 || !header[index - 1].isDigit) && (index + 4 == header.count || !header[index + 4].isDigit)
              }),
              let tens = header[start + 2].digitValue, let ones = header[start + 3].digitValue else { return nil }
        let year = 2000 + tens * 10 + ones
        if year == reportYear { return .achieved }
        return year < reportYear ? .baseline : .target
    }
}
