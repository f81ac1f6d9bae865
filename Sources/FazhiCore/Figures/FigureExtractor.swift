/// Finds every figure of a cleaned report and gives each its place, indicator and task area.
///
/// Lines are scanned from the start of the report to its back matter (signature and dates
/// excluded). A figure's indicator is decided from its subject and the clause that holds it, one
/// figure per indicator in a sentence (`IndicatorStages`: 受理 over 收到, the total over its parts);
/// its area comes from the indicator, else from the headings above it, else from the clause;
/// its status and scope from the words before it, the report's year and region, and its part.
public struct FigureExtractor: Sendable {
    private let scanner: QuantityScanner
    private let catalogue: IndicatorCatalogue
    private let areas: TaskAreaClassifier
    private let statements: FigureStatementClassifier
    private let tables: TableFigureReader

    /// Creates an extractor from a scanner, an indicator catalogue, an area lexicon and a statement classifier.
    public init(scanner: QuantityScanner, catalogue: IndicatorCatalogue, areas: TaskAreaClassifier,
                statements: FigureStatementClassifier) {
        self.scanner = scanner
        self.catalogue = catalogue
        self.areas = areas
        self.statements = statements
        tables = TableFigureReader(scanner: scanner)
    }

    /// The figures of a report, in reading order; `metadata` gives the report year and the body's region.
    public func quantities(in document: CleanedDocument, outline: Outline, metadata: Metadata) -> [Quantity] {
        let scalars = document.text.scalars
        var headings: [Int: Heading] = [:]
        for (heading, line) in zip(outline.flat, outline.headingLineIndices) { headings[line] = heading }
        let headingAreas = areasOfLines(document: document, headings: headings)
        let inPlans = plansLines(document: document, headings: headings)
        let lineCount = min(outline.backMatterStart, document.lines.count)
        let readEnd = lineCount == 0 ? 0 : document.lines[lineCount - 1].range.upperBound
        var quantities: [Quantity] = []
        quantities.reserveCapacity(Self.expectedFigures(in: scalars[..<readEnd]))
        var scratch = IndicatorCatalogue.Scratch()
        var catalogueWords = IndicatorCatalogue.WordOccurrences()
        // The clause of the figure being read, reused from figure to figure.
        var clause: [Unicode.Scalar] = []
        var memo = FigureStatementClassifier.ClauseScopes()
        // Tables (tab-separated rows from HTML and DOCX): their cells are read with their headers.
        var tableFigures: [Int: [TableFigureReader.CellFigure]] = [:]
        var inTable = [Bool](repeating: false, count: lineCount)
        if scalars.contains("\t") {
            let lines = document.lines.prefix(lineCount).map { Array(scalars[$0.range]) }
            for table in TableFigureReader.tables(in: lines) {
                for index in table.lines { inTable[index] = true }
                for figure in tables.figures(of: table, lines: lines, reportYear: metadata.reportYear) {
                    tableFigures[figure.line, default: []].append(figure)
                }
            }
        }
        for index in 0..<lineCount {
            let line = document.lines[index]
            let lineScalars = Array(scalars[line.range])
            if inTable[index] {
                for cell in tableFigures[index] ?? [] {
                    let found = cell.quantity
                    let subject = cell.rowHeader.scalarArray
                    catalogue.findWords(in: subject, into: &catalogueWords)
                    let indicator = catalogue.indicatorPosition(subject: subject[...], clause: subject, occurrences: catalogueWords,
                                                                at: 0, unit: found.unit, kind: found.kind, scratch: &scratch)
                        .map { catalogue.indicators[$0] }
                    let status = found.change != nil || found.kind == .percentagePointChange ? .change : cell.status ?? .achieved
                    let offset = line.range.lowerBound + found.range.lowerBound
                    let location = document.location(ofCleaned: offset)
                    quantities.append(Quantity(
                        text: found.text, value: found.value, unit: found.unit, qualifier: found.qualifier,
                        lower: found.lower, upper: found.upper, kind: found.kind, change: found.change, status: status,
                        scope: .own, subject: cell.rowHeader + (cell.columnHeader.isEmpty ? "" : "（\(cell.columnHeader)）"),
                        indicator: indicator?.id, area: indicator?.area ?? headingAreas[index] ?? areas.area(of: cell.rowHeader),
                        line: location.line, column: location.column, offset: offset))
                }
                continue
            }
            memo.startLine()
            let found = scanner.scan(lineScalars)
            let lineWords = statements.words(in: lineScalars, upTo: found.last?.range.lowerBound ?? 0)
            let ends = found.map(\.range.upperBound)
            if !found.isEmpty { catalogue.findWords(in: lineScalars, into: &catalogueWords) }
            // Figures are read where they stand in `found` (a copy of each is a dozen retains and releases).
            let scanned = found.indices.map { position in
                let figure = found[position].range, kind = found[position].kind
                let range = Self.clause(of: figure, in: lineScalars)
                clause.removeAll(keepingCapacity: true)
                clause.append(contentsOf: lineScalars[range])
                // Where the line's earlier figures in this clause end, relative to it (a clause is short: few of them).
                var first = position
                while first > 0, ends[first - 1] > range.lowerBound { first -= 1 }
                let figureEnds = ends[first..<position].map { $0 - range.lowerBound }
                let indicator = catalogue.indicatorPosition(subject: found[position].subjectRange.map { lineScalars[$0] },
                                                            clause: clause,
                                                            occurrences: catalogueWords, at: range.lowerBound,
                                                            unit: found[position].unit, kind: kind, figureEnds: figureEnds,
                                                            scratch: &scratch)
                    .flatMap {
                        Self.excludedAfter(catalogue.indicators[$0].excludes, in: lineScalars, from: figure.upperBound) ? nil : $0
                    }
                let measuresReduction = indicator.map { catalogue.indicators[$0].measuresReduction } ?? false
                let status = statements.status(
                    of: figure, change: found[position].change, kind: kind, measuresReduction: measuresReduction,
                    in: lineScalars, words: lineWords, inPlans: inPlans[index], reportYear: metadata.reportYear)
                let scope = statements.scope(of: figure, kind: kind, in: lineScalars, body: metadata.region, memo: &memo)
                return Statement(clause: range, indicator: indicator, status: status, scope: scope)
            }
            let secondary = IndicatorStages.secondary(found.indices.map { position in
                let figure = scanned[position]
                let key = figure.indicator.map { StageKey(indicator: $0, status: figure.status, scope: figure.scope) }
                return (found[position].range, key)
            }, in: lineScalars)
            for position in found.indices {
                let offset = line.range.lowerBound + found[position].range.lowerBound
                let location = document.location(ofCleaned: offset)
                let indicator = scanned[position].indicator
                quantities.append(Quantity(
                    text: found[position].text, value: found[position].value, unit: found[position].unit,
                    qualifier: found[position].qualifier, lower: found[position].lower, upper: found[position].upper,
                    kind: found[position].kind, change: found[position].change, status: scanned[position].status,
                    scope: scanned[position].scope, subject: found[position].subject,
                    indicator: secondary.contains(position) ? nil : indicator.map { catalogue.indicators[$0].id },
                    area: indicator.map { catalogue.indicators[$0].area } ?? headingAreas[index]
                        ?? areas.area(of: Array(lineScalars[scanned[position].clause])),
                    line: location.line, column: location.column, offset: offset))
            }
        }
        return quantities
    }

