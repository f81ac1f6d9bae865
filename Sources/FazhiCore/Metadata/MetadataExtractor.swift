import Foundation

/// Reads a report's metadata from its cleaned text and outline.
public struct MetadataExtractor: Sendable {
    private let bodies: BodyFinder
    private let kinds: DocumentKindClassifier
    private let words: FrontMatterWords

    /// Creates an extractor that places bodies with the resources' gazetteers and department catalogue.
    public init(resources: AnalysisResources) {
        let parser = BodyNameParser(gazetteer: resources.gazetteer, townships: resources.townships, departments: resources.departments)
        bodies = BodyFinder(parser: parser, regions: RegionFinder(gazetteer: resources.gazetteer, townships: resources.townships))
        kinds = resources.documentKinds
        words = resources.frontMatter
    }

    /// Labels of the page metadata that name the publishing or authoring office.
    static let publisherLabels = ["发布机构", "发布单位", "所属机构", "发文机关", "信息来源", "来源"]

    /// Extracts the metadata.
    public func extract(_ document: CleanedDocument, outline: Outline) -> Metadata {
        let lines = document.lines
        let front = FrontMatter(lines: lines, bodyStart: outline.bodyStart, chrome: document.chrome, words: words)
        let back = BackMatter(lines: lines[min(outline.backMatterStart, lines.count)...], words: words)
        var metadata = Metadata()
        metadata.title = front.title
        metadata.docNumber = front.docNumber
        metadata.signer = front.signer
        metadata.recipients = front.recipients
        metadata.publishedDate = front.publishedDate
        metadata.signedDate = back.signedDate

        let openingStart = Self.openingLine(lines, title: front.title)
        let opening = lines[openingStart...].prefix(3).map(\.text)
        let publishers = (document.chrome + lines.prefix(openingStart)).flatMap { Self.labelledValues(in: $0.text, labels: Self.publisherLabels) }
        let found = bodies.find(title: front.title, opening: opening, signature: back.signature,
                                metadataValues: publishers, text: document.text.scalars)
        metadata.body = found.body
        metadata.bodyKind = found.kind
        metadata.sector = found.sector?.id
        metadata.region = found.region
        metadata.regionAmbiguous = found.ambiguous
        metadata.reportYear = ReportYearFinder.year(
            title: front.title, lines: lines, bodyStart: outline.bodyStart, headings: outline.headings,
            signedDate: back.signedDate, publishedDate: front.publishedDate)
        // The opening's twelve lines as the cleaned text holds them, joined by line feeds.
        let openingLines = lines[openingStart...].prefix(12)
        var openingText: [Unicode.Scalar] = []
        if let first = openingLines.first, let last = openingLines.last {
            openingText = Array(document.text.scalars[first.range.lowerBound..<last.range.upperBound])
        }
        metadata.documentKind = kinds.kind(title: front.title, opening: openingText, reportYear: metadata.reportYear,
                                           hasHeadings: !outline.headings.isEmpty)
        return metadata
    }

    /// The first line of the body's running text: the first long line that is not the title.
    static func openingLine(_ lines: [TextLine], title: String?) -> Int {
        lines.prefix(40).firstIndex { line in
            line.scalars.count >= 30 && line.scalars.contains(where: { $0.isClausePunctuation || $0.isSentenceEnd })
                && !(title.map { line.text.containsUTF8($0) } ?? false)
        } ?? 0
    }

    /// The values after metadata labels in a chrome line: 发布机构: 区政府办 → 区政府办; | 发布机构 | 肃南县林草局 |.
    static func labelledValues(in line: String, labels: [String]) -> [String] {
        // Most lines hold no label: their bytes are searched, and only a line that holds one is decoded.
        let present = labels.filter { line.firstUTF8Range(of: $0) != nil }
        guard !present.isEmpty else { return [] }
        let scalars = line.scalarArray
        var values: [String] = []
        for label in present {
            let labelScalars = label.scalarArray
            var search = 0
            while let found = scalars[search...].firstIndex(of: labelScalars) {
                var cursor = found + labelScalars.count
                while cursor < scalars.count, " \u{3000}:：|]】[".unicodeScalars.contains(scalars[cursor]) { cursor += 1 }
                let start = cursor
                while cursor < scalars.count, scalars[cursor].isHan || scalars[cursor] == "、" { cursor += 1 }
                if cursor - start >= 2 { values.append(scalars[start..<cursor].string) }
                search = cursor
            }
        }
        return values
    }

    /// The issuing body named at the head of a title: the text before 关于 or the year.
    static func body(fromTitle title: String) -> String? {
        let scalars = title.scalarArray
        var end = scalars.count
        if let about = title.firstUTF8Range(of: "关于") {
            end = title.unicodeScalars.distance(from: title.unicodeScalars.startIndex, to: about.lowerBound)
        }
        var index = 0
        while index + 4 < min(end, scalars.count) {
            if scalars[index].isDigit, ReportYearFinder.firstYear(in: scalars[index...].prefix(6).string) != nil {
                end = index
                break
            }
            index += 1
        }
        let body = scalars[0..<end].string.trimmingCharacters(in: .whitespaces)
        return body.unicodeScalars.count >= 2 ? body : nil
    }
}
