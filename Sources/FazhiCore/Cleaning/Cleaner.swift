/// Turns decoded text into clean report text, recording every edit with its place in the original.
///
/// Steps, in order: invisible characters and line breaks (PDF lines rejoined, lost breaks before
/// headings restored); repairable mojibake; pinyin annotations; traditional → simplified script; web
/// chrome at the head and tail; repeated passages; and finally a scan that marks garbling nothing
/// could repair.
public struct Cleaner: Sendable {
    private let chrome: ChromeClassifier
    let scripts: ScriptConverter

    /// Creates a cleaner with a chrome lexicon and a script converter.
    public init(chrome: ChromeClassifier, scripts: ScriptConverter) {
        self.chrome = chrome
        self.scripts = scripts
    }

    /// Cleans a decoded document.
    public func clean(_ document: DecodedDocument) -> CleanedDocument {
        let source = document.source
        var edits: [TextEdit] = []
        func edit(_ kind: EditKind, _ text: MappedText, _ range: Range<Int>) {
            let location = source.location(of: text.origin(at: range.lowerBound))
            edits.append(TextEdit(
                kind: kind, line: location.line, column: location.column, length: range.count,
                text: Self.excerpt(text.scalars[range])))
        }

        var (visible, dropped) = InvisibleCharacterFilter.apply(document.body)
        if document.format == .pdf { visible = PDFLineJoiner.apply(visible) }
        visible = RunOnLineSplitter.apply(visible)
        if let first = dropped.first {
            let location = source.location(of: Int(first))
            edits.append(TextEdit(kind: .invisibleCharacters, line: location.line, column: location.column,
                                  length: dropped.count, text: ""))
        }
        let (unmangled, repaired) = MojibakeDetector.repair(visible)
        for range in repaired { edit(.mojibakeRepaired, visible, range) }
        let (unannotated, annotations) = PinyinAnnotationRemover.apply(unmangled)
        for range in annotations { edit(.pinyinAnnotation, unmangled, range) }
        let script = scripts.detectScript(unannotated.scalars)
        let simplified = script == .traditional ? scripts.toSimplified(unannotated) : unannotated

        let lineRanges = LineSplitter.lines(of: simplified.scalars)
        let (kept, chromeLines, chromeInBody) = removeChrome(lineRanges, in: simplified)
        for range in chromeLines { edit(.webChrome, simplified, range) }
        let keys = kept.map { PassageKey.key(simplified.scalars[$0]) }
        var dropLine = [Bool](repeating: false, count: kept.count)
        for run in RepeatedPassageFinder.repeats(keys: keys) {
            let range = kept[run.lowerBound].lowerBound..<kept[run.upperBound - 1].upperBound
            edit(.repeatedPassage, simplified, range)
            for index in run { dropLine[index] = true }
        }

        var text = MappedText()
        text.reserveCapacity(simplified.count)
        var lineSpans: [(range: Range<Int>, location: SourceLocation)] = []
        var bodyChromeLines: [Int] = []
        let chromeStarts = Set(chromeInBody.map(\.lowerBound))
        for (index, range) in kept.enumerated() where !dropLine[index] {
            if !text.isEmpty { text.append("\n", origin: Int32(simplified.origin(at: range.lowerBound - 1))) }
            let start = text.count
            text.append(simplified, range: range)
            lineSpans.append((start..<text.count, source.location(of: simplified.origin(at: range.lowerBound))))
            if chromeStarts.contains(range.lowerBound) { bodyChromeLines.append(lineSpans.count - 1) }
        }
        // The lines share the finished text's scalars; a chrome line keeps a copy of its own few.
        let lines = lineSpans.map { TextLine(range: $0.range, location: $0.location, in: text.scalars, at: $0.range) }
        let bodyChrome = bodyChromeLines.map { lines[$0] }
        let chromeText = chromeLines.map { range in
            TextLine(range: range, location: source.location(of: simplified.origin(at: range.lowerBound)),
                     in: Array(simplified.scalars[range]), at: 0..<range.count)
        }
        let garbled = MojibakeDetector.unrecoverableSpans(in: text.scalars).map { range in
            let location = source.location(of: text.origin(at: range.lowerBound))
            return GarbledSpan(line: location.line, column: location.column, text: text.scalars[range].string)
        }
        var cleaned = CleanedDocument(
            source: source, text: text, lines: lines, chrome: chromeText, edits: edits,
            garbled: garbled, script: script)
        cleaned.chromeInBody = bodyChrome
        return cleaned
    }

    /// Splits lines into kept ones and chrome lines in the head and tail of the page.
    ///
    /// The head is everything before the first substantial line (a sentence of 40 or more
    /// characters, or a numbered heading); the tail everything after the last one. Chrome-like
    /// lines inside the body are kept, for review to flag.
    private func removeChrome(_ lines: [Range<Int>], in text: MappedText)
        -> (kept: [Range<Int>], chrome: [Range<Int>], inBody: [Range<Int>]) {
        let isChrome = lines.map { chrome.isChrome(text.scalars[$0]) }
        func isSubstantial(_ index: Int) -> Bool {
            let line = text.scalars[lines[index]]
            if HeadingMarker.parse(line) != nil { return true }
            return line.count >= 40 && line.contains { $0.isSentenceEnd || $0.isClausePunctuation } && !isChrome[index]
        }
        guard let first = lines.indices.first(where: isSubstantial),
              let last = lines.indices.last(where: isSubstantial) else {
            return (lines, [], [])
        }
        var kept: [Range<Int>] = []
        var removed: [Range<Int>] = []
        var inBody: [Range<Int>] = []
        for (index, range) in lines.enumerated() {
            if (index < first || index > last), isChrome[index] {
                removed.append(range)
            } else {
                kept.append(range)
                if isChrome[index] { inBody.append(range) }
            }
        }
        return (kept, removed, inBody)
    }

    static func excerpt(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        scalars.count <= 40 ? scalars.string : scalars.prefix(40).string + "…"
    }
}
