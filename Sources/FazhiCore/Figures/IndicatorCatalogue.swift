import Foundation

/// One indicator of the catalogue: a kind of figure that reports disclose (行政复议案件受理数, 出庭应诉率 …).
public struct Indicator: Codable, Hashable, Sendable {
    /// Stable id used in data, e.g. `reconsiderationReceived`.
    public let id: String
    /// The task area (functions, rules, decisions, enforcement, emergencies, disputes, oversight, digital, leadership).
    public let area: String
    /// The Chinese name, e.g. 行政复议案件受理数.
    public let name: String
    /// The field a figure belongs to (复议, 规范性文件), what happened to what it counts (受理, 办结, 纠错) and
    /// what it counts (案件, 申请, 成功率): a wording takes one of each list given. A word joined by `+` (作出+决定)
    /// is several words that must all appear.
    public let domain: [String]
    public let verbs: [String]
    public let subjects: [String]
    /// Alternatives, the structured ones (`domain` × `verbs` × `subjects`) first; each is a list of words that must
    /// all appear in the figure's subject or clause.
    public let wordings: [[String]]
    /// Alternatives that veto a match when all their words are present.
    public let excludes: [[String]]
    /// Units a figure may carry (without multipliers: 件, 元, %, 个百分点 …).
    public let units: [String]
    /// Kinds a figure may be.
    public let kinds: [QuantityKind]
    /// What the indicator counts, in English.
    public let description: String
    /// Whether the indicator counts a reduction (压减申报材料, 压缩办理时限): a figure cut by 压减 is its result, not a change.
    public let measuresReduction: Bool

    /// An indicator; its wordings are the structured ones (one word of each non-empty list of `domain`, `verbs`,
    /// `subjects`) followed by `wordings`.
    public init(id: String, area: String, name: String, domain: [String] = [], verbs: [String] = [], subjects: [String] = [],
                wordings: [[String]], excludes: [[String]] = [],
                units: [String], kinds: [QuantityKind], description: String, measuresReduction: Bool = false) {
        self.id = id
        self.area = area
        self.name = name
        self.domain = domain
        self.verbs = verbs
        self.subjects = subjects
        self.wordings = Self.structuredWordings(domain: domain, verbs: verbs, subjects: subjects) + wordings
        self.excludes = excludes
        self.units = units
        self.kinds = kinds
        self.description = description
        self.measuresReduction = measuresReduction
    }

    /// How many of the wordings (the first ones) open with a domain word, which the figure's whole clause may supply:
    /// in 收到行政复议申请64件，…，调解和解后终止5件 the last figure's segment names the verb, its clause the domain.
    public var domainWordings: Int {
        domain.isEmpty ? 0 : domain.count * max(verbs.count, 1) * max(subjects.count, 1)
    }

    /// One alternative per combination of a domain word, a verb and a subject (lists left empty take no part).
    static func structuredWordings(domain: [String], verbs: [String], subjects: [String]) -> [[String]] {
        let lists = [domain, verbs, subjects].filter { !$0.isEmpty }
        guard !lists.isEmpty else { return [] }
        return lists.reduce([[]]) { partial, list in
            partial.flatMap { prefix in list.map { prefix + $0.split(separator: "+", omittingEmptySubsequences: false).map(String.init) } }
        }
    }
}

