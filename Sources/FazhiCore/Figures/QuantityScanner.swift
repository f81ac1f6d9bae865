import Foundation

/// A figure found by the scanner, before indicators and locations are attached.
struct ScannedQuantity: Equatable, Sendable {
    /// Scalar offsets in the line: qualifiers touching the figure, the number, its unit.
    var range: Range<Int>
    /// The figure as written: 近12万份, 5240.84余万元, 99.5%以上.
    var text: String
    /// The value, multipliers folded in.
    var value: Decimal
    var lower: Decimal?
    var upper: Decimal?
    var qualifier: Qualifier
    /// The unit without multiplier (元, %, 个工作日), nil when none is written.
    var unit: String?
    var kind: QuantityKind
    var change: Change?
    /// The phrase the figure measures (see `SubjectFinder`).
    var subject: String?
    /// Where `subject` stands in the scanned text, so that it is read there rather than from the string again.
    var subjectRange: Range<Int>? = nil
}

/// Finds the figures a paragraph states: numbers with their unit, qualifier, kind, change and subject.
///
/// A number is a figure when it has a unit from units.tsv (any Chinese numeral needs one), or is a
/// percent word, or is a rank (第3名, 排名第二); an Arabic number without a unit is a figure only
/// right after a measuring word (为, 达, 共, 计, 有, 量, 数) and before a boundary. Not figures:
/// numerals inside fixed phrases, 《titles》 and document numbers; in “quotations”, anything but a
/// percentage; years, dates, times, codes (letters, dots, slashes, plus signs around the digits),
/// ordinals (第十条), section markers (一、 （一） 1.), Chinese digits written one by one (二〇二一),
/// the indefinite article 一 (一场, 一个流程), and counts of things with decimals (2.3本).
public struct QuantityScanner: Sendable {
    let units: UnitLexicon
    let spans: ProtectedSpans
    private let percentUnit: UnitEntry
    /// Every scalar `mayStart` can accept, so most scalars of a line are passed over with one load.
    let starters = ScalarBitmap(
        Array(UInt32(0x30)...0x39) + Array(UInt32(0xFF10)...0xFF19) + "零〇一壹弌二贰貳弍两兩三叁參叄四肆五伍六陆陸七柒八捌九玖十拾数几數幾百上".unicodeScalars.map(\.value))

    /// Parses units.tsv and numeric-phrases.txt.
    public init(unitsTSV: String, phrases: String) throws {
        units = try UnitLexicon(tsv: unitsTSV)
        spans = try ProtectedSpans(phrases: phrases)
        percentUnit = units.entry(for: "%")
            ?? UnitEntry(written: "%", unit: "%", kind: .percent, allowsFraction: true, scale: 1)
    }

    /// Every figure in one paragraph (a line of cleaned text), in order.
    func scan(_ line: [Unicode.Scalar]) -> [ScannedQuantity] {
        var found: [ScannedQuantity] = []
        var previousEnd = 0
        var index = 0
        var protection: [ProtectedSpans.Protection] = []     // marked at the line's first numeral: most lines have none
        while index < line.count {
            guard starters.contains(line[index].value), Self.mayStart(line, at: index) else {
                index += 1
                continue
            }
            if protection.isEmpty { protection = spans.protections(of: line) }
            guard protection[index] != .blocked else {
                index += 1
                continue
            }
            guard let numeral = NumeralParser.parse(line, at: index) else {
                index = Self.endOfRun(line, from: index)
                continue
            }
            if var quantity = figure(numeral, in: line, protection: protection, previousEnd: previousEnd),
               quantity.range.lowerBound >= previousEnd {
                if let previous = found.last { Self.continueEnumeration(&quantity, after: previous, in: line) }
                found.append(quantity)
                previousEnd = quantity.range.upperBound
                index = max(quantity.range.upperBound, numeral.range.upperBound)
            } else {
                index = numeral.range.upperBound
            }
        }
        return found
    }

    /// 分别下降9%和6.5%: a figure joined to the previous one by 和/、/与/及 shares its change and,
    /// lacking one, its subject.
    private static func continueEnumeration(_ quantity: inout ScannedQuantity, after previous: ScannedQuantity,
                                            in line: [Unicode.Scalar]) {
        let gap = previous.range.upperBound
        guard gap + 1 == quantity.range.lowerBound, quantity.unit == previous.unit,
              enumerationMarks.contains(line[gap]) else { return }
        if quantity.change == nil { quantity.change = previous.change }
        if quantity.subject == nil {
            quantity.subject = previous.subject
            quantity.subjectRange = previous.subjectRange
        }
    }

