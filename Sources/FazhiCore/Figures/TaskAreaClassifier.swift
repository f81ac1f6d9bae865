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
    /// Word indices by first scalar, longest first.
    private let byFirst: [Unicode.Scalar: [Int]]
    /// The keys of `byFirst`, so most scalars are passed over with one load instead of a hash.
    private let starts: ScalarBitmap

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
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (index, word) in parsed.enumerated() { byFirst[word.scalars[0], default: []].append(index) }
        self.byFirst = byFirst.mapValues { indices in indices.sorted { parsed[$0].scalars.count > parsed[$1].scalars.count } }
        starts = ScalarBitmap(byFirst.keys.map(\.value))
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
        // Every occurrence of every word: (start, length, word).
        var hits: [(start: Int, length: Int, word: Int)] = []
        for start in scalars.indices {
            guard starts.contains(scalars[start].value), let candidates = byFirst[scalars[start]] else { continue }
            for index in candidates {
                let word = words[index].scalars
                guard start + word.count <= scalars.count else { continue }
                var offset = 1
                while offset < word.count, scalars[start + offset] == word[offset] { offset += 1 }
                if offset == word.count { hits.append((start, word.count, index)) }
            }
        }
        guard !hits.isEmpty else { return nil }
        hits.sort { ($0.length, -$0.start) > ($1.length, -$1.start) }
        var covered = [Bool](repeating: false, count: scalars.count)
        var accepted: [(start: Int, length: Int)] = []
        var score = [Int](repeating: 0, count: Self.areas.count)
        var first = [Int](repeating: Int.max, count: Self.areas.count)
        for hit in hits {
            let span = hit.start..<(hit.start + hit.length)
            let sameSpan = accepted.contains { $0.start == hit.start && $0.length == hit.length }
            if !sameSpan {
                if span.contains(where: { covered[$0] }) { continue }
                for position in span { covered[position] = true }
                accepted.append((hit.start, hit.length))
            }
            let area = words[hit.word].area
            score[area] += hit.length
            first[area] = min(first[area], hit.start)
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
