/// Parses dates as reports and web pages write them into ISO 8601 (YYYY-MM-DD).
///
/// Accepts 2019年1月30日, 2019-03-26, 2019/3/26, 2019.3.26 and 二〇一九年一月三十日; rejects
/// impossible months and days.
enum DateParser {
    /// The first date in `scalars`, with its range.
    static func firstDate(in scalars: ArraySlice<Unicode.Scalar>) -> (iso: String, range: Range<Int>)? {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if let found = date(at: index, in: scalars) { return found }
            index += 1
        }
        return nil
    }

    /// Whether the line holds one date and nothing else but spaces (and an optional trailing 印发-free suffix).
    static func dateAlone(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        guard let (iso, range) = firstDate(in: scalars) else { return nil }
        let before = scalars[scalars.startIndex..<range.lowerBound]
        let after = scalars[range.upperBound..<scalars.endIndex]
        guard before.allSatisfy(\.isHorizontalSpace), after.allSatisfy({ $0.isHorizontalSpace || $0.isDigit || $0 == ":" })
        else { return nil }
        return iso
    }

    private static func date(at start: Int, in scalars: ArraySlice<Unicode.Scalar>) -> (String, Range<Int>)? {
        if start > scalars.startIndex, scalars[start - 1].isDigit { return nil }
        if let (year, afterYear) = number(at: start, in: scalars, digits: 4...4) {
            guard afterYear < scalars.endIndex else { return nil }
            let separator = scalars[afterYear]
            if separator == "年" {
                guard let (month, afterMonth) = number(at: afterYear + 1, in: scalars, digits: 1...2),
                      afterMonth < scalars.endIndex, scalars[afterMonth] == "月",
                      let (day, afterDay) = number(at: afterMonth + 1, in: scalars, digits: 1...2),
                      afterDay < scalars.endIndex, scalars[afterDay] == "日" || scalars[afterDay] == "号"
                else { return nil }
                return iso(year, month, day).map { ($0, start..<afterDay + 1) }
            }
            guard ["-", "/", ".", "．"].contains(separator),
                  let (month, afterMonth) = number(at: afterYear + 1, in: scalars, digits: 1...2),
                  afterMonth < scalars.endIndex, scalars[afterMonth] == separator,
                  let (day, afterDay) = number(at: afterMonth + 1, in: scalars, digits: 1...2)
            else { return nil }
            if afterDay < scalars.endIndex, scalars[afterDay].isDigit { return nil }
            return iso(year, month, day).map { ($0, start..<afterDay) }
        }
        if let (year, afterYear) = chineseYear(at: start, in: scalars), afterYear < scalars.endIndex,
           scalars[afterYear] == "年",
           let (month, afterMonth) = ChineseOrdinal.parse(scalars[(afterYear + 1)...]).map({ ($0.value, afterYear + 1 + $0.length) }),
           afterMonth < scalars.endIndex, scalars[afterMonth] == "月",
           let (day, afterDay) = ChineseOrdinal.parse(scalars[(afterMonth + 1)...]).map({ ($0.value, afterMonth + 1 + $0.length) }),
           afterDay < scalars.endIndex, scalars[afterDay] == "日" {
            return iso(year, month, day).map { ($0, start..<afterDay + 1) }
        }
        return nil
    }

    private static func number(at start: Int, in scalars: ArraySlice<Unicode.Scalar>, digits: ClosedRange<Int>) -> (Int, Int)? {
        var value = 0
        var index = start
        while index < scalars.endIndex, let digit = scalars[index].digitValue, index - start < digits.upperBound {
            value = value * 10 + digit
            index += 1
        }
        guard digits.contains(index - start) else { return nil }
        if index < scalars.endIndex, scalars[index].isDigit { return nil }
        return (value, index)
    }

    /// A year written digit by digit in Chinese: 二〇一九.
    private static func chineseYear(at start: Int, in scalars: ArraySlice<Unicode.Scalar>) -> (Int, Int)? {
        guard start + 4 <= scalars.endIndex else { return nil }
        var year = 0
        for index in start..<start + 4 {
            guard let digit = yearDigit(scalars[index]) else { return nil }
            year = year * 10 + digit
        }
        return (year, start + 4)
    }

    /// A digit of a year written in Chinese numerals: 〇, ○, 零 and a letter O for nought, 一 to 九.
    private static func yearDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零", "O": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1949...2100).contains(year), (1...12).contains(month) else { return nil }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...days[month - 1]).contains(day) else { return nil }
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