    private static let enumerationMarks: SmallScalarSet = "和、与及"

    // MARK: Candidates

    /// Whether a numeral may start here: a digit, a Chinese digit or 十 not glued to another numeral
    /// character, 数/几 before a unit, or 百分之.
    static func mayStart(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = s[index]
        if scalar.isDigit { return true }
        if index > 0, ChineseNumeralReader.isNumeralScalar(s[index - 1]) { return false }
        if let digit = ChineseNumeralReader.digit(scalar), digit > 0 { return true }
        if ChineseNumeralReader.smallUnit(scalar) == 10 { return true }
        guard index + 1 < s.count else { return false }
        switch scalar {
        case "数", "几", "數", "幾":
            let next = s[index + 1]
            return ChineseNumeralReader.smallUnit(next) != nil || ChineseNumeralReader.bigUnit(next) != nil
        case "百":
            return index + 2 < s.count && s[index + 1] == "分" && s[index + 2] == "之"
        case "上":
            return ChineseNumeralReader.smallUnit(s[index + 1]).map { $0 >= 100 } ?? (ChineseNumeralReader.bigUnit(s[index + 1]) != nil)
        case "零", "〇":  // 零点五
            return index + 2 < s.count && (s[index + 1] == "点" || s[index + 1] == "點") && ChineseNumeralReader.digit(s[index + 2]) != nil
        default:
            return false
        }
    }

    /// The end of a run of numeral characters that did not parse (too long, malformed).
    private static func endOfRun(_ s: [Unicode.Scalar], from index: Int) -> Int {
        var end = index + 1
        while end < s.count, s[end].isDigit || ChineseNumeralReader.isNumeralScalar(s[end]) { end += 1 }
        return end
    }

    // MARK: Deciding

    private func figure(_ n: Numeral, in s: [Unicode.Scalar], protection: [ProtectedSpans.Protection],
                        previousEnd: Int) -> ScannedQuantity? {
        let start = n.range.lowerBound
        var end = n.range.upperBound
        guard !n.isPositional, !Self.isGluedToCode(n, in: s) else { return nil }
        if start > 0, s[start - 1] == "第" {
            return rank(n, in: s, previousEnd: previousEnd)
        }
        guard !Self.isSectionMarker(n, in: s) else { return nil }

        // The unit, longest first; 3个多月 reads as 个月 at least.
        var qualifier = n.qualifier
        var entry: UnitEntry?
        if n.isPercentWord {
            entry = percentUnit
        } else if let match = units.match(s, at: end) {
            entry = match.entry
            end += match.length
            if match.entry.scalar == "个", end + 1 < s.count, NumeralParser.isMoreOrOdd(s[end]),
               let compound = units.match(s, at: end + 1),
               let whole = units.entry(for: "个" + compound.entry.written) {
                entry = whole
                end += 1 + compound.length
                if qualifier == .exact { qualifier = .atLeast }
            }
        } else if let major = Self.majorNoun(n, in: s) {
            entry = major
            end += 1 + major.written.unicodeScalars.count
        }

        if let entry {
            guard let kind = entry.kind else { return nil }
            if protection[start] == .quoted, kind != .percent { return nil }
            if !n.isArabic, n.range.count == 1, n.value.compared(to: 1) == 0 { return nil }  // 一场, 一个流程
            if Self.isDateOrTime(n, entry: entry, in: s, end: end) { return nil }
            if !entry.allowsFraction, !(n.value.isWhole && (n.upper ?? n.value).isWhole) { return nil }
        } else {
            guard n.isArabic, protection[start] == .none, Self.isBareFigure(n, in: s) else { return nil }
        }

        // Qualifiers after the figure: 余/多 after a time unit (两年多), 以上, 以内, 左右, 内 for durations.
        var lower = n.lower, upper = n.upper
        if let entry, entry.kind == .duration, end < s.count, NumeralParser.isMoreOrOdd(s[end]), qualifier == .exact {
            qualifier = .atLeast
            end += 1
        }
        if let suffix = FigureContext.suffix(s, at: end) {
            if qualifier == .exact { qualifier = suffix.qualifier }
            end += suffix.length
        } else if entry?.kind == .duration, end < s.count, s[end] == "内" {
            if qualifier == .exact { qualifier = .lessThan }
            end += 1
        }

        // Qualifiers before: 近12万份, 约3000人, 超过50%; 至少 a few words before the verb.
        var textStart = start
        if let prefix = FigureContext.prefix(s, before: start), prefix.start >= previousEnd,
           protection[prefix.start] != .blocked {
            if qualifier == .exact { qualifier = prefix.qualifier }
            textStart = prefix.start
        } else if qualifier == .exact, FigureContext.distantAtLeast(s, before: start) {
            qualifier = .atLeast
        }

        var value = n.value
        if let scale = entry?.scale, scale != 1 {
            value *= scale
            lower = lower.map { $0 * scale }
            upper = upper.map { $0 * scale }
        }
        switch qualifier {
        case .atLeast: lower = lower ?? value
        case .lessThan: upper = upper ?? value
        case .exact, .about: lower = nil; upper = nil
        case .range: break
        }

        var quantity = ScannedQuantity(
            range: textStart..<end, text: "", value: value, lower: lower, upper: upper, qualifier: qualifier,
            unit: entry?.unit, kind: entry?.kind ?? .count,
            change: FigureContext.change(s, before: textStart), subject: nil)
        if let entry { mergeRange(&quantity, entry: entry, in: s) }
        quantity.text = s[quantity.range].string
        quantity.subjectRange = SubjectFinder.subjectRange(in: s, figure: quantity.range, floor: previousEnd)
        quantity.subject = quantity.subjectRange.map { s[$0].string }
        return quantity
    }

