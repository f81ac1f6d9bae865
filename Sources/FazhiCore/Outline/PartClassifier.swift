import Foundation

/// Tells which mandated parts a heading opens, and finds parts that live in unnumbered paragraphs.
public struct PartClassifier: Sendable {
    /// The part each word opens, the words in priority order.
    private let parts: [MandatedPart]
    /// The distinct words, each valued by its first place in `parts`; `firstPlace` maps every place to that of its
    /// word, so that a title is read once rather than searched once per word.
    private let trie: ScalarTrie
    private let firstPlace: [Int]

    /// Creates a classifier from (part, word) rows in priority order.
    public init(words: [(part: MandatedPart, word: String)]) {
        parts = words.map(\.part)
        var trie = ScalarTrie(), places: [[Unicode.Scalar]: Int] = [:], firstPlace: [Int] = []
        for (place, row) in words.enumerated() {
            let scalars = row.word.scalarArray
            if let first = places[scalars] {
                firstPlace.append(first)
            } else {
                places[scalars] = place
                firstPlace.append(place)
                trie.insert(scalars: scalars, place)
            }
        }
        self.trie = trie
        self.firstPlace = firstPlace
    }

    /// Parses the `mandated-parts.tsv` resource format.
    public init(tsv: String) throws(ResourceError) {
        var words: [(MandatedPart, String)] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = trimmed.split(separator: "\t")
            guard columns.count == 2, let part = MandatedPart(rawValue: String(columns[0])) else {
                throw ResourceError.malformed(resource: "mandated-parts.tsv", line: number + 1)
            }
            words.append((part, String(columns[1])))
        }
        self.init(words: words)
    }

    /// The parts a heading's title opens, in priority order.
    public func parts(ofHeading title: String) -> [MandatedPart] {
        let scalars = title.scalarArray
        var present = [Bool](repeating: false, count: parts.count)
        trie.forEachOccurrence(in: scalars[...]) { _, _, place in present[place] = true }
        var found: [MandatedPart] = []
        for (place, part) in parts.enumerated() where present[firstPlace[place]] && !found.contains(part) {
            if part == .achievements, !found.isEmpty { continue }
            found.append(part)
        }
        if found.contains(.rectification) { return [.rectification] }
        return found
    }

    /// The part an unnumbered paragraph states on its own, if it plainly does.
    ///
    /// Shortcomings: a "still has weaknesses" clause followed by its elaboration
    /// (…但还存在一些短板弱项，主要表现在…). Plans: a paragraph that opens with 下一步 … 将.
    public func part(ofParagraph text: String) -> MandatedPart? {
        part(ofParagraph: text.scalarArray[...])
    }

    /// The part a paragraph given by its scalars states on its own (a line of the cleaned text, read where it is).
    func part(ofParagraph scalars: ArraySlice<Unicode.Scalar>) -> MandatedPart? {
        if Self.opensPlans(scalars) { return .plans }
        if Self.statesShortcomings(scalars) { return .shortcomings }
        return nil
    }

    private static let weaknessWords = scalars(["不足", "问题", "短板", "弱项", "差距", "薄弱"])
    private static let elaborations = scalars(["表现在", "表现为", "主要有", "主要是", "体现在", "如下", "：", ":"])
    private static let admissions: ScalarWords = ["还存在", "仍存在", "也存在", "依然存在", "仍然存在", "还有一些", "还有不少", "存在一些"]
    private static let standalone = scalars(["不足之处", "短板弱项"])
    private static let planOpenings = scalars(["下一步", "下步", "今后"])
    private static let planWords = scalars(["将", "要", "继续"])

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { $0.scalarArray } }

    private static func statesShortcomings(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let admission = firstAdmissionEnd(in: text) else { return standalone.contains { text.contains($0) } }
        let window = text[admission..<min(text.endIndex, admission + 24)]
        guard weaknessWords.contains(where: { window.contains($0) }) else { return false }
        let tail = text[admission..<min(text.endIndex, admission + 48)]
        return elaborations.contains { tail.contains($0) }
    }

    /// Where the admission that ends first ends: a match starting at or after the best end so far cannot end before it.
    private static func firstAdmissionEnd(in text: ArraySlice<Unicode.Scalar>) -> Int? {
        let admissions = admissions
        var best: Int?
        admissions.forEachMatch(in: text) { start, word in
            if let best, start >= best { return false }
            best = min(best ?? .max, start + admissions.words[word].count)
            return true
        }
        return best
    }

    private static func opensPlans(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let head = text.prefix(24)
        guard planOpenings.contains(where: { head.starts(with: $0) }) else { return false }
        return planWords.contains { head.contains($0) }
    }
}

/// A bundled resource file that could not be parsed.
public enum ResourceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The resource is missing from the bundle.
    case missing(resource: String)
    /// A line of the resource is malformed.
    case malformed(resource: String, line: Int)

    public var description: String {
        switch self {
        case .missing(let resource): return "resource \(resource) is missing from the bundle"
        case .malformed(let resource, let line): return "resource \(resource), line \(line): malformed row"
        }
    }
}
