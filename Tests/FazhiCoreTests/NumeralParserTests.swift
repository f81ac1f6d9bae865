@testable import FazhiCore
import Foundation
import Testing

/// One golden row: the text, what the numeral at its start consumes, and what it is worth.
struct NumeralCase: CustomTestStringConvertible, Sendable {
    var input: String
    var consumed: String
    var value: String
    var qualifier: Qualifier
    var lower: String?
    var upper: String?
    var percentWord = false

    var testDescription: String { input }
}

/// A row; at-least rows get `lower = value` unless told otherwise.
private func n(_ input: String, _ consumed: String, _ value: String, _ qualifier: Qualifier = .exact,
               lower: String? = nil, upper: String? = nil, percent: Bool = false) -> NumeralCase {
    NumeralCase(input: input, consumed: consumed, value: value, qualifier: qualifier,
                lower: lower ?? (qualifier == .atLeast ? value : nil), upper: upper, percentWord: percent)
}

/// A range row: value = lower.
private func r(_ input: String, _ consumed: String, _ lower: String, _ upper: String) -> NumeralCase {
    NumeralCase(input: input, consumed: consumed, value: lower, qualifier: .range, lower: lower, upper: upper)
}

@Suite("numeral parser: Arabic, Chinese, 大写, mixed, ranges and internal qualifiers")
struct NumeralParserTests {
    static let arabic: [NumeralCase] = [
        n("7062", "7062", "7062"),
        n("7062起", "7062", "7062"),
        n("0", "0", "0"),
        n("0.5", "0.5", "0.5"),
        n("99.23", "99.23", "99.23"),
        n("99.23%", "99.23", "99.23"),
        n("100%以上", "100", "100"),
        n("3.5倍", "3.5", "3.5"),
        n("1,100", "1,100", "1100"),
        n("1,100万", "1,100万", "11000000"),
        n("1，100万", "1，100万", "11000000"),
        n("12，100件", "12，100", "12100"),
        n("12，1000", "12", "12"),
        n("12，10件", "12", "12"),
        n("1,234,567", "1,234,567", "1234567"),
        n("1,234.5", "1,234.5", "1234.5"),
        n("1234,5678", "1234", "1234"),
        n("７０６２", "７０６２", "7062"),
        n("９９．２３％", "９９．２３", "99.23"),
        n("3万4000", "3万4000", "34000"),
        n("3万4千人", "3万4千", "34000"),
        n("1.3万", "1.3万", "13000"),
        n("1.3万余条", "1.3万余", "13000", .atLeast),
        n("5240.84余万元", "5240.84余万", "52408400", .atLeast),
        n("2.3亿元", "2.3亿", "230000000"),
        n("195.72亿元", "195.72亿", "19572000000"),
        n("2亿3000万元", "2亿3000万", "230000000"),
        n("1.5万亿", "1.5万亿", "1500000000000"),
        n("5千人", "5千", "5000"),
        n("5千万元", "5千万", "50000000"),
        n("3百万", "3百万", "3000000"),
        n("3百", "3", "3"),
        n("3千瓦", "3", "3"),
        n("100多件", "100多", "100", .atLeast),
        n("100余人次", "100余", "100", .atLeast),
        n("250余名", "250余", "250", .atLeast),
        n("15万余份", "15万余", "150000", .atLeast),
        n("18万人次", "18万", "180000"),
        n("3万4000余人", "3万4000余", "34000", .atLeast),
        n("3万2021年", "3万", "30000"),
        n("3541.07万元2.3本", "3541.07万", "35410700"),
        n("5万2.3", "5万", "50000"),
        n("1万20人", "1万", "10000"),
        n("2021年", "2021", "2021"),
        n("0766", "0766", "766"),
        n("12345热线", "12345", "12345"),
        n("1.3.2", "1.3", "1.3"),
        n("16.4亿", "16.4亿", "1640000000"),
        n("1.57%", "1.57", "1.57"),
        n("0.05%", "0.05", "0.05"),
        n("123456789012345678", "123456789012345678", "123456789012345678"),
    ]