    /// What the extractor decided about one figure of a line: its clause (in the line), its indicator (a position in
    /// the catalogue), its status and its scope.
    private struct Statement {
        var clause: Range<Int>
        var indicator: Int?
        var status: FigureStatus
        var scope: FigureScope
    }

    /// Figures of one indicator are weighed against each other only with the same status and scope.
    private struct StageKey: Equatable {
        var indicator: Int
        var status: FigureStatus
        var scope: FigureScope
    }

    /// The farthest after a figure its clause is read for words that exclude its indicator.
    static let afterLimit = 30

    /// Whether the words after a figure, to the end of its clause, exclude its indicator: 533名执法人员参加了培训
    /// counts trainees, not officers.
    static func excludedAfter(_ excludes: [[String]], in line: [Unicode.Scalar], from end: Int) -> Bool {
        var stop = end
        while stop < line.count, stop - end < afterLimit, !line[stop].isSentenceEnd, !line[stop].isClausePunctuation { stop += 1 }
        guard stop > end else { return false }
        let after = line[end..<stop]
        func occurs(_ word: String) -> Bool {
            // Most words' first scalar is not there at all: no array is built for them.
            guard let first = word.unicodeScalars.first, after.contains(first) else { return false }
            return after.firstIndex(of: word.scalarArray) != nil
        }
        return excludes.contains { words in words.allSatisfy(occurs) }
    }

    /// The room made for a text's figures: one a run of digits (most figures are one; dates and numbering make it more
    /// than enough), but at most one every `scalarsPerFigure` scalars, so digits that are not figures reserve little.
    /// Grown by doubling, the array held up to three times its figures at once: most of a long report's memory.
    static func expectedFigures(in scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var runs = 0, previousIsDigit = false
        for scalar in scalars {
            let isDigit = scalar.isDigit
            if isDigit, !previousIsDigit { runs += 1 }
            previousIsDigit = isDigit
        }
        return min(runs, scalars.count / scalarsPerFigure)
    }

    /// The fewest scalars a figure is expected to take, with its words, when room is made for a text's figures.
    static let scalarsPerFigure = 16

    /// The longest stretch before a figure that can name what it measures.
    static let clauseLimit = 80

    /// The clause holding a figure: from the previous 。；or line start (at most `clauseLimit` back) to the figure's end.
    static func clause(of range: Range<Int>, in line: [Unicode.Scalar]) -> Range<Int> {
        var start = range.lowerBound
        let floor = max(0, range.lowerBound - clauseLimit)
        while start > floor, !line[start - 1].isSentenceEnd { start -= 1 }
        return start..<range.upperBound
    }

    /// For each line, whether it stands in the plans part (下一步工作安排).
    private func plansLines(document: CleanedDocument, headings: [Int: Heading]) -> [Bool] {
        var result = [Bool](repeating: false, count: document.lines.count)
        var current = false
        for index in document.lines.indices {
            if let heading = headings[index], heading.level == 1 { current = heading.part == .plans }
            result[index] = current
        }
        return result
    }

    /// For each line, the task area named by the deepest heading above it that names one.
    private func areasOfLines(document: CleanedDocument, headings: [Int: Heading]) -> [String?] {
        var result = [String?](repeating: nil, count: document.lines.count)
        var openAreas: [(level: Int, area: String?)] = []
        for index in document.lines.indices {
            if let heading = headings[index] {
                openAreas.removeAll { $0.level >= heading.level }
                openAreas.append((heading.level, areas.area(of: heading.title)))
            }
            result[index] = openAreas.last { $0.area != nil }?.area
        }
        return result
    }
}
