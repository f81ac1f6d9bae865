import Foundation

/// Reads Chinese numerals, 小写 and 大写: 三千余, 十万零一千, 壹佰贰拾, 九十八点二, 零点五, 十几, 数十, 上千, 二三十, 二〇二一.
enum ChineseNumeralReader {
    /// The digit a scalar writes (零〇 → 0, 两 → 2, 大写 included), or nil.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "零", "〇": return 0
        case "一", "壹", "弌": return 1
        case "二", "贰", "貳", "弍", "两", "兩": return 2
        case "三", "叁", "參", "叄": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// 十, 百, 千 and their 大写 forms.
    static func smallUnit(_ scalar: Unicode.Scalar) -> UInt64? {
        switch scalar {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// 万 and 亿, simplified and traditional.
    static func bigUnit(_ scalar: Unicode.Scalar) -> UInt64? {
        switch scalar {
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    /// Whether a scalar can be part of a Chinese numeral (digit or unit).
    static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || smallUnit(scalar) != nil || bigUnit(scalar) != nil
    }

    private static func isVague(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "几" || scalar == "数" || scalar == "幾" || scalar == "數"
    }

    private static func isTwo(_ scalar: Unicode.Scalar) -> Bool { scalar == "两" || scalar == "兩" }

    private static func numeral(_ range: Range<Int>, _ value: Decimal, qualifier: Qualifier = .exact,
                                lower: Decimal? = nil, upper: Decimal? = nil, positional: Bool = false,
                                multiplier: Bool = false) -> Numeral {
        Numeral(range: range, value: value, lower: lower ?? (qualifier == .atLeast ? value : nil), upper: upper,
                qualifier: qualifier, isPercentWord: false, isArabic: false, isPositional: positional,
                integerDigits: range.count, hasMultiplier: multiplier)
    }

    /// The Chinese numeral starting at `index`, or nil.
    static func read(_ s: [Unicode.Scalar], at index: Int) -> NumeralParser.Reading? {
        let first = s[index]
        if isVague(first) { return vague(s, at: index) }
        if first == "上" { return roundAtLeast(s, at: index) }
        guard let d0 = digit(first) else {
            return smallUnit(first) == 10 ? units(s, at: index) : nil
        }
        guard d0 != 0 else { return zeroPoint(s, at: index) }
        var run = 1
        while index + run < s.count, digit(s[index + run]) != nil {
            run += 1
            guard run <= 24 else { return nil }
        }
        guard run >= 2 else { return units(s, at: index) }
        let d1 = digit(s[index + 1])!
        if run == 2, d1 != 0, d1 == d0 + 1 || (d0 == 3 && d1 == 5) {
            return pair(s, at: index, d0, d1)
        }
        // Positional digits (二〇二一); 两 is never positional.
        var value: UInt64 = 0
        for offset in 0..<run {
            guard !isTwo(s[index + offset]) else { return nil }
            value = value * 10 + UInt64(digit(s[index + offset])!)
            guard value < 1_000_000_000_000_000 else { return nil }
        }
        return NumeralParser.Reading(numeral: numeral(index..<index + run, Decimal(value), positional: true))
    }

    /// 数十, 几百, 数千万: 2…9 times the unit. (数/几 alone, without a unit, is not a numeral.)
    private static func vague(_ s: [Unicode.Scalar], at index: Int) -> NumeralParser.Reading? {
        guard index + 1 < s.count else { return nil }
        var unit: UInt64
        var j = index + 1
        if let small = smallUnit(s[j]) {
            unit = small
            j += 1
            if j < s.count, let big = bigUnit(s[j]) {
                unit *= big
                j += 1
            }
        } else if let big = bigUnit(s[j]) {
            unit = big
            j += 1
        } else {
            return nil
        }
        let lower = Decimal(2 * unit), upper = Decimal(9 * unit)
        return NumeralParser.Reading(numeral: numeral(index..<j, lower, qualifier: .range, lower: lower, upper: upper,
                                                      multiplier: unit >= 1000))
    }

    /// 上百, 上千, 上万, 上千万: at least the round number.
    private static func roundAtLeast(_ s: [Unicode.Scalar], at index: Int) -> NumeralParser.Reading? {
        var unit: UInt64 = 1
        var j = index + 1
        if j < s.count, let small = smallUnit(s[j]), small >= 100 {
            unit = small
            j += 1
        }
        if j < s.count, let big = bigUnit(s[j]) {
            unit *= big
            j += 1
        }
        guard unit > 1 else { return nil }
        return NumeralParser.Reading(numeral: numeral(index..<j, Decimal(unit), qualifier: .atLeast, multiplier: unit >= 1000))
    }

    /// 零点五, 零点零一: a decimal below one. (零 alone, or 零点 as midnight, is not a numeral.)
    private static func zeroPoint(_ s: [Unicode.Scalar], at index: Int) -> NumeralParser.Reading? {
        guard index + 2 < s.count, s[index + 1] == "点" || s[index + 1] == "點",
              let (fraction, end) = fractionDigits(s, from: index + 2) else { return nil }
        return NumeralParser.Reading(numeral: numeral(index..<end, fraction))
    }

    /// The digits after 点 (五, 零一 — up to 18; 两 is no digit here) as a fraction, and where they end.
    private static func fractionDigits(_ s: [Unicode.Scalar], from start: Int) -> (Decimal, end: Int)? {
        var mantissa: UInt64 = 0
        var places = 0
        var k = start
        while k < s.count, let d = digit(s[k]), !isTwo(s[k]), places < 18 {
            mantissa = mantissa * 10 + UInt64(d)
            places += 1
            k += 1
        }
        guard places > 0 else { return nil }
        return (Decimal(sign: .plus, exponent: -places, significand: Decimal(mantissa)), k)
    }

    /// 二三十, 两三万, 三五: two neighbouring digits, then optional units.
    private static func pair(_ s: [Unicode.Scalar], at index: Int, _ d0: Int, _ d1: Int) -> NumeralParser.Reading? {
        var unit: UInt64 = 1
        var j = index + 2
        if j < s.count, let small = smallUnit(s[j]) {
            unit = small
            j += 1
        }
        if j < s.count, let big = bigUnit(s[j]) {
            unit *= big
            j += 1
        }
        let lower = Decimal(UInt64(d0) * unit), upper = Decimal(UInt64(d1) * unit)
        return NumeralParser.Reading(numeral: numeral(index..<j, lower, qualifier: .range, lower: lower, upper: upper,
                                                      multiplier: unit >= 1000))
    }

    /// The unit grammar: sections of 千百十 under 万 and 亿, with 零 fills and the endings 余/多, 几, 点.
    private static func units(_ s: [Unicode.Scalar], at index: Int) -> NumeralParser.Reading? {
        var yi: UInt64 = 0, wan: UInt64 = 0, small: UInt64 = 0
        var pending: UInt64?
        var lastSmall: UInt64 = 10_000
        var lastScale: UInt64 = 1
        var zero = false
        var j = index
        var end = index
        var qualifier = Qualifier.exact
        var vagueOnes = false
        var fraction: Decimal?
        var trailingBigAllowed = false

        loop: while j < s.count {
            let c = s[j]
            if let d = digit(c) {
                if d == 0 {
                    guard pending == nil, end > index else { break }
                    zero = true
                    j += 1
                    continue
                }
                guard pending == nil else { break }
                pending = UInt64(d)
                j += 1
                end = j
            } else if let u = smallUnit(c) {
                var p = pending
                if p == nil {
                    guard u == 10, small == 0 || zero else { break }
                    p = 1
                }
                guard u < lastSmall else { break }
                small += p! * u
                pending = nil
                lastSmall = u
                lastScale = u
                zero = false
                j += 1
                end = j
            } else if let b = bigUnit(c) {
                let section = small + (pending ?? 0)
                if b == 10_000 {
                    guard section > 0, wan == 0 else { break }
                    wan = section * b
                } else {
                    let total = wan + section
                    guard total > 0, yi == 0, total < 100_000_000 else { break }
                    yi = total * b
                    wan = 0
                }
                small = 0
                pending = nil
                lastSmall = 10_000
                lastScale = b
                zero = false
                j += 1
                end = j
            } else if NumeralParser.isMoreOrOdd(c), end == j, end > index {
                // 三千余, 十多, 三千余万
                qualifier = .atLeast
                j += 1
                end = j
                trailingBigAllowed = yi == 0 && wan == 0
                break loop
            } else if c == "几" || c == "幾", pending == nil, lastScale == 10, end == j {
                // 十几, 二十几
                vagueOnes = true
                j += 1
                end = j
                trailingBigAllowed = yi == 0 && wan == 0
                break loop
            } else if c == "点" || c == "點", end == j, end > index, let (digits, k) = fractionDigits(s, from: j + 1) {
                // 九十八点二, 二点五
                fraction = digits
                j = k
                end = k
                trailingBigAllowed = yi == 0 && wan == 0 && small == 0
                break loop
            } else {
                break
            }
        }
        guard end > index else { return nil }

        var ones = pending ?? 0
        if pending != nil, !zero, fraction == nil, lastScale >= 100 {
            ones = pending! * (lastScale / 10)        // 一万二 → 12000, 三千五 → 3500
        }
        let whole = yi + wan + small + ones
        var value = Decimal(whole)
        if let fraction { value += fraction }
        // The multiplier written last, for ranges (两到三万): only for a single digit times units.
        var scale: UInt64 = 1
        if qualifier == .exact, !vagueOnes, pending == nil, fraction == nil {
            if yi > 0, whole == yi { scale = 100_000_000 }
            else if wan > 0, yi == 0, whole == wan { scale = 10_000 }
            else if yi == 0, wan == 0, small > 0, small % lastSmall == 0, small / lastSmall < 10 { scale = lastSmall }
        }
        var multiplied = yi > 0 || wan > 0
        var lower: Decimal?, upper: Decimal?
        if vagueOnes {
            lower = value + 1
            upper = value + 9
            qualifier = .range
        }
        if trailingBigAllowed, end < s.count, let b = bigUnit(s[end]) {
            // 三千余万, 十几万, 二点五亿
            let factor = Decimal(b)
            value *= factor
            lower = lower.map { $0 * factor }
            upper = upper.map { $0 * factor }
            if qualifier == .exact { scale = b }
            end += 1
            multiplied = true
        }
        if qualifier == .range { value = lower! }
        if qualifier == .atLeast { lower = value }
        let result = numeral(index..<end, value, qualifier: qualifier, lower: lower, upper: upper,
                             multiplier: multiplied)
        return NumeralParser.Reading(numeral: result, scale: Decimal(scale))
    }
}