    static let chinese: [NumeralCase] = [
        n("一", "一", "1"),
        n("二", "二", "2"),
        n("九", "九", "9"),
        n("十", "十", "10"),
        n("十一", "十一", "11"),
        n("十二", "十二", "12"),
        n("二十", "二十", "20"),
        n("二十三", "二十三", "23"),
        n("九十九", "九十九", "99"),
        n("一百", "一百", "100"),
        n("一百零五", "一百零五", "105"),
        n("一百一十", "一百一十", "110"),
        n("一百二十三", "一百二十三", "123"),
        n("三百", "三百", "300"),
        n("一千", "一千", "1000"),
        n("一千零一", "一千零一", "1001"),
        n("一千零十", "一千零十", "1010"),
        n("两千", "两千", "2000"),
        n("三千零五十", "三千零五十", "3050"),
        n("九千九百九十九", "九千九百九十九", "9999"),
        n("一万", "一万", "10000"),
        n("十万", "十万", "100000"),
        n("十万零一千", "十万零一千", "101000"),
        n("一万零五百", "一万零五百", "10500"),
        n("两万", "两万", "20000"),
        n("三十万", "三十万", "300000"),
        n("一百万", "一百万", "1000000"),
        n("一千万", "一千万", "10000000"),
        n("一亿", "一亿", "100000000"),
        n("一亿二千万", "一亿二千万", "120000000"),
        n("三亿零五万", "三亿零五万", "300050000"),
        n("一万二", "一万二", "12000"),
        n("三千五", "三千五", "3500"),
        n("一百二", "一百二", "120"),
        n("两", "两", "2"),
        n("两次", "两", "2"),
        n("两百", "两百", "200"),
        n("两万三千", "两万三千", "23000"),
        n("三千余件", "三千余", "3000", .atLeast),
        n("十多个", "十多", "10", .atLeast),
        n("一百多", "一百多", "100", .atLeast),
        n("二百三十余万", "二百三十余万", "2300000", .atLeast),
        n("三千余万", "三千余万", "30000000", .atLeast),
        n("十五余人", "十五余", "15", .atLeast),
        n("十万零", "十万", "100000"),
        n("一百零", "一百", "100"),
        n("十四五", "十四", "14"),
        n("三十一日", "三十一", "31"),
        n("十二月", "十二", "12"),
        n("兩萬", "兩萬", "20000"),
        n("三萬五千", "三萬五千", "35000"),
        n("一億", "一億", "100000000"),
        n("五千餘", "五千餘", "5000", .atLeast),
        n("二点五", "二点五", "2.5"),
        n("九十八点二", "九十八点二", "98.2"),
        n("二点五万", "二点五万", "25000"),
        n("三点一四一六", "三点一四一六", "3.1416"),
        n("二〇二一", "二〇二一", "2021"),
        n("二〇二一年", "二〇二一", "2021"),
        n("一九四九", "一九四九", "1949"),
        n("五四", "五四", "54"),
        n("八五普法", "八五", "85"),
    ]

    static let capitals: [NumeralCase] = [
        n("壹", "壹", "1"),
        n("贰拾", "贰拾", "20"),
        n("壹佰贰拾", "壹佰贰拾", "120"),
        n("叁仟肆佰伍拾陆", "叁仟肆佰伍拾陆", "3456"),
        n("伍万", "伍万", "50000"),
        n("壹亿", "壹亿", "100000000"),
        n("柒佰零捌", "柒佰零捌", "708"),
        n("玖拾玖", "玖拾玖", "99"),
        n("陆", "陆", "6"),
        n("捌仟", "捌仟", "8000"),
        n("拾", "拾", "10"),
        n("壹万贰仟叁佰肆拾伍元", "壹万贰仟叁佰肆拾伍", "12345"),
        n("貳佰", "貳佰", "200"),
    ]

    static let percentWords: [NumeralCase] = [
        n("百分之九十八点二", "百分之九十八点二", "98.2", percent: true),
        n("百分之百", "百分之百", "100", percent: true),
        n("百分之五十", "百分之五十", "50", percent: true),
        n("百分之三点五", "百分之三点五", "3.5", percent: true),
        n("百分之十", "百分之十", "10", percent: true),
        n("百分之一", "百分之一", "1", percent: true),
        n("百分之98", "百分之98", "98", percent: true),
    ]