    /// 5%-10%, 1万元-5万元: a second figure with the same unit after a range separator.
    private func mergeRange(_ quantity: inout ScannedQuantity, entry: UnitEntry, in s: [Unicode.Scalar]) {
        let end = quantity.range.upperBound
        guard quantity.qualifier == .exact, let separator = NumeralParser.rangeSeparatorLength(s, at: end),
              end + separator < s.count, Self.mayStart(s, at: end + separator),
              let right = NumeralParser.parse(s, at: end + separator), right.qualifier == .exact, !right.isPositional,
              let unit = units.match(s, at: right.range.upperBound), unit.entry == entry else { return }
        let upper = right.value * entry.scale
        guard upper > quantity.value else { return }
        quantity.lower = quantity.value
        quantity.upper = upper
        quantity.qualifier = .range
        quantity.range = quantity.range.lowerBound..<right.range.upperBound + unit.length
    }

    // MARK: Ranks

    /// 第3名, 排名第二, 位列全国第一: a rank; any other 第-ordinal is not a figure.
    private func rank(_ n: Numeral, in s: [Unicode.Scalar], previousEnd: Int) -> ScannedQuantity? {
        let ordinal = n.range.lowerBound - 1
        var end = n.range.upperBound
        var unit: String?
        if let match = units.match(s, at: end), FigureContext.rankUnits.contains(match.entry.written) {
            unit = match.entry.unit
            end += match.length
        } else if units.match(s, at: end)?.entry.kind != nil || !FigureContext.hasRankCue(s, ordinal: ordinal) {
            return nil
        }
        guard n.qualifier == .exact, n.value.isWhole else { return nil }
        let range = ordinal..<end
        let subject = SubjectFinder.subjectRange(in: s, figure: range, floor: previousEnd)
        return ScannedQuantity(
            range: range, text: s[range].string, value: n.value, lower: nil, upper: nil, qualifier: .exact,
            unit: unit, kind: .rank, change: nil, subject: subject.map { s[$0].string }, subjectRange: subject)
    }

    // MARK: Rules

    /// Scalars that tell codes, markers and measures apart.
    private enum CodeMarks {
        static let before: SmallScalarSet = "_#＃@/+＋·•.．"
        static let betweenDigits: SmallScalarSet = "-－—–:：~～"
        static let after: SmallScalarSet = "+＋·•"
        static let beforeDigit: SmallScalarSet = "./．:：/-－—–"
        static let markerEnd: SmallScalarSet = "、.．)）"
        static let markerOpening: SmallScalarSet = "：:，,"
        static let measuring: SmallScalarSet = "为达共计有量数"
        static let codeNames: SmallScalarSet = "号码话址"
    }

    /// Letters, dots, slashes, colons, plus signs or dashes glued to Arabic digits: 5G, V2.0, 1.2.3,
    /// 9:30, 2021/3/5, 1+N, 0766-1234567, 12·4.
    private static func isGluedToCode(_ n: Numeral, in s: [Unicode.Scalar]) -> Bool {
        let start = n.range.lowerBound, end = n.range.upperBound
        if n.hasLeadingZero { return true }
        if n.isArabic, start > 0 {
            let before = s[start - 1]
            if before.isASCIILetter || before.isDigit || CodeMarks.before.contains(before) { return true }
            if start > 1, s[start - 2].isDigit, CodeMarks.betweenDigits.contains(before) { return true }
        }
        guard end < s.count else { return false }
        let after = s[end]
        if after.isASCIILetter, n.isArabic { return true }
        if CodeMarks.after.contains(after) { return true }
        return end + 1 < s.count && s[end + 1].isDigit && CodeMarks.beforeDigit.contains(after)
    }

