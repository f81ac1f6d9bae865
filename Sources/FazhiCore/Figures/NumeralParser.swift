import Foundation

/// A number expression found in text.
struct Numeral: Equatable, Sendable {
    /// Scalar offsets in the scanned text.
    var range: Range<Int>
    /// Exact value, multipliers folded: 1.3万 → 13000; 5240.84余万 → 52408400.
    var value: Decimal
    /// Lower bound, for at-least and range numerals.
    var lower: Decimal?
    /// Upper bound, for range numerals.
    var upper: Decimal?
    /// Qualifiers written inside the numeral only: 余/多 → atLeast; 十几, 数十, 两到三万 → range.
    var qualifier: Qualifier
    /// Written 百分之… or in tenths (七成); `value` is then the percent number.
    var isPercentWord: Bool
    /// Written in Arabic digits (ASCII or full-width); otherwise in Chinese numerals.
    var isArabic: Bool = true
    /// Chinese digits read one by one without units (二〇二一), the way years are written.
    var isPositional: Bool = false
    /// Arabic: how many integer digits were written; Chinese: how many scalars.
    var integerDigits: Int = 0
    /// Arabic integer written with a leading zero (0766): a code, not a quantity.
    var hasLeadingZero: Bool = false
    /// A multiplier (千, 万, 亿) was folded in.
    var hasMultiplier: Bool = false
}

/// Reads Arabic, Chinese (小写 and 大写) and mixed numerals, with internal qualifiers and ranges.
///
/// Grammar, in order of trial at a position:
/// - 百分之 + numeral (percent word); 百分之百 → 100; 七成, 三成半 (tenths, as percent words: 70, 35).
/// - Arabic: digits with thousands separators (`,` or `，` followed by exactly three digits),
///   decimals (`.` `．`), then 余/多, a multiplier (千, 百万, 千万, 万, 亿, 万亿), 余/多 again, and
///   after 万 or 亿 a second part (3万4000, 3万4千, 2亿3000万).
/// - Chinese: 数/几 + unit (数十 → 20…90, 几百 → 200…900), adjacent pairs (二三十 → 20…30,
///   两三 → 2…3, 三五 → 3…5), positional digits (二〇二一), or the unit grammar with 零 fills,
///   abbreviations (一万二 → 12000), 十几 (11…19), 余/多, and 点 decimals.
/// - A range: numeral, separator (- － — – ~ ～ 〜 至 到, or one of them doubled: --, ——), numeral of
///   the same script; a larger multiplier on the right applies to both sides when the left stays
///   below the right with it (1-5万 → 10000…50000, 一千到两千万 → 10⁷…2·10⁷).
///
/// Every step reads a bounded number of scalars; more than 18 significant Arabic digits or 24
/// Chinese digits in a row is not a numeral.
enum NumeralParser {
    /// The numeral starting exactly at `index`, or nil.
    static func parse(_ scalars: [Unicode.Scalar], at index: Int) -> Numeral? {
        guard index >= 0, index < scalars.count else { return nil }
        if let percent = percentWord(scalars, at: index) { return percent }
        guard let left = reading(scalars, at: index) else { return nil }
        if let range = rangeTail(scalars, left: left) { return range }
        if let tenths = tenths(scalars, after: left.numeral) { return tenths }
        return left.numeral
    }

    /// Scalars after 成 that make it part of a word (一成不变, 五成员): not tenths.
    private static let notAfterTenths: SmallScalarSet = "员功立为绩果本交效都型品就长熟不"

    /// 七成 (70%), 三成半 (35%): tenths written after one Chinese digit, read as a percent word.
    private static func tenths(_ s: [Unicode.Scalar], after numeral: Numeral) -> Numeral? {
        let end = numeral.range.upperBound
        guard !numeral.isArabic, numeral.qualifier == .exact, numeral.range.count == 1, end < s.count, s[end] == "成" else { return nil }
        var value = numeral.value * 10
        var stop = end + 1
        if stop < s.count, s[stop] == "半" {
            value += 5
            stop += 1
        }
        guard stop >= s.count || !notAfterTenths.contains(s[stop]) else { return nil }
        var result = numeral
        result.range = numeral.range.lowerBound..<stop
        result.value = value
        result.isPercentWord = true
        return result
    }

    /// A numeral before range assembly: its value and the trailing multiplier it was written with.
    struct Reading {
        var numeral: Numeral
        /// The multiplier written last (1.3万 → 10⁴, 三千 → 10³); 1 when none or compound (3万4000).
        var scale: Decimal = 1
        var end: Int { numeral.range.upperBound }
    }