    static let ranges: [NumeralCase] = [
        r("1万-5万元", "1万-5万", "10000", "50000"),
        r("1-5万元", "1-5万", "10000", "50000"),
        r("两到三万", "两到三万", "20000", "30000"),
        r("3至5个工作日", "3至5", "3", "5"),
        r("3-5", "3-5", "3", "5"),
        r("3～5天", "3～5", "3", "5"),
        r("3—5年", "3—5", "3", "5"),
        r("3~5", "3~5", "3", "5"),
        r("5000-2万", "5000-2万", "5000", "20000"),
        r("10-15万", "10-15万", "100000", "150000"),
        r("1.5-2.5万", "1.5-2.5万", "15000", "25000"),
        r("十几", "十几", "11", "19"),
        r("二十几", "二十几", "21", "29"),
        r("十几万", "十几万", "110000", "190000"),
        r("数十", "数十", "20", "90"),
        r("几十", "几十", "20", "90"),
        r("数百", "数百", "200", "900"),
        r("几百", "几百", "200", "900"),
        r("数千", "数千", "2000", "9000"),
        r("数万", "数万", "20000", "90000"),
        r("数十万", "数十万", "200000", "900000"),
        r("几百万", "几百万", "2000000", "9000000"),
        r("二三十", "二三十", "20", "30"),
        r("三四百", "三四百", "300", "400"),
        r("七八十", "七八十", "70", "80"),
        r("两三", "两三", "2", "3"),
        r("两三个", "两三", "2", "3"),
        r("一两", "一两", "1", "2"),
        r("三五个", "三五", "3", "5"),
        r("两三万", "两三万", "20000", "30000"),
        r("三到五", "三到五", "3", "5"),
        r("五至十万", "五至十万", "50000", "100000"),
        r("1至12", "1至12", "1", "12"),
        r("2015-2020", "2015-2020", "2015", "2020"),
        r("20-30%", "20-30", "20", "30"),
        r("１－５", "１－５", "1", "5"),
        n("5-3", "5", "5"),
        n("1万余-2万", "1万余", "10000", .atLeast),
        n("0766-8888888", "0766", "766"),
        n("3-", "3", "3"),
        n("3至五", "3", "3"),
    ]

    static let notNumerals: [String] = [
        "零件", "〇", "零点", "零点行动", "上午", "上十", "万一", "千方百计", "百姓", "百分比", "数据", "几乎", "几个", "数以万计", "第一", "abc", "",
        "．5", "，100", "两两", "1234567890123456789", "一二三四五六七八九零一二三四五六七八九零一二三四五", "%", "万", "亿元",
        "余", "多", "点五", "百分之", "百分之零", "亿亿",
    ]

    static func check(_ row: NumeralCase) throws {
        let scalars = Array(row.input.unicodeScalars)
        let numeral = try #require(NumeralParser.parse(scalars, at: 0), "\(row.input) should parse")
        #expect(scalars[numeral.range].string == row.consumed)
        #expect(numeral.value == Decimal(string: row.value)!)
        #expect(numeral.qualifier == row.qualifier)
        #expect(numeral.lower == row.lower.flatMap { Decimal(string: $0) })
        #expect(numeral.upper == row.upper.flatMap { Decimal(string: $0) })
        #expect(numeral.isPercentWord == row.percentWord)
    }

    @Test("Arabic digits: separators, full width, decimals, multipliers, 余/多", arguments: arabic)
    func arabicNumerals(row: NumeralCase) throws { try Self.check(row) }

    @Test("Chinese numerals: units, 零 fills, abbreviations, 余/多, 点, positional digits", arguments: chinese)
    func chineseNumerals(row: NumeralCase) throws { try Self.check(row) }

    @Test("大写 numerals", arguments: capitals)
    func capitalNumerals(row: NumeralCase) throws { try Self.check(row) }

    @Test("百分之 percent words", arguments: percentWords)
    func percentWordNumerals(row: NumeralCase) throws { try Self.check(row) }

    @Test("ranges: separators, shared multipliers, 十几, 数十, 二三十", arguments: ranges)
    func rangeNumerals(row: NumeralCase) throws { try Self.check(row) }

    @Test("text that is not a numeral", arguments: notNumerals)
    func notNumeral(text: String) {
        #expect(NumeralParser.parse(Array(text.unicodeScalars), at: 0) == nil)
    }

    @Test("the golden table holds at least 150 numerals")
    func tableSize() {
        #expect(Self.arabic.count + Self.chinese.count + Self.capitals.count + Self.percentWords.count
                + Self.ranges.count >= 150)
    }

    @Test("a numeral inside a line: offsets are scalar offsets in the line")
    func offsets() throws {
        let line = Array("全年受理行政复议案件86件".unicodeScalars)
        let numeral = try #require(NumeralParser.parse(line, at: 10))
        #expect(numeral.range == 10..<12)
        #expect(numeral.value == 86)
        #expect(NumeralParser.parse(line, at: 12) == nil)
        #expect(NumeralParser.parse(line, at: 99) == nil)
    }

    @Test("codes and years keep the facts the scanner needs")
    func flags() throws {
        let code = try #require(NumeralParser.parse(Array("0766".unicodeScalars), at: 0))
        #expect(code.hasLeadingZero)
        let year = try #require(NumeralParser.parse(Array("二〇二一年".unicodeScalars), at: 0))
        #expect(year.isPositional && !year.isArabic)
        let arabic = try #require(NumeralParser.parse(Array("2021年".unicodeScalars), at: 0))
        #expect(arabic.isArabic && arabic.integerDigits == 4 && !arabic.hasMultiplier)
        let wan = try #require(NumeralParser.parse(Array("1.3万".unicodeScalars), at: 0))
        #expect(wan.hasMultiplier)
    }
}
