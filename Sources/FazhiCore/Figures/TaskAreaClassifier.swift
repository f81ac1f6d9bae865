/// Tells which task area a heading or passage belongs to from its words.
///
/// Words are found longest first without overlap (执法信息平台 counts for digital, not also 执法 for
/// enforcement); each area scores the lengths of its words found. A word listed under two areas
/// (出庭应诉) counts for both.
public struct TaskAreaClassifier: Sendable {
    /// The nine task areas of the 2021–2025 纲要, in chapter order.
    public static let areas = ["functions", "rules", "decisions", "enforcement", "emergencies", "disputes",
                               "oversight", "digital", "leadership"]

    private struct Word: Sendable {
        var area: Int
        var scalars: [Unicode.Scalar]
    }

    private let words: [Word]
    /// Each distinct word, valued by its number: its areas are `wordAreas[wordAreaBounds[n]..<wordAreaBounds[n + 1]]`,
    /// in the order listed.
    private let trie: ScalarTrie
    private let wordAreaBounds: [Int]
    private let wordAreas: [Int]

    /// Creates a classifier from (area, word) pairs; areas must be among `areas`.
    public init(words: [(area: String, word: String)]) throws(CatalogueError) {
        var parsed: [Word] = []
        for (number, row) in words.enumerated() {
            guard let area = Self.areas.firstIndex(of: row.area) else {
                throw .unknownTaskArea(line: number + 1, area: row.area)
            }
            guard !row.word.isEmpty else { throw .malformedRow(line: number + 1) }
            parsed.append(Word(area: area, scalars: row.word.scalarArray))
        }
        self.init(parsed: parsed)
    }

    /// Parses the `task-areas.tsv` format: `area<TAB>word` rows, `#` comments, blank lines.
    public init(tsv: String) throws(CatalogueError) {
        var parsed: [Word] = []
        for (number, line) in tsv.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var text = String(Substring(line))
            if text.utf8.contains(0x0D) { text.unicodeScalars.removeAll { $0 == "\r" } }
            let trimmed = Self.trimmed(text)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map { Self.trimmed(String($0)) }
            guard columns.count == 2, !columns[1].isEmpty else { throw .malformedRow(line: number + 1) }
            guard let area = Self.areas.firstIndex(of: columns[0]) else {
                throw .unknownTaskArea(line: number + 1, area: columns[0])
            }
            parsed.append(Word(area: area, scalars: columns[1].scalarArray))
        }
        self.init(parsed: parsed)
    }

    private init(parsed: [Word]) {
        words = parsed
        var trie = ScalarTrie(), numbers: [[Unicode.Scalar]: Int] = [:], areasOfWord: [[Int]] = []
        for word in parsed {
            let number: Int
            if let known = numbers[word.scalars] {
                number = known
            } else {
                number = areasOfWord.count
                numbers[word.scalars] = number
                areasOfWord.append([])
                trie.insert(scalars: word.scalars, number)
            }
            areasOfWord[number].append(word.area)
        }
        self.trie = trie
        wordAreaBounds = areasOfWord.reduce(into: [0]) { bounds, areas in bounds.append(bounds.last! + areas.count) }
        wordAreas = areasOfWord.flatMap { $0 }
    }

    /// The words listed for an area.
    public func words(of area: String) -> [String] {
        guard let index = Self.areas.firstIndex(of: area) else { return [] }
        return words.filter { $0.area == index }.map { $0.scalars.string }
    }

    /// The area whose words appear most (weighted by word length) in `text`, or nil when none does.
    /// Ties go to the area whose first word comes earlier in the text.
    public func area(of text: String) -> String? {
        area(of: text.scalarArray)
    }

    /// The area of a text given as scalars (see `area(of:)`).
    func area(of scalars: [Unicode.Scalar]) -> String? {
        // Every occurrence of every word, once for each of its areas.
        var hits: [(start: Int, length: Int, area: Int)] = []
        let bounds = wordAreaBounds, wordAreas = wordAreas      // the closure captures these, not a copy of self
        trie.forEachOccurrence(in: scalars[...]) { start, length, word in
            for area in wordAreas[bounds[word]..<bounds[word + 1]] { hits.append((start, length, area)) }
        }
        guard !hits.isEmpty else { return nil }
        hits.sort { ($0.length, -$0.start) > ($1.length, -$1.start) }
        var covered = [Bool](repeating: false, count: scalars.count)
        var accepted: [(start: Int, length: Int)] = []
        // By area (nine of them), in vectors rather than arrays: no allocation.
        var score = SIMD16<Int>(repeating: 0), first = SIMD16<Int>(repeating: .max)
        for hit in hits {
            let span = hit.start..<(hit.start + hit.length)
            let sameSpan = accepted.contains { $0.start == hit.start && $0.length == hit.length }
            if !sameSpan {
                if span.contains(where: { covered[$0] }) { continue }
                for position in span { covered[position] = true }
                accepted.append((hit.start, hit.length))
            }
            score[hit.area] += hit.length
            first[hit.area] = min(first[hit.area], hit.start)
        }
        var best: Int?
        for area in Self.areas.indices where score[area] > 0 {
            if let current = best, (score[current], -first[current]) >= (score[area], -first[area]) { continue }
            best = area
        }
        return best.map { Self.areas[$0] }
    }

    private static func trimmed(_ text: String) -> String {
        var scalars = text.scalarArray[...]
        while let first = scalars.first, first.isHorizontalSpace, first != "\t" { scalars.removeFirst() }
        while let last = scalars.last, last.isHorizontalSpace, last != "\t" { scalars.removeLast() }
        return scalars.string
    }
}
