/// The outline of a report and the mandated parts found in it.
public struct Outline: Sendable {
    /// Top-level headings with their sub-headings.
    public var headings: [Heading]
    /// Mandated parts present, in report order, each once.
    public var parts: [MandatedPart]
    /// For each line of the cleaned document, the index of the heading it opens (into `flat`).
    public var headingLineIndices: [Int]
    /// All headings in document order, without children.
    public var flat: [Heading]
    /// Index of the first line of the report body (after title and front matter).
    public var bodyStart: Int
    /// Index of the first line of back matter (signature, date, 抄送), or the line count.
    public var backMatterStart: Int
}

/// Builds the heading tree from cleaned lines by marker grammar, recovering lost markers.
///
/// Levels come from nesting, not fixed styles: a short report that uses 一、 then 1. gets
/// 1. at level 2. A line without a marker is a heading whose marker was lost when it is short,
/// carries no sentence punctuation, sits between paragraphs after the first numbered heading,
/// and is followed by text; it takes the place of the next sibling of the deepest standalone
/// heading, or opens a top-level part when its words name one (主要存在问题).
public struct OutlineBuilder: Sendable {
    private let parts: PartClassifier

    /// Creates a builder that classifies headings with `parts`.
    public init(parts: PartClassifier) {
        self.parts = parts
    }

    private struct Open {
        var index: Int  // into flat
        var style: MarkerStyle
        var number: Int
        var standalone: Bool
    }

    /// Builds the outline of cleaned lines.
    public func build(_ lines: [TextLine], scalars: [Unicode.Scalar]) -> Outline {
        var flat: [Heading] = []
        var parentOf: [Int?] = []
        var headingLineIndices: [Int] = []
        var stack: [Open] = []
        let markers = lines.map { HeadingMarker.parse(scalars[$0.range]) }
        let firstMarked = markers.firstIndex { $0 != nil && $0!.style == .chineseOrdinal }
            ?? markers.firstIndex { $0 != nil } ?? lines.count
        let backMatterStart = Self.backMatterStart(lines, scalars: scalars, markers: markers)
        var currentTopPart: MandatedPart?

        func push(_ heading: Heading, style: MarkerStyle, number: Int, standalone: Bool, line: Int) {
            flat.append(heading)
            parentOf.append(stack.last?.index)
            headingLineIndices.append(line)
            stack.append(Open(index: flat.count - 1, style: style, number: number, standalone: standalone))
            if heading.level == 1 { currentTopPart = heading.part }
        }

        for lineIndex in firstMarked..<max(firstMarked, backMatterStart) {
            let line = lines[lineIndex]
            let text = scalars[line.range]
            if let marker = markers[lineIndex] {
                if marker.followedByDigit {
                    let expected = (stack.last { $0.style == marker.style }?.number ?? 0) + 1
                    if marker.number != 1, marker.number != expected { continue }
                }
                while let top = stack.last, top.style >= marker.style { stack.removeLast() }
                if marker.style == .chineseOrdinal { stack.removeAll() }
                let body = text.dropFirst(marker.length)
                let title = Self.title(of: body)
                let standalone = body.count <= title.unicodeScalars.count + 1
                let level = stack.count + 1
                let headingParts = level == 1 ? parts.parts(ofHeading: title) : []
                push(Heading(
                    level: level, marker: text.prefix(marker.markerLength).string, inferredMarker: nil,
                    style: marker.style, number: marker.number, title: title,
                    line: line.location.line, column: line.location.column, part: headingParts.first, children: [],
                    offset: line.range.lowerBound),
                     style: marker.style, number: marker.number, standalone: standalone, line: lineIndex)
                continue
            }
            guard !stack.isEmpty, isLostHeading(at: lineIndex, lines: lines, scalars: scalars, markers: markers,
                                                 backMatterStart: backMatterStart) else { continue }
            let title = Self.title(of: text)
            let named = parts.parts(ofHeading: title)
            let opensTopPart = named.first.map { $0 != .achievements && $0 != currentTopPart } ?? false
            let style: MarkerStyle
            let number: Int
            if opensTopPart {
                let last = flat.last { $0.level == 1 }
                style = last?.style ?? .chineseOrdinal
                number = (last?.number ?? 0) + 1
                stack.removeAll()
            } else {
                let anchor = stack.lastIndex { $0.standalone } ?? stack.count - 1
                stack.removeLast(stack.count - anchor - 1)
                let sibling = stack.removeLast()
                style = sibling.style
                number = sibling.number + 1
            }
            let level = stack.count + 1
            push(Heading(
                level: level, marker: nil, inferredMarker: style.marker(for: number), style: style, number: number,
                title: title, line: line.location.line, column: line.location.column,
                part: level == 1 ? named.first : nil, children: [], offset: line.range.lowerBound),
                 style: style, number: number, standalone: true, line: lineIndex)
        }

        let partsFound = Self.assignTopLevelParts(&flat, classifier: parts, lines: lines, scalars: scalars,
                                                  headingLines: headingLineIndices, bodyStart: firstMarked,
                                                  backMatterStart: backMatterStart)
        return Outline(
            headings: Self.tree(flat, parentOf: parentOf), parts: partsFound, headingLineIndices: headingLineIndices,
            flat: flat, bodyStart: firstMarked, backMatterStart: backMatterStart)
    }