    /// One numeral without a range tail: Arabic (or mixed) when a digit starts it, else Chinese.
    static func reading(_ scalars: [Unicode.Scalar], at index: Int) -> Reading? {
        if scalars[index].isDigit { return arabic(scalars, at: index) }
        return ChineseNumeralReader.read(scalars, at: index)
    }

    // MARK: Percent words

    private static func percentWord(_ s: [Unicode.Scalar], at index: Int) -> Numeral? {
        guard index + 3 < s.count, s[index] == "百", s[index + 1] == "分", s[index + 2] == "之" else { return nil }
        let start = index + 3
        if s[start] == "百", !(start + 1 < s.count && ChineseNumeralReader.isNumeralScalar(s[start + 1])) {
            return Numeral(range: index..<start + 1, value: 100, lower: nil, upper: nil, qualifier: .exact,
                           isPercentWord: true, isArabic: false, integerDigits: 4)
        }
        guard let inner = reading(s, at: start), !inner.numeral.isPositional else { return nil }
        var numeral = inner.numeral
        numeral.range = index..<inner.end
        numeral.isPercentWord = true
        return numeral
    }

    // MARK: Ranges

    /// - － — – ~ ～ 〜 至 到.
    static func isRangeSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0xFF0D, 0x2014, 0x2013, 0x7E, 0xFF5E, 0x301C, 0x81F3 /* 至 */, 0x5230 /* 到 */: return true
        default: return false
        }
    }

    /// The length of a range separator at `index`: one scalar, or the same one doubled (--, ——, ~~).
    static func rangeSeparatorLength(_ s: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < s.count, isRangeSeparator(s[index]) else { return nil }
        return index + 1 < s.count && s[index + 1] == s[index] ? 2 : 1
    }

    /// 1万-5万, 1-5万, 两到三万, 3至5, 一千到两千万: a second numeral of the same script after a separator.
    private static func rangeTail(_ s: [Unicode.Scalar], left: Reading) -> Numeral? {
        let l = left.numeral
        guard l.qualifier == .exact, !l.isPositional, !l.hasLeadingZero,
              let separator = rangeSeparatorLength(s, at: left.end), left.end + separator < s.count else { return nil }
        let start = left.end + separator
        guard s[start].isDigit == l.isArabic, let right = reading(s, at: start) else { return nil }
        let r = right.numeral
        guard r.qualifier != .range, !r.isPositional, !r.hasLeadingZero else { return nil }
        var lower = l.value
        // The right side's larger multiplier applies to the left when the left stays below it then (一千到两千万).
        if right.scale > left.scale, l.value * right.scale < r.value {
            lower = l.value * right.scale
        }
        guard lower < r.value else { return nil }
        return Numeral(range: l.range.lowerBound..<right.end, value: lower, lower: lower, upper: r.value,
                       qualifier: .range, isPercentWord: false, isArabic: l.isArabic,
                       integerDigits: max(l.integerDigits, r.integerDigits),
                       hasMultiplier: l.hasMultiplier || r.hasMultiplier)
    }

    // MARK: Arabic

    /// 10 to the power `exponent`, exactly.
    static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    private struct Digits {
        var value: Decimal
        /// The digits as one whole number (the value is it × 10^-fractionDigits).
        var mantissa: UInt64
        var integerDigits: Int
        var fractionDigits: Int
        var end: Int
        var leadingZero: Bool
    }

    /// Digits with thousands separators and an optional decimal part.
    private static func digits(_ s: [Unicode.Scalar], at index: Int, separators: Bool = true) -> Digits? {
        var mantissa: UInt64 = 0
        var significant = 0
        var integerDigits = 0
        var group = 0
        var sawSeparator = false
        var j = index
        while j < s.count {
            if let d = s[j].digitValue {
                if significant > 0 || d > 0 { significant += 1 }
                guard significant <= 18, integerDigits < 24 else { return nil }
                mantissa = mantissa * 10 + UInt64(d)
                integerDigits += 1
                group += 1
                j += 1
            } else if separators, s[j] == "," || s[j] == "，", sawSeparator ? group == 3 : group <= 3,
                      exactlyThreeDigits(s, at: j + 1) {
                sawSeparator = true
                group = 0
                j += 1
            } else {
                break
            }
        }
        guard integerDigits > 0 else { return nil }
        var fraction = 0
        if j + 1 < s.count, s[j] == "." || s[j] == "．", s[j + 1].isDigit {
            j += 1
            while j < s.count, let d = s[j].digitValue {
                if significant > 0 || d > 0 { significant += 1 }
                guard significant <= 18, fraction < 18 else { return nil }
                mantissa = mantissa * 10 + UInt64(d)
                fraction += 1
                j += 1
            }
        }
        let value = Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa))
        let leadingZero = integerDigits > 1 && s[index].digitValue == 0
        return Digits(value: value, mantissa: mantissa, integerDigits: integerDigits, fractionDigits: fraction, end: j,
                      leadingZero: leadingZero)
    }

    private static func exactlyThreeDigits(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= s.count, s[index].isDigit, s[index + 1].isDigit, s[index + 2].isDigit else { return false }
        return index + 3 == s.count || !s[index + 3].isDigit
    }

    static func isMoreOrOdd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "余" || scalar == "多" || scalar == "餘"
    }

    private static let metricAfterThousand: SmallScalarSet = "瓦米克伏帕赫焦卡兆"
    private static let notAfterContinuation: SmallScalarSet = "年月日号時时点:：.．,，%％万萬亿億千百"

    /// A multiplier after Arabic digits: (power of ten, length).
    private static func multiplier(_ s: [Unicode.Scalar], at index: Int) -> (exponent: Int, length: Int)? {
        guard index < s.count else { return nil }
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < s.count ? s[index + offset] : nil }
        switch s[index] {
        case "万", "萬":
            if let next = at(1), next == "亿" || next == "億" { return (12, 2) }
            return (4, 1)
        case "亿", "億":
            return (8, 1)
        case "千", "仟":
            if let next = at(1) {
                if next == "万" || next == "萬" { return (7, 2) }
                if next == "亿" || next == "億" { return (11, 2) }
                // 千瓦, 千米, 千克 …: a metric prefix, not a multiplier.
                if metricAfterThousand.contains(next) { return nil }
            }
            return (3, 1)
        case "百", "佰":
            if let next = at(1) {
                if next == "万" || next == "萬" { return (6, 2) }
                if next == "亿" || next == "億" { return (10, 2) }
            }
            return nil
        default:
            return nil
        }
    }

    private static func arabic(_ s: [Unicode.Scalar], at index: Int) -> Reading? {
        guard let head = digits(s, at: index) else { return nil }
        var value = head.value
        var scale: Decimal = 1
        var qualifier = Qualifier.exact
        var exponent = 0
        var j = head.end
        // 5240.84余万: 余/多 between the digits and the multiplier.
        if j < s.count, isMoreOrOdd(s[j]), let m = multiplier(s, at: j + 1) {
            qualifier = .atLeast
            exponent = m.exponent
            j += 1 + m.length
        } else if let m = multiplier(s, at: j) {
            exponent = m.exponent
            j += m.length
        }
        if exponent > 0 {
            scale = power(exponent)
            // The multiplier moves the point (Foundation's multiplication allocates).
            value = Decimal(sign: .plus, exponent: exponent - head.fractionDigits, significand: Decimal(head.mantissa))
        }
        // 3万4000, 3万4千, 2亿3000万: a second part after 万 or 亿, whole numbers only.
        if qualifier == .exact, head.fractionDigits == 0, exponent == 4 || exponent == 8,
           let tail = continuation(s, at: j, after: exponent) {
            value += tail.value
            scale = 1
            j = tail.end
        }
        if qualifier == .exact, j < s.count, isMoreOrOdd(s[j]) {
            qualifier = .atLeast
            j += 1
        }
        let numeral = Numeral(range: index..<j, value: value, lower: qualifier == .atLeast ? value : nil, upper: nil,
                              qualifier: qualifier, isPercentWord: false, isArabic: true,
                              integerDigits: head.integerDigits, hasLeadingZero: head.leadingZero,
                              hasMultiplier: exponent > 0)
        return Reading(numeral: numeral, scale: scale)
    }

    /// The second part of 3万4000 / 3万4千 (after 万) or 2亿3000万 (after 亿).
    private static func continuation(_ s: [Unicode.Scalar], at index: Int,
                                     after exponent: Int) -> (value: Decimal, end: Int)? {
        guard index < s.count, s[index].isDigit, let part = digits(s, at: index, separators: false),
              part.fractionDigits == 0, !part.leadingZero else { return nil }
        let end = part.end
        let next: Unicode.Scalar? = end < s.count ? s[end] : nil
        if exponent == 8 {
            guard part.integerDigits <= 4, next == "万" || next == "萬" else { return nil }
            return (part.value * power(4), end + 1)
        }
        if part.integerDigits == 1, next == "千" || next == "仟" {
            return (part.value * 1000, end + 1)
        }
        guard part.integerDigits == 4 else { return nil }
        if let next, notAfterContinuation.contains(next) { return nil }
        return (part.value, end)
    }
}
