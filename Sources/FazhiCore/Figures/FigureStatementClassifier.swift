/// Tells what kind of statement a figure makes (this year's result, a target, a baseline, a change)
/// and whose figure it is (the body's own, a subordinate's, a higher level's), from the words before
/// it in its sentence, the year the sentence names and the part of the report it stands in.
///
/// The words are data (Resources/figure-statements.tsv). Status: a change (同比增长, 提高…个百分点)
/// is a change; a baseline word in the figure's own clause (上年, 年初的) or 由/从 right before it is
/// a baseline, as is a year before the report year; a target word earlier in the sentence (力争,
/// 计划), a later year, or the plans part makes a target. Scope: the nearest clause that names a
/// whole area (全省 is higher for a city, 全市 its own), its subordinates (各县区), or a place at
/// its start (柯城区受理…: a district of the city's) decides; a figure naming none is the body's own.
public struct FigureStatementClassifier: Sendable {
    fileprivate enum Role: Int {
        case target, baseline, from, not, share, subordinate, reached, comparison
    }

    private let words: ScalarTrie
    private let gazetteer: Gazetteer
    private let townships: TownshipGazetteer

    /// Parses the resource format: `#` comments, then a role and `|`-separated words.
    public init(tsv: String, gazetteer: Gazetteer, townships: TownshipGazetteer) throws(ResourceError) {
        let roles: [String: Role] = ["target": .target, "baseline": .baseline, "from": .from, "not": .not,
                                     "share": .share, "subordinate": .subordinate, "reached": .reached,
                                     "comparison": .comparison]
        var words = ScalarTrie()
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, let role = roles[String(fields[0])], !fields[1].isEmpty else {
                throw .malformed(resource: "figure-statements.tsv", line: number + 1)
            }
            for word in fields[1].split(separator: "|") { words.insert(String(word), role.rawValue) }
        }
        self.words = words
        self.gazetteer = gazetteer
        self.townships = townships
    }

    /// The status of the figure at `range` of `line` (whose status words are `lineWords`); `measuresReduction` when its
    /// indicator counts a cut (压减申报材料).
    func status(of range: Range<Int>, change: Change?, kind: QuantityKind, measuresReduction: Bool = false,
                in line: [Unicode.Scalar], words lineWords: LineWords, inPlans: Bool, reportYear: Int?) -> FigureStatus {
        if kind == .percentagePointChange { return .change }
        let sentence = Self.sentenceStart(before: range.lowerBound, in: line)
        let clause = Self.clauseStart(before: range.lowerBound, in: line)
        let (sentenceRoles, clauseRoles) = roles(lineWords, from: sentence, clause: clause, to: range.lowerBound)
        // 压减申报材料61份 is the cut itself; 同比压缩20% compares it with last year's.
        if change != nil, !measuresReduction || sentenceRoles.contains(.comparison) { return .change }
        let target = inPlans || sentenceRoles.contains(.target)
        // 增至391件, 提高到98.2%: the level reached, whatever the clause said of the start.
        if word(.reached, endingAt: range.lowerBound, in: line, floor: max(clause, range.lowerBound - Self.longestWord)) {
            return target ? .target : .achieved
        }
        if word(.from, endingAt: range.lowerBound, in: line, floor: max(clause, range.lowerBound - 3), slack: 2),
           reachedAfter(range.upperBound, in: line) { return .baseline }
        if clauseRoles.contains(.baseline) { return .baseline }
        // A rank is usually an earlier year's assessment (2019年度…测评中位列第四) announced in the report year.
        if kind != .rank, let year = Self.lastYear(in: line, from: sentence, to: range.lowerBound), let reportYear, year != reportYear {
            return year < reportYear ? .baseline : .target
        }
        return target ? .target : .achieved
    }

    /// No status word is longer (跃升至, 上一年度 …); a word ending at a figure starts at most this far before it.
    private static let longestWord = 6

    /// Whether a word of `role` ends at `end` (or up to `slack` scalars before it), starting at or after `floor`.
    private func word(_ role: Role, endingAt end: Int, in line: [Unicode.Scalar], floor: Int, slack: Int = 0) -> Bool {
        var start = end - 1
        while start >= floor {
            if let found = words.longestMatch(in: line, from: start, limit: end), found.value == role.rawValue,
               end - (start + found.length) <= slack { return true }
            start -= 1
        }
        return false
    }

    /// Whether a reached word (提高到, 降至) follows the figure ending at `end` within its clause.
    private func reachedAfter(_ end: Int, in line: [Unicode.Scalar]) -> Bool {
        var index = end
        while index < min(line.count, end + 8), !line[index].isSentenceEnd, !line[index].isClausePunctuation {
            if words.longestMatch(in: line, from: index)?.value == Role.reached.rawValue { return true }
            index += 1
        }
        return false
    }

    /// What the whole clauses of one line name, by clause range: the figures of a line share them. One is kept for a
    /// whole document and cleared at each line, so its table is not allocated again line after line.
    struct ClauseScopes {
        fileprivate var known: [Range<Int>: FigureScope?] = [:]

        /// Forgets the previous line's clauses.
        mutating func startLine() {
            if !known.isEmpty { known.removeAll(keepingCapacity: true) }
        }
    }

    /// The scope of the figure at `range` of `line`, for a body in `region` (nil: a national body or none known).
    /// A rank (全省第一) is the body's own standing, whatever area it is ranked in. `memo` keeps what the line's
    /// earlier clauses name for its later figures.
    func scope(of range: Range<Int>, kind: QuantityKind, in line: [Unicode.Scalar], body region: Region?,
               memo: inout ClauseScopes) -> FigureScope {
        let sentence = Self.sentenceStart(before: range.lowerBound, in: line)
        let areas = kind != .rank
        var end = range.lowerBound
        var whole = false
        while end > sentence {
            let start = Self.clauseStart(before: end, in: line, floor: sentence)
            let clause = start..<end
            let found: FigureScope?
            if whole, areas, let known = memo.known[clause] {
                found = known
            } else {
                found = scope(ofClause: clause, in: line, body: region, areas: areas)
                if whole, areas { memo.known[clause] = found }
            }
            if let found { return found }
            end = start - 1
            whole = true
        }
        return .own
    }

    // MARK: Scope

    /// The scope a clause names, if any: a whole area (全省; with `areas`), subordinates (各县区), a place at its start, or 我市.
    private func scope(ofClause clause: Range<Int>, in line: [Unicode.Scalar], body region: Region?, areas: Bool) -> FigureScope? {
        var start = clause.lowerBound
        while start < clause.upperBound, line[start].isHorizontalSpace { start += 1 }
        if start + 1 < clause.upperBound, line[start] == "其", line[start + 1] == "中" { start += 2 }
        if let found = words.longestMatch(in: line, from: start, limit: clause.upperBound),
           found.value == Role.subordinate.rawValue { return .subordinate }
        if start + 1 < clause.upperBound, line[start] == "我" || line[start] == "本" { return .own }  // 我市, 本局
        // 省政府, 市委, 县人民政府 at the start: that level's government.
        if start + 2 < clause.upperBound, clause.lowerBound == 0 || line[clause.lowerBound - 1] != "、",
           let tier = Self.areaRank(line[start], body: region),
           line[start + 1] == "政" || line[start + 1] == "委" || (line[start + 1] == "人" && line[start + 2] == "民") {
            return Self.scope(rank: tier, body: region)
        }
        if let placeRank = placeRank(in: line, at: start, limit: clause.upperBound, body: region) {
            return Self.scope(rank: placeRank, body: region)
        }
        guard areas else { return nil }
        // The nearest whole area before the figure; 全市首创, 全省第一 and 占全省 measure the body against it.
        var index = clause.upperBound - 2
        while index >= start {
            if line[index] == "全", let rank = Self.areaRank(line[index + 1], body: region), !isShare(before: index, in: line, floor: start),
               index + 2 >= line.count || !Self.standing.contains(line[index + 2]) {
                return Self.scope(rank: rank, body: region)
            }
            index -= 1
        }
        return nil
    }

    /// Scalars after 全X that make it the area a standing is measured in: 全省第一, 全市首创, 全国率先, 全省前列, 全区领先.
    private static let standing: SmallScalarSet = "第首率前领排"

    /// Whether a share word (占, 居, 高于) stands right before 全X: a figure measured against the higher level.
    private func isShare(before index: Int, in line: [Unicode.Scalar], floor: Int) -> Bool {
        var start = index - 1
        while start >= max(floor, index - 3) {
            if let found = words.longestMatch(in: line, from: start, limit: index), found.value == Role.share.rawValue,
               start + found.length == index { return true }
            start -= 1
        }
        return false
    }

    /// The tier of a division named at `start` (1 province … 4 township); the body's own place gives its own tier.
    private func placeRank(in line: [Unicode.Scalar], at start: Int, limit: Int, body region: Region?) -> Int? {
        let division = gazetteer.name(in: line, at: start)
        let township = townships.name(in: line, at: start)
        if let township, township.unicodeScalars.count >= (division?.unicodeScalars.count ?? 0) {
            guard start + township.unicodeScalars.count <= limit else { return nil }
            return township == region?.name ? Self.rank(of: region) : 4
        }
        guard let division, start + division.unicodeScalars.count <= limit else { return nil }
        if division == region?.name || region.map({ division == $0.province || division == $0.prefecture }) == true {
            return division == region?.name ? Self.rank(of: region) : (division == region?.province ? 1 : 2)
        }
        guard let named = gazetteer.divisions(named: division).first else { return nil }
        return Self.rank(of: named.level)
    }

    /// own, higher or subordinate, for a place or area of tier `rank` seen from the body.
    private static func scope(rank tier: Int, body region: Region?) -> FigureScope {
        let own = rank(of: region)
        if tier == own { return .own }
        return tier < own ? .higher : .subordinate
    }

    /// The tier a 全X word names (全国 0, 全省 1, 全市 2 …), seen from the body: 全市 is a county-level city's own,
    /// 全区 a district's or an autonomous region's own.
    private static func areaRank(_ scalar: Unicode.Scalar, body region: Region?) -> Int? {
        let own = rank(of: region)
        switch scalar {
        case "国": return 0
        case "省": return 1
        case "市": return region?.divisionType == "县级市" ? own : 2
        case "州", "盟": return 2
        case "县", "旗": return 3
        case "区": return own <= 3 ? own : 3
        case "镇", "乡": return 4
        default: return nil
        }
    }

    private static func rank(of region: Region?) -> Int {
        region.map { rank(of: $0.level) } ?? 0
    }

    private static func rank(of level: RegionLevel) -> Int {
        switch level {
        case .province: return 1
        case .prefecture: return 2
        case .county: return 3
        case .township: return 4
        }
    }

    // MARK: Words and places in the text

    /// The status words of one line, found once for all its figures: where each starts and ends, and its role.
    struct LineWords {
        fileprivate var matches: [(start: Int, end: Int, role: Role)] = []
    }

    /// The status words of a line before `end` (its last figure), left to right, longest first, skipping words that
    /// only contain one (按计划).
    func words(in line: [Unicode.Scalar], upTo end: Int? = nil) -> LineWords {
        var found = LineWords()
        var index = 0
        let end = min(end ?? line.count, line.count)
        while index < end {
            if let match = words.longestMatch(in: line, from: index) {
                if let role = Role(rawValue: match.value), role != .not { found.matches.append((index, index + match.length, role)) }
                index += match.length
            } else {
                index += 1
            }
        }
        return found
    }

    /// The roles of the line's words between `start` and `end`, and of those from `clause` on. Roles are few, so a bit set.
    private func roles(_ lineWords: LineWords, from start: Int, clause: Int, to end: Int) -> (sentence: RoleSet, clause: RoleSet) {
        var sentence = RoleSet(), inClause = RoleSet()
        for match in lineWords.matches where match.start >= start && match.end <= end {
            sentence.insert(match.role)
            if match.start >= clause { inClause.insert(match.role) }
        }
        return (sentence, inClause)
    }

    /// A set of roles as bits.
    private struct RoleSet {
        private var bits: UInt16 = 0
        mutating func insert(_ role: Role) { bits |= 1 << UInt16(role.rawValue) }
        func contains(_ role: Role) -> Bool { bits & (1 << UInt16(role.rawValue)) != 0 }
    }

    /// The farthest a sentence reaches back from a figure: a line without sentence ends (a 10 MB line) stays linear.
    static let sentenceLimit = 200

    /// The start of the sentence holding `index`, at most `sentenceLimit` back.
    static func sentenceStart(before index: Int, in line: [Unicode.Scalar]) -> Int {
        var start = index
        let floor = max(0, index - sentenceLimit)
        while start > floor, !line[start - 1].isSentenceEnd { start -= 1 }
        return start
    }

    /// The start of the clause holding `index`: after the last 。，；：、 (not before `floor`, at most
    /// `FigureExtractor.clauseLimit` back).
    static func clauseStart(before index: Int, in line: [Unicode.Scalar], floor: Int = 0) -> Int {
        var start = index
        let floor = max(floor, index - FigureExtractor.clauseLimit)
        while start > floor, !line[start - 1].isSentenceEnd, !line[start - 1].isClausePunctuation, line[start - 1] != "、" {
            start -= 1
        }
        return start
    }

    /// The last year (2000–2099 written as four digits and 年) between `start` and `end`, outside 《》 and （）.
    static func lastYear(in line: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        var year: Int?
        var depth = 0
        var index = start
        while index < end {
            let scalar = line[index]
            if scalar == "《" || scalar.isOpeningParenthesis { depth += 1 }
            if scalar == "》" || scalar.isClosingParenthesis { depth = max(0, depth - 1) }
            if depth == 0, index + 4 < end, line[index] == "2", line[index + 1] == "0", line[index + 4] == "年",
               index == 0 || !line[index - 1].isDigit,
               let tens = line[index + 2].digitValue, let ones = line[index + 3].digitValue {
                year = 2000 + tens * 10 + ones
                index += 5
                continue
            }
            index += 1
        }
        return year
    }
}
