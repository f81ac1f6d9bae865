/// Finds the year a report is about: from its title, its opening, its headings, or its dates.
enum ReportYearFinder {
    /// The report year, trying the title, the opening lines, the top-level headings, then the dates.
    static func year(title: String?, lines: [TextLine], bodyStart: Int, headings: [Heading],
                     signedDate: String?, publishedDate: String?) -> Int? {
        if let title, let year = firstYear(in: title) { return year }
        for line in lines.prefix(max(bodyStart, 0) + 2).suffix(4) {
            if let year = leadingYear(line.text) { return year }
        }
        let headingYears = headings.compactMap { heading in heading.part == .achievements ? leadingYear(heading.title) : nil }
        if let year = headingYears.first { return year }
        // An untitled page: 现将2023年度法治政府建设情况报告如下, or the first year of its opening that is no date or span.
        let opening = lines.prefix(max(bodyStart, 0) + 12)
        for line in opening {
            if let range = line.text.firstUTF8Range(of: "现将"), let year = firstYear(in: String(line.text[range.upperBound...].prefix(24))) { return year }
        }
        for line in opening {
            if let year = firstPlainYear(in: line.text) { return year }
        }
        for date in [signedDate, publishedDate].compactMap({ $0 }) {
            if let year = Int(date.prefix(4)) {
                // A report signed late in its own year (December) reports on that year.
                let month = Int(date.dropFirst(5).prefix(2)) ?? 1
                return month >= 11 ? year : year - 1
            }
        }
        return nil
    }

    /// The first plausible year (1990–2099) followed by 年 (or “ 年”) in a text.
    static func firstYear(in text: String) -> Int? {
        let scalars = text.scalarArray
        var index = 0
        while index + 4 < scalars.count {
            if let year = year(at: index, in: scalars), yearCharacter(after: index, in: scalars) != nil { return year }
            index += 1
        }
        return nil
    }

    /// A year that opens a text as a time frame (2020年，… / 2019年以来), not a date (2021年1月).
    static func leadingYear(_ text: String) -> Int? {
        let scalars = text.scalarArray
        guard scalars.count > 5, let year = year(at: 0, in: scalars), let end = yearCharacter(after: 0, in: scalars) else { return nil }
        if end + 1 < scalars.count, scalars[end + 1].isDigit { return nil }
        return year
    }

    /// The first year followed by 年 that is neither a date (2021年3月) nor part of a span (2021-2025年).
    static func firstPlainYear(in text: String) -> Int? {
        let scalars = text.scalarArray
        var index = 0
        while index + 4 < scalars.count {
            if let year = year(at: index, in: scalars), let end = yearCharacter(after: index, in: scalars),
               !(end + 1 < scalars.count && scalars[end + 1].isDigit),
               !(index > 0 && "-—–~至到".unicodeScalars.contains(scalars[index - 1])) {
                return year
            }
            index += 1
        }
        return nil
    }

    /// The offset of the 年 after the four digits at `index`, allowing one space between (2020 年).
    private static func yearCharacter(after index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var cursor = index + 4
        if cursor < scalars.count, scalars[cursor].isHorizontalSpace { cursor += 1 }
        return cursor < scalars.count && scalars[cursor] == "年" ? cursor : nil
    }

    private static func year(at index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard index + 4 <= scalars.count else { return nil }
        if index > 0, scalars[index - 1].isDigit { return nil }
        var value = 0
        for offset in 0..<4 {
            guard let digit = scalars[index + offset].digitValue else { return nil }
            value = value * 10 + digit
        }
        if index + 4 < scalars.count, scalars[index + 4].isDigit { return nil }
        return (1990...2099).contains(value) ? value : nil
    }
}