/// Why a catalogue or lexicon resource was rejected; indicator errors name the id at fault.
public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a JSON array of indicator objects.
    case unreadable(String)
    /// The indicator at this position (0-based) has no id.
    case missingID(index: Int)
    /// A required field is missing.
    case missingField(id: String, field: String)
    /// Two indicators share an id.
    case duplicateID(String)
    /// The area is not one of the nine task areas.
    case unknownArea(id: String, area: String)
    /// The indicator has no wording alternative.
    case emptyWordings(id: String)
    /// A wording or exclude alternative is empty or contains an empty word.
    case emptyWord(id: String)
    /// The indicator allows no unit.
    case emptyUnits(id: String)
    /// The indicator allows no kind.
    case emptyKinds(id: String)
    /// A kind is not a QuantityKind raw value.
    case unknownKind(id: String, kind: String)
    /// A lexicon row is not `area<TAB>word`.
    case malformedRow(line: Int)
    /// A lexicon row names an unknown area.
    case unknownTaskArea(line: Int, area: String)

    /// The indicator id at fault, if the error concerns one indicator.
    public var id: String? {
        switch self {
        case .missingField(let id, _), .unknownArea(let id, _), .emptyWordings(let id), .emptyWord(let id),
             .emptyUnits(let id), .emptyKinds(let id), .unknownKind(let id, _):
            return id
        case .duplicateID(let id):
            return id
        case .unreadable, .missingID, .malformedRow, .unknownTaskArea:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let reason): return "indicators.json is not an array of indicators: \(reason)"
        case .missingID(let index): return "indicators.json: indicator #\(index) has no id"
        case .missingField(let id, let field): return "indicator \(id): missing \(field)"
        case .duplicateID(let id): return "indicator \(id): duplicate id"
        case .unknownArea(let id, let area): return "indicator \(id): unknown area \(area)"
        case .emptyWordings(let id): return "indicator \(id): no wordings"
        case .emptyWord(let id): return "indicator \(id): empty wording, exclude or word"
        case .emptyUnits(let id): return "indicator \(id): no units"
        case .emptyKinds(let id): return "indicator \(id): no kinds"
        case .unknownKind(let id, let kind): return "indicator \(id): unknown kind \(kind)"
        case .malformedRow(let line): return "task-areas.tsv, line \(line): not area<TAB>word"
        case .unknownTaskArea(let line, let area): return "task-areas.tsv, line \(line): unknown area \(area)"
        }
    }
}

/// The catalogue of indicators that reports disclose, loaded from indicators.json.
///
/// Only indicators whose units and kinds admit the figure compete. Matching looks at the figure's
/// subject first, then at windows of its clause that grow backwards from the figure: the last
/// segment (after the last comma, colon, semicolon or earlier figure), then the last two segments,
/// and so on. The first place where some indicator has a complete wording that none of its excludes
/// vetoes (excludes are looked for in the same window; for the subject, in the subject and the
/// first window) decides; among several indicators there, longer wordings win, then wordings of
/// more words, then words nearer the figure, then catalogue order.
///
/// - A window widens only across an earlier figure (受理行政复议案件236件，审结…) or a short
///   connective segment (其中，); a long earlier segment that ends without a figure speaks of
///   something else, and the figure stays unmapped.
/// - A rate right after a count (调解案件3929宗，调解成功率…) starts with both segments, so a
///   generic 满意率 takes the count's subject (建议提案 … 满意率 → proposalsSatisfaction).
/// - A figure whose last segment states a change (同比增长15%) and names nothing maps to nothing.
public struct IndicatorCatalogue: Sendable {
    /// The indicators, in catalogue order.
    public let indicators: [Indicator]

