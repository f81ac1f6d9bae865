import Crypto

/// Analyses report files: bytes in, `Report` out. Pure: no files, clocks or globals.
///
/// ```swift
/// let analyzer = try Analyzer.bundled()
/// let report = try analyzer.analyze(bytes, source: "report.txt")
/// print(report.metadata.reportYear ?? 0)
/// ```
public struct Analyzer: Sendable {
    private let cleaner: Cleaner
    private let outlines: OutlineBuilder
    private let metadata: MetadataExtractor
    private let figures: FigureExtractor
    /// The kinds of department a body's `sector` names, in catalogue order.
    public let sectors: [Sector]
    private let splits: CompleteSplits
    private let masking: MaskingWords
    private let htmlChrome: HTMLChromeTerms
    private let shares: ShareSubject

    /// Creates an analyzer from loaded resources.
    public init(resources: AnalysisResources) {
        cleaner = Cleaner(resources: resources)
        outlines = OutlineBuilder(resources: resources)
        metadata = MetadataExtractor(resources: resources)
        figures = FigureExtractor(resources: resources)
        sectors = resources.departments.sectors
        splits = resources.completeSplits
        masking = resources.masking
        htmlChrome = resources.htmlChrome
        shares = resources.shares
    }

    /// An analyzer with the resources bundled with FazhiCore.
    public static func bundled() throws -> Analyzer {
        Analyzer(resources: try AnalysisResources.bundled())
    }

    /// A search query's simplified spelling (復議 → 复议), as stored reports' text is simplified.
    public func simplifiedSpelling(_ text: String) -> String {
        cleaner.scripts.simplified(text)
    }

    /// Analyses the bytes of a report file.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes (for PDF: pdftotext's output, with `format: .pdf`).
    ///   - source: the name to report it under.
    ///   - format: the format, when known; otherwise sniffed from the bytes.
    ///   - includeText: whether the report carries its cleaned text.
    ///
    /// The bytes are taken, not borrowed: passed as their last use, they are freed once read, and the decoded text once
    /// cleaned, so a large file's bytes and decoded text are not held while figures are read.
    public func analyze(_ bytes: consuming [UInt8], source: String, format: DocumentFormat? = nil,
                        includeText: Bool = false) throws(ReadError) -> Report {
        let decoded = try DocumentReader.read(bytes, format: format, htmlChrome: htmlChrome)
        let digest = SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        _ = consume bytes
        return analyze(taking: decoded, source: source, sha256: digest, includeText: includeText)
    }

    /// The cleaned document of a file's bytes, with its map back to the original: what a
    /// stored report's text and positions were computed from.
    public func clean(_ bytes: [UInt8], format: DocumentFormat? = nil) throws(ReadError) -> CleanedDocument {
        cleaner.clean(try DocumentReader.read(bytes, format: format, htmlChrome: htmlChrome))
    }

    /// Analyses an already decoded document.
    public func analyze(_ decoded: DecodedDocument, source: String, sha256: String, includeText: Bool = false) -> Report {
        analyze(taking: decoded, source: source, sha256: sha256, includeText: includeText)
    }

    /// Analyses a decoded document, freeing it once cleaned (its text is the size of the file's, twice).
    private func analyze(taking decoded: consuming DecodedDocument, source: String, sha256: String, includeText: Bool) -> Report {
        let (format, encoding) = (decoded.format, decoded.encoding)
        let cleaned = cleaner.clean(decoded)
        _ = consume decoded
        let outline = outlines.build(cleaned.lines, scalars: cleaned.text.scalars)
        let found = metadata.extract(cleaned, outline: outline)
        let chinese = cleaned.text.scalars.reduce(0) { $0 + ($1.isHan ? 1 : 0) }
        var report = Report(
            source: source, sha256: sha256, format: format, encoding: encoding, script: cleaned.script,
            metadata: found, outline: outline.headings, parts: outline.parts,
            quantities: figures.quantities(in: cleaned, outline: outline, metadata: found), edits: cleaned.edits,
            garbled: cleaned.garbled,
            statistics: .init(characters: cleaned.text.count, chineseCharacters: chinese, lines: cleaned.lines.count),
            text: includeText ? cleaned.text.string : nil)
        report.findings = RuleRegistry.review(ReviewContext(document: cleaned, outline: outline, report: report, splits: splits,
                                                                masking: masking, shares: shares))
        // Every position in both texts, recorded once: findings are located in the original by their rules.
        if !report.findings.isEmpty {
            let index = CleanedPositionIndex(cleaned)
            for position in report.findings.indices where !RuleRegistry.wholeDocumentRules.contains(report.findings[position].rule) {
                report.findings[position].offset = index.cleanedOffset(line: report.findings[position].line,
                                                                       column: report.findings[position].column)
            }
        }
        report.positions = PositionMap(cleaned)
        return report
    }
}