    /// 一、 1. （一） (1) at the start of a line or clause, or alone in brackets.
    private static func isSectionMarker(_ n: Numeral, in s: [Unicode.Scalar]) -> Bool {
        let start = n.range.lowerBound, end = n.range.upperBound
        guard n.qualifier == .exact, !n.hasMultiplier, end < s.count else { return false }
        let after = s[end]
        var before = start - 1
        while before >= 0, s[before].isHorizontalSpace { before -= 1 }
        if before >= 0, s[before].isOpeningParenthesis || s[before] == "【" || s[before] == "[",
           after.isClosingParenthesis || after == "】" || after == "]" {
            return true
        }
        let atLineStart = before < 0
        if CodeMarks.markerEnd.contains(after) {
            return atLineStart || s[before].isSentenceEnd || CodeMarks.markerOpening.contains(s[before])
        }
        return atLineStart && (after == "，" || after == ",")
    }

    /// Years (2021年, 2015-2020年, 二〇二一年), dates (7月2日, 19日至21日), times (14时30分),
    /// spans counted backward (三年来), and 四年年审.
    private static func isDateOrTime(_ n: Numeral, entry: UnitEntry, in s: [Unicode.Scalar], end: Int) -> Bool {
        let start = n.range.lowerBound
        let next: Unicode.Scalar? = end < s.count ? s[end] : nil
        switch entry.scalar {
        case "年":
            let first = n.lower ?? n.value
            if n.integerDigits >= 4, first.compared(to: 1900) >= 0, first.compared(to: 2100) <= 0 { return true }
            if next == "年" { return true }
        case "日":
            if start > 0, s[start - 1] == "月" || s[start - 1] == "号" { return true }
            if start > 1, s[start - 2] == "日",
               NumeralParser.isRangeSeparator(s[start - 1]) || s[start - 1] == "、" { return true }
        case "分":
            if start > 0, s[start - 1] == "时" || s[start - 1] == "点" || s[start - 1] == "時" { return true }
        default:
            break
        }
        if entry.kind == .duration, let next {
            if next == "来" { return true }
            if next == "以", end + 1 < s.count, s[end + 1] == "来" { return true }
        }
        return false
    }

    /// An Arabic number without a unit is a figure only as the value of a measure (办件量134567，).
    private static func isBareFigure(_ n: Numeral, in s: [Unicode.Scalar]) -> Bool {
        guard n.value.isWhole, !n.hasLeadingZero, n.qualifier != .range else { return false }
        if !n.hasMultiplier, n.integerDigits == 4, n.value.compared(to: 1900) >= 0, n.value.compared(to: 2100) <= 0 {
            return false
        }
        let end = n.range.upperBound
        if end < s.count {
            let after = s[end]
            let bounded = after.isSentenceEnd || after.isClausePunctuation || after.isClosingParenthesis
                || FigureContext.suffix(s, at: end) != nil
            guard bounded else { return false }
        }
        var before = n.range.lowerBound
        if let prefix = FigureContext.prefix(s, before: before) { before = prefix.start }
        guard before > 0, CodeMarks.measuring.contains(s[before - 1]) else { return false }
        return before < 2 || !CodeMarks.codeNames.contains(s[before - 2])     // 编号为12345, 电话为…
    }

    private static let notNouns: SmallScalarSet = "第的和与及等超近约余多以是在对为"

    /// 10大领域: a small Arabic count before 大 and a two-scalar noun, which then serves as the unit.
    private static func majorNoun(_ n: Numeral, in s: [Unicode.Scalar]) -> UnitEntry? {
        let end = n.range.upperBound
        guard n.isArabic, n.qualifier == .exact, n.value.isWhole, n.value.compared(to: 2) >= 0,
              n.value.compared(to: 20) <= 0,
              end + 2 < s.count, s[end] == "大", s[end + 1].isHan, s[end + 2].isHan,
              !ChineseNumeralReader.isNumeralScalar(s[end + 1]), !ChineseNumeralReader.isNumeralScalar(s[end + 2]),
              !Self.notNouns.contains(s[end + 1]), !Self.notNouns.contains(s[end + 2]) else { return nil }
        let noun = s[(end + 1)...(end + 2)].string
        return UnitEntry(written: noun, unit: noun, kind: .count, allowsFraction: false, scale: 1)
    }
}