    /// The indicators a (unit, kind) pair admits, compiled to flat arrays of word indices.
    ///
    /// Entry `e` (an indicator) has alternatives `alternativeBounds[e]..<alternativeBounds[e + 1]` and excludes
    /// `excludeBounds[e]..<excludeBounds[e + 1]`; alternative `a` has words
    /// `alternativeWords[alternativeWordBounds[a]..<alternativeWordBounds[a + 1]]`, excludes likewise. Word `w` is
    /// `wordBounds[w + 1] - wordBounds[w]` scalars long; the alternatives it opens are
    /// `openedAlternatives[openedBounds[w]..<openedBounds[w + 1]]`, so only alternatives whose first word occurs are weighed.
    /// A class, so looking a group up costs one retain rather than one per array.
    fileprivate final class Group: Sendable {
        let wordBounds: [Int]
        /// Each catalogue word's index in this group, -1 for words of other groups.
        let localWords: [Int]
        let indicators: [Int]
        let alternativeBounds: [Int]
        let alternativeEntries: [Int]
        /// Whether the alternative's first word is a domain word, present anywhere in the clause.
        let alternativeCarriesDomain: [Bool]
        let alternativeLengths: [Int]
        let alternativeWordBounds: [Int]
        let alternativeWords: [Int]
        let openedBounds: [Int]
        let openedAlternatives: [Int]
        let excludeBounds: [Int]
        let excludeWordBounds: [Int]
        let excludeWords: [Int]

        var wordCount: Int { wordBounds.count - 1 }

        /// The group of the `admitted` indicators of `catalogue`, whose wordings and excludes are given as catalogue
        /// words (`words`, with each word's length in scalars in `wordLengths`).
        init(indicators catalogue: [Indicator], admitted: [Int], words: [CatalogueWords], wordLengths: [Int]) {
            var localWords = [Int](repeating: -1, count: wordLengths.count), wordBounds = [0]
            var indicators: [Int] = [], alternativeBounds = [0], alternativeEntries: [Int] = [], alternativeLengths: [Int] = []
            var alternativeCarriesDomain: [Bool] = []
            var alternativeWordBounds = [0], alternativeWords: [Int] = []
            var excludeBounds = [0], excludeWordBounds = [0], excludeWords: [Int] = []
            func local(_ word: Int) -> Int {
                if localWords[word] >= 0 { return localWords[word] }
                let index = wordBounds.count - 1
                localWords[word] = index
                wordBounds.append(wordBounds[index] + wordLengths[word])
                return index
            }
            for position in admitted {
                let indicator = catalogue[position]
                for (position, wording) in words[position].wordings.enumerated() {
                    alternativeEntries.append(indicators.count)
                    alternativeCarriesDomain.append(position < indicator.domainWordings)
                    alternativeWords += wording.map(local)
                    alternativeWordBounds.append(alternativeWords.count)
                    alternativeLengths.append(wording.reduce(0) { $0 + wordLengths[$1] })
                }
                indicators.append(position)
                alternativeBounds.append(alternativeLengths.count)
                for exclude in words[position].excludes {
                    excludeWords += exclude.map(local)
                    excludeWordBounds.append(excludeWords.count)
                }
                excludeBounds.append(excludeWordBounds.count - 1)
            }
            var opened = [[Int]](repeating: [], count: wordBounds.count - 1)
            for alternative in alternativeLengths.indices {
                opened[alternativeWords[alternativeWordBounds[alternative]]].append(alternative)
            }
            var openedBounds = [0], openedAlternatives: [Int] = []
            for alternatives in opened {
                openedAlternatives += alternatives
                openedBounds.append(openedAlternatives.count)
            }
            self.localWords = localWords
            self.wordBounds = wordBounds
            self.indicators = indicators
            self.alternativeBounds = alternativeBounds
            self.alternativeEntries = alternativeEntries
            self.alternativeCarriesDomain = alternativeCarriesDomain
            self.alternativeLengths = alternativeLengths
            self.alternativeWordBounds = alternativeWordBounds
            self.alternativeWords = alternativeWords
            self.openedBounds = openedBounds
            self.openedAlternatives = openedAlternatives
            self.excludeBounds = excludeBounds
            self.excludeWordBounds = excludeWordBounds
            self.excludeWords = excludeWords
        }

        /// Records that catalogue word `word` reaches `value` (see `indicatorPosition`) if it is one of this group's,
        /// adding it to `found` when first seen.
        @inline(__always)
        func note(_ word: Int, reaching value: Int, in reach: inout [Int], found: inout [Int]) {
            let index = localWords[word]
            guard index >= 0 else { return }
            if reach[index] < 0 { found.append(index) }
            reach[index] = value
        }

        /// The alternatives whose first word is among `found`, in catalogue order, written into `result`.
        func candidates(opening found: [Int], into result: inout [Int]) {
            result.removeAll(keepingCapacity: true)
            for word in found { result += openedAlternatives[openedBounds[word]..<openedBounds[word + 1]] }
            result.sort()
        }

        /// The best entry with a complete alternative among `candidates` and no complete exclude, as an indicator position.
        ///
        /// A word counts as present when its reach is at least `present` (a domain word anywhere in the clause), as
        /// vetoing when at least `veto`.
        /// Among entries, a longer alternative wins, then one of more words, then one nearer the end, then the earlier entry.
        func best(reach: [Int], candidates: [Int], present: Int, veto: Int, end: Int) -> Int? {
            var best = -1
            var bestScore = (length: -1, words: 0, near: 0)
            var position = 0
            while position < candidates.count {
                let entry = alternativeEntries[candidates[position]]
                var score = (length: -1, words: 0, near: 0)
                while position < candidates.count, alternativeEntries[candidates[position]] == entry {
                    let alternative = candidates[position]
                    position += 1
                    var near = 0
                    var complete = true
                    let first = alternativeWordBounds[alternative]
                    for slot in first..<alternativeWordBounds[alternative + 1] {
                        let word = alternativeWords[slot]
                        let reached = reach[word]
                        if reached < (slot == first && alternativeCarriesDomain[alternative] ? 0 : present) { complete = false; break }
                        near = max(near, reached == Int.max ? end : reached + wordBounds[word + 1] - wordBounds[word])
                    }
                    guard complete else { continue }
                    let candidate = (length: alternativeLengths[alternative],
                                     words: alternativeWordBounds[alternative + 1] - alternativeWordBounds[alternative],
                                     near: near)
                    if candidate > score { score = candidate }
                }
                guard score.length >= 0, score > bestScore else { continue }
                var vetoed = false
                for exclude in excludeBounds[entry]..<excludeBounds[entry + 1] where !vetoed {
                    vetoed = true
                    for slot in excludeWordBounds[exclude]..<excludeWordBounds[exclude + 1] where reach[excludeWords[slot]] < veto {
                        vetoed = false
                        break
                    }
                }
                if vetoed { continue }
                best = entry
                bestScore = score
            }
            return best < 0 ? nil : indicators[best]
        }
    }