    /// Whether an unmarked line is a heading that lost its marker.
    private func isLostHeading(at index: Int, lines: [TextLine], scalars: [Unicode.Scalar],
                               markers: [HeadingMarker?], backMatterStart: Int) -> Bool {
        let text = scalars[lines[index].range]
        guard text.count >= 4, text.count <= 40, index > 0, index + 1 < backMatterStart else { return false }
        if text.contains(where: { $0.isSentenceEnd || $0 == "\t" }) { return false }
        if let last = text.last, last.isClausePunctuation || last == "）" && text.first == "（" { return false }
        guard Self.isParagraph(scalars[lines[index - 1].range]) || markers[index - 1] != nil else { return false }
        let next = scalars[lines[index + 1].range]
        return Self.isParagraph(next) || markers[index + 1] != nil
    }

    /// A line of running text: long, or ending like a sentence.
    static func isParagraph(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        text.count >= 40 || (text.last.map { $0.isSentenceEnd } ?? false)
    }

    /// The heading's title: its first sentence without closing punctuation, shortened at a comma when long.
    static func title(of body: ArraySlice<Unicode.Scalar>) -> String {
        var end = body.firstIndex { $0.isSentenceEnd } ?? body.endIndex
        while end > body.startIndex, body[end - 1].isHorizontalSpace || body[end - 1].isClausePunctuation { end -= 1 }
        var title = body[body.startIndex..<end]
        if title.count > 60 {
            let cut = title.prefix(60).lastIndex { $0.isClausePunctuation } ?? title.startIndex + 60
            title = title[title.startIndex..<cut]
        }
        return title.string
    }

    /// The first line after the last line of report text: signature, dates, 抄送 and 印发 lines follow it.
    private static func backMatterStart(_ lines: [TextLine], scalars: [Unicode.Scalar], markers: [HeadingMarker?]) -> Int {
        var index = lines.count
        while index > 0 {
            let text = scalars[lines[index - 1].range]
            if text.hasPrefix("特此报告") || text.hasPrefix("以上报告") || text.hasPrefix("特此汇报") {
                index -= 1
                break
            }
            if markers[index - 1] != nil || (isParagraph(text) && !text.hasPrefix("抄送") && !text.hasPrefix("印发")) { break }
            index -= 1
        }
        return index
    }

    /// Gives each unclassified top-level heading a part; lists the parts in report order,
    /// including parts stated in unnumbered paragraphs.
    private static func assignTopLevelParts(_ flat: inout [Heading], classifier: PartClassifier, lines: [TextLine],
                                            scalars: [Unicode.Scalar], headingLines: [Int], bodyStart: Int,
                                            backMatterStart: Int) -> [MandatedPart] {
        var afterClosingParts = false
        var openedAtLine: [Int: [MandatedPart]] = [:]
        for index in flat.indices where flat[index].level == 1 {
            var opened = classifier.parts(ofHeading: flat[index].title)
            if opened.isEmpty {
                flat[index].part = afterClosingParts ? .other : .achievements
                opened = [flat[index].part!]
            }
            if opened.contains(where: { $0 == .shortcomings || $0 == .plans || $0 == .other }) { afterClosingParts = true }
            openedAtLine[headingLines[index]] = opened
        }
        let headingSet = Set(headingLines)
        var found: [MandatedPart] = []
        var currentPart: MandatedPart?
        for index in bodyStart..<max(bodyStart, backMatterStart) {
            if let opened = openedAtLine[index] {
                currentPart = opened.last
                for part in opened where !found.contains(part) { found.append(part) }
                continue
            }
            guard !headingSet.contains(index),
                  let part = classifier.part(ofParagraph: scalars[lines[index].range]), !found.contains(part),
                  part == .plans ? currentPart == .shortcomings || currentPart == nil : currentPart != .plans
            else { continue }
            found.append(part)
        }
        return found
    }

    /// Nests a flat, document-ordered heading list by parent indices.
    private static func tree(_ flat: [Heading], parentOf: [Int?]) -> [Heading] {
        var children = [[Int]](repeating: [], count: flat.count)
        var roots: [Int] = []
        for (index, parent) in parentOf.enumerated() {
            if let parent { children[parent].append(index) } else { roots.append(index) }
        }
        // Assemble bottom-up: children always come after their parent, so reverse order is safe.
        var built = [Heading?](repeating: nil, count: flat.count)
        for index in flat.indices.reversed() {
            var heading = flat[index]
            heading.children = children[index].map { built[$0]! }
            built[index] = heading
        }
        return roots.map { built[$0]! }
    }
}