    /// An indicator's wordings and excludes as the numbers of their catalogue words.
    fileprivate struct CatalogueWords {
        let wordings: [[Int]]
        let excludes: [[Int]]
    }

    private struct Key: Hashable, Sendable {
        var unit: UTF8Key?
        var kind: QuantityKind
    }

    private let groups: [Key: Group]
    private let positions: [String: Int]
    /// Every word of every wording and exclude, valued by its index, so a line is scanned once for all of them.
    private let wordTrie: ScalarTrie

    /// Loads and validates the catalogue (unique ids, known areas, non-empty wordings, units and kinds).
    public init(json: String) throws(CatalogueError) {
        let entries: [RawIndicator]
        do {
            entries = try JSONDecoder().decode([RawIndicator].self, from: Data(json.utf8))
        } catch {
            throw .unreadable(String(describing: error))
        }
        var indicators: [Indicator] = []
        var seen: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let indicator = try entry.validated(index: index)
            guard seen.insert(indicator.id).inserted else { throw .duplicateID(indicator.id) }
            indicators.append(indicator)
        }
        self.init(validated: indicators)
    }

    /// A catalogue of indicators already checked; throws like `init(json:)` on invalid ones.
    public init(indicators: [Indicator]) throws(CatalogueError) {
        var seen: Set<String> = []
        for indicator in indicators {
            try RawIndicator.check(indicator)
            guard seen.insert(indicator.id).inserted else { throw .duplicateID(indicator.id) }
        }
        self.init(validated: indicators)
    }

    private init(validated indicators: [Indicator]) {
        self.indicators = indicators
        positions = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Each indicator's units normalized once (not once per group it is weighed for).
        let units = indicators.map { Set($0.units.map { UTF8Key(Self.normalizedUnit($0)) }) }
        var keys: Set<Key> = []
        for (position, indicator) in indicators.enumerated() {
            for kind in indicator.kinds {
                keys.insert(Key(unit: nil, kind: kind))
                for unit in units[position] { keys.insert(Key(unit: unit, kind: kind)) }
            }
        }
        // Every word numbered once, so that groups map wordings through arrays rather than by hashing each word again.
        var wordIndex: [UTF8Key: Int] = [:], wordLengths: [Int] = [], wordTrie = ScalarTrie()
        func number(_ word: String) -> Int {
            let key = UTF8Key(word)
            if let index = wordIndex[key] { return index }
            let index = wordIndex.count
            wordIndex[key] = index
            let scalars = word.scalarArray
            wordLengths.append(scalars.count)
            wordTrie.insert(scalars: scalars, index)
            return index
        }
        let words = indicators.map { indicator in
            CatalogueWords(wordings: indicator.wordings.map { $0.map(number) }, excludes: indicator.excludes.map { $0.map(number) })
        }
        self.wordTrie = wordTrie
        var groups: [Key: Group] = [:]
        for key in keys {
            let admitted = indicators.indices.filter { position in
                guard indicators[position].kinds.contains(key.kind) else { return false }
                guard let unit = key.unit else { return true }
                return units[position].contains(unit)
            }
            groups[key] = Group(indicators: indicators, admitted: admitted, words: words, wordLengths: wordLengths)
        }
        self.groups = groups
    }

    /// The indicator with this id, if any.
    public func indicator(id: String) -> Indicator? {
        positions[id].map { indicators[$0] }
    }

    /// The indicator a figure reports: the best-matching indicator whose units and kinds allow it and whose
    /// wordings appear in `subject` or `clause` (prefer matches in the subject, then more matched words /
    /// longer words), or nil.
    ///
    /// - Parameters:
    ///   - subject: the phrase the figure measures, if known (调解案件).
    ///   - clause: the text of the clause containing the figure, up to the figure.
    ///   - unit: the figure's unit without multipliers (件, 元, %, 个百分点); nil when it has none.
    ///   - kind: the figure's kind.
    public func indicator(subject: String?, clause: String, unit: String?, kind: QuantityKind) -> Indicator? {
        var scratch = Scratch(), occurrences = WordOccurrences()
        let scalars = clause.scalarArray
        findWords(in: scalars, into: &occurrences)
        return indicatorPosition(subject: subject?.scalarArray[...], clause: scalars, occurrences: occurrences, at: 0,
                                 unit: unit, kind: kind, scratch: &scratch)
            .map { indicators[$0] }
    }

    /// Where the catalogue's words occur in a text (a line), by where they start: found in one pass over the text, so
    /// each figure reads its clause's words from here instead of scanning the clause again.
    struct WordOccurrences {
        /// Each occurrence: where it starts and ends in the text, and the word (its index in the catalogue's trie).
        fileprivate var all: [(start: Int, end: Int, word: Int)] = []

        /// The first occurrence starting at or after `position`.
        fileprivate func first(from position: Int) -> Int {
            var low = 0, high = all.count
            while low < high {
                let middle = (low + high) / 2
                if all[middle].start < position { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Every occurrence of the catalogue's words in `text`, overlapping ones too, written into `occurrences`.
    func findWords(in text: [Unicode.Scalar], into occurrences: inout WordOccurrences) {
        occurrences.all.removeAll(keepingCapacity: true)
        wordTrie.forEachOccurrence(in: text[...]) { start, length, word in
            occurrences.all.append((start, start + length, word))
        }
    }

    /// The buffers the figures of one document reuse while their indicators are looked up.
    struct Scratch {
        /// Each word's reach (see `indicatorPosition`), -1 between lookups.
        fileprivate var reach: [Int] = []
        /// The words the current lookup found.
        fileprivate var found: [Int] = []
        /// The alternatives those words open.
        fileprivate var candidates: [Int] = []
        /// The clause's segments.
        fileprivate var segments: [(start: Int, afterFigure: Bool)] = []
        /// The units and kinds of the latest lookups, packed (see `packed`), and the groups they found: a document's
        /// figures repeat a handful, and comparing two words costs far less than hashing a string.
        fileprivate var recentKeys: [(low: UInt64, high: UInt64, kind: QuantityKind)] = []
        fileprivate var recentGroups: [Group?] = []
    }

    /// The group weighed for figures of `unit` and `kind`, by the unit as written, else normalized.
    private func group(unit: String?, kind: QuantityKind, scratch: inout Scratch) -> Group? {
        let packed = Self.packed(unit)
        if let packed, let index = scratch.recentKeys.firstIndex(where: {
            $0.low == packed.low && $0.high == packed.high && $0.kind == kind
        }) {
            return scratch.recentGroups[index]
        }
        let group = groups[Key(unit: unit.map(UTF8Key.init), kind: kind)]
            ?? unit.flatMap({ groups[Key(unit: UTF8Key(Self.normalizedUnit($0)), kind: kind)] })
        if let packed {
            if scratch.recentKeys.count == Self.recentGroupLimit {
                scratch.recentKeys.removeAll(keepingCapacity: true)
                scratch.recentGroups.removeAll(keepingCapacity: true)
            }
            scratch.recentKeys.append((packed.low, packed.high, kind))
            scratch.recentGroups.append(group)
        }
        return group
    }

    /// A unit of up to 15 UTF-8 bytes as two words: its bytes, then its length in the top byte; all ones for no unit.
    /// Nil for a longer unit, which is looked up each time.
    private static func packed(_ unit: String?) -> (low: UInt64, high: UInt64)? {
        guard var unit else { return (0, .max) }
        return unit.withUTF8 { bytes in
            guard bytes.count < 16 else { return nil }
            var low: UInt64 = 0, high = UInt64(bytes.count) << 56
            for (index, byte) in bytes.enumerated() {
                if index < 8 {
                    low |= UInt64(byte) << (8 * index)
                } else {
                    high |= UInt64(byte) << (8 * (index - 8))
                }
            }
            return (low, high)
        }
    }

    /// How many lookups `Scratch` remembers before it starts again.
    private static let recentGroupLimit = 32

    /// The position in `indicators` of the indicator a figure reports, from the subject's and the clause's scalars (the
    /// hot path: no string round trip, and no copy of the indicator's dozen fields); `occurrences` are the catalogue's
    /// words in the text the clause was taken from, where it starts at `clauseStart`; `figureEnds` are where the
    /// scanner's earlier figures in the clause end (一百六十八起 too, which the clause's own digit search does not see).
    func indicatorPosition(subject: ArraySlice<Unicode.Scalar>?, clause clauseScalars: [Unicode.Scalar],
                           occurrences: WordOccurrences, at clauseStart: Int, unit: String?, kind: QuantityKind,
                           figureEnds: [Int] = [], scratch: inout Scratch) -> Int? {
        guard let group = self.group(unit: unit, kind: kind, scratch: &scratch), !group.indicators.isEmpty
        else { return nil }
        let end = clauseScalars.count

        // A word's reach is where its last occurrence in the clause starts, Int.max when the subject holds it,
        // -1 when neither does; a window from `start` holds the words reaching it.
        if scratch.reach.count < group.wordCount { scratch.reach = [Int](repeating: -1, count: group.wordCount) }
        scratch.found.removeAll(keepingCapacity: true)
        let clauseEnd = clauseStart + end
        var occurrence = occurrences.first(from: clauseStart)
        while occurrence < occurrences.all.count, occurrences.all[occurrence].start < clauseEnd {
            let (wordStart, wordEnd, word) = occurrences.all[occurrence]
            if wordEnd <= clauseEnd {
                group.note(word, reaching: wordStart - clauseStart, in: &scratch.reach, found: &scratch.found)
            }
            occurrence += 1
        }
        if let subject {
            wordTrie.forEachOccurrence(in: subject) { _, _, word in
                group.note(word, reaching: Int.max, in: &scratch.reach, found: &scratch.found)
            }
        }
        guard !scratch.found.isEmpty else { return nil }
        defer { for word in scratch.found { scratch.reach[word] = -1 } }
        group.candidates(opening: scratch.found, into: &scratch.candidates)
        let candidates = scratch.candidates

        Self.segments(clauseScalars, figureEnds: figureEnds, into: &scratch.segments)
        let segments = scratch.segments
        let tail = segments.count - 1
        let tailStart = segments[tail].start

        // A change (同比增长15%, 同比增加12件) whose own segment names nothing is not the earlier figure's indicator.
        let isChange = kind != .percentagePointChange
            && Self.changeWords.occurs(in: clauseScalars[tailStart...])

        // The first window is the last segment. A rate right after a count (调解案件3929宗，调解成功率)
        // speaks of that count's subject: its first window holds both segments.
        var index = tail
        if !isChange, kind == .percent || kind == .percentagePointChange, index > 0, segments[index].afterFigure {
            index -= 1
        }

        // The subject alone; excludes are looked for in the subject and the first window.
        if let best = group.best(reach: scratch.reach, candidates: candidates, present: Int.max, veto: segments[index].start, end: end) {
            return best
        }

        // Windows of the clause growing backwards from the figure.
        while true {
            let start = segments[index].start
            if let best = group.best(reach: scratch.reach, candidates: candidates, present: start, veto: start, end: end) {
                return best
            }
            // Widen only across an earlier figure (受理行政复议案件236件，审结) or a short connective
            // segment (其中，); a long earlier segment speaks of something else.
            guard !isChange, index > 0,
                  segments[index].afterFigure || start - segments[index - 1].start <= Self.connectiveLength
            else { return nil }
            index -= 1
        }
    }

    /// The longest earlier segment, punctuation included, that a window widens across when it does not end
    /// with a figure (其中，, 同时，, 经清理，).
    private static let connectiveLength = 5

    /// The clause's segments: where each starts, and whether the text before it ended with a figure. A segment
    /// starts at 0, after each comma, colon, semicolon or full stop, and after each figure (a digit run followed
    /// by a unit-like character: 120件, 3.5万元, 98%以上).
    private static func segments(_ scalars: [Unicode.Scalar], figureEnds knownEnds: [Int],
                                 into segments: inout [(start: Int, afterFigure: Bool)]) {
        segments.removeAll(keepingCapacity: true)
        segments.append((0, false))
        var figureEnd = -1
        func add(_ position: Int, afterFigure: Bool) {
            guard position < scalars.count else { return }
            if segments[segments.count - 1].start == position {
                segments[segments.count - 1].afterFigure = segments[segments.count - 1].afterFigure || afterFigure
            } else {
                segments.append((position, afterFigure))
            }
        }
        var index = 0
        var nextEnd = 0
        while index < scalars.count {
            let scalar = scalars[index]
            while nextEnd < knownEnds.count, knownEnds[nextEnd] < index { nextEnd += 1 }
            if nextEnd < knownEnds.count, knownEnds[nextEnd] == index {
                figureEnd = index
                if !isBoundary(scalar) { add(index, afterFigure: true) }
            }
            if isBoundary(scalar) {
                add(index + 1, afterFigure: figureEnd == index)
                index += 1
            } else if scalar.isDigit {
                var next = index + 1
                while next < scalars.count, scalars[next].isDigit
                        || (scalars[next] == "." && next + 1 < scalars.count && scalars[next + 1].isDigit)
                        || Self.isThousandsSeparator(at: next, in: scalars) {
                    next += 1
                }
                guard next < scalars.count, figureEnds.contains(scalars[next].value) else {
                    index = next
                    continue
                }
                var after = next + 1
                while after < scalars.count, figureEnds.contains(scalars[after].value) { after += 1 }
                if after + 1 < scalars.count, isQualifier(scalars[after], scalars[after + 1]) { after += 2 }
                figureEnd = after
                if after < scalars.count, !isBoundary(scalars[after]) {
                    add(after, afterFigure: true)
                }
                index = after
            } else {
                index += 1
            }
        }
    }

    /// Whether the comma at `index` groups a number's thousands (1,015件): a digit before it, three after and no fourth.
    private static func isThousandsSeparator(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[index] == ",", index > 0, scalars[index - 1].isDigit, index + 3 < scalars.count else { return false }
        return scalars[index + 1].isDigit && scalars[index + 2].isDigit && scalars[index + 3].isDigit
            && (index + 4 == scalars.count || !scalars[index + 4].isDigit)
    }

    /// Punctuation that ends a segment: full stops, semicolons, commas and colons, but not the enumeration comma.
    private static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isSentenceEnd || (scalar.isClausePunctuation && scalar != "、")
    }

    /// Whether two scalars are a word that may follow a figure: 98%以上, 3000人左右, 以内, 以下.
    private static func isQualifier(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        switch (first, second) {
        case ("以", "上"), ("左", "右"), ("以", "内"), ("以", "下"): true
        default: false
        }
    }

    /// Characters that follow a figure's digits (units, multipliers, 余/多): 120件, 3.5万元, 98%, 60余场.
    private static let figureEnds = ScalarBitmap("件宗起次项个人名家场份卷条部户元万亿千百%％余多批期类张册本处轮笔位天".unicodeScalars.map(\.value))

    /// Words that mark a figure as a change from an earlier one.
    private static let changeWords: ScalarWords = ["同比", "环比", "上年", "去年", "上一年", "增幅", "降幅"]

    /// Units compared without multipliers and with one spelling: 万元 → 元, ％ → %, 百分点 → 个百分点.
    static func normalizedUnit(_ unit: String) -> String {
        var scalars = Array(unit.unicodeScalars.filter { !$0.isHorizontalSpace })
        if scalars.count == 1, scalars[0] == "％" { return "%" }
        if scalars.string == "百分点" { return "个百分点" }
        while scalars.count > 1, let first = scalars.first, "万亿千余多".unicodeScalars.contains(first) {
            scalars.removeFirst()
        }
        return scalars.string
    }
}

/// An indicator as written in indicators.json, every field optional so errors can name the id.
private struct RawIndicator: Decodable {
    var id: String?
    var area: String?
    var name: String?
    var domain: [String]?
    var verbs: [String]?
    var subjects: [String]?
    var wordings: [[String]]?
    var excludes: [[String]]?
    var units: [String]?
    var kinds: [String]?
    var description: String?
    var reduction: Bool?

    func validated(index: Int) throws(CatalogueError) -> Indicator {
        guard let id, !id.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingID(index: index) }
        guard let area else { throw .missingField(id: id, field: "area") }
        guard let name else { throw .missingField(id: id, field: "name") }
        guard wordings != nil || domain != nil || verbs != nil || subjects != nil else {
            throw .missingField(id: id, field: "wordings")
        }
        guard let units else { throw .missingField(id: id, field: "units") }
        guard let kinds else { throw .missingField(id: id, field: "kinds") }
        var parsedKinds: [QuantityKind] = []
        for kind in kinds {
            guard let parsed = QuantityKind(rawValue: kind) else { throw .unknownKind(id: id, kind: kind) }
            parsedKinds.append(parsed)
        }
        let indicator = Indicator(id: id, area: area, name: name, domain: domain ?? [], verbs: verbs ?? [], subjects: subjects ?? [],
                                  wordings: wordings ?? [], excludes: excludes ?? [],
                                  units: units, kinds: parsedKinds, description: description ?? "", measuresReduction: reduction ?? false)
        try Self.check(indicator)
        return indicator
    }

    static func check(_ indicator: Indicator) throws(CatalogueError) {
        let id = indicator.id
        guard TaskAreaClassifier.areas.contains(indicator.area) else { throw .unknownArea(id: id, area: indicator.area) }
        guard !indicator.wordings.isEmpty else { throw .emptyWordings(id: id) }
        for alternative in indicator.wordings + indicator.excludes
        where alternative.isEmpty || alternative.contains(where: { $0.unicodeScalars.isEmpty }) {
            throw .emptyWord(id: id)
        }
        guard !indicator.units.isEmpty, !indicator.units.contains(where: \.isEmpty) else { throw .emptyUnits(id: id) }
        guard !indicator.kinds.isEmpty else { throw .emptyKinds(id: id) }
    }
}
