/// Word's automatic numbering: the definitions in numbering.xml and styles.xml, and the running counters.
///
/// Feed paragraphs in document order to `label(numId:ilvl:styleId:)`; it advances the right
/// counter and returns the rendered list number ("一、", "（二）", "3.", "①" …).
struct DOCXNumbering {
    /// One level of a list definition (`w:lvl`).
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// `w:lvlRestart`: restart after this (1-based) level is used; 0 never restarts; nil means after any shallower level.
        var restart: Int?
        var isLegal = false
        var suffix = "tab"
        var styleId: String?
    }

    /// A `w:abstractNum`: the levels, or a link to a numbering style that holds them.
    struct Abstract {
        var levels: [Int: Level] = [:]
        var numStyleLink: String?
    }

    /// A `w:num`: which abstract definition it uses, and per-level overrides.
    struct Instance {
        var abstractId: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
        var hasOverrides: Bool { !startOverrides.isEmpty || !levelOverrides.isEmpty }
    }

    /// What a style contributes: its parent and any numbering properties.
    struct Style {
        var basedOn: String?
        var numId: Int?
        var ilvl: Int?
    }

    static let levelCount = 9
    /// Largest counter value rendered (larger starts are clamped; keeps letters and roman numerals small).
    static let maxCounter = 100_000

    private(set) var abstracts: [Int: Abstract] = [:]
    private(set) var instances: [Int: Instance] = [:]
    private(set) var styles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?
    /// Running counters per sequence (an abstract definition, or a `w:num` that overrides it).
    private var counters: [String: [Int?]] = [:]

    init(numberingXML: [UInt8]?, stylesXML: [UInt8]?) {
        if let stylesXML { parseStyles(DOCXText.utf8(stylesXML)) }
        if let numberingXML { parseNumbering(DOCXText.utf8(numberingXML)) }
    }

    /// The rendered list number of the next paragraph with these properties, advancing the counters; nil when unnumbered.
    mutating func label(numId directNumId: Int?, ilvl directLevel: Int?, styleId: String?) -> String? {
        var numId = directNumId
        var level = directLevel
        if numId == nil, let style = styleId ?? defaultParagraphStyle {
            let inherited = styleNumbering(style)
            numId = inherited.numId
            level = level ?? inherited.ilvl ?? inherited.numId.flatMap { levelLinked(to: style, numId: $0) }
        }
        guard let numId, numId != 0, let instance = instances[numId],
              let abstractId = resolvedAbstractId(instance.abstractId), let abstract = abstracts[abstractId] else { return nil }
        let current = min(max(level ?? 0, 0), Self.levelCount - 1)
        let levels = (0..<Self.levelCount).map { instance.levelOverrides[$0] ?? abstract.levels[$0] ?? Level() }
        let starts = (0..<Self.levelCount).map { min(max(instance.startOverrides[$0] ?? levels[$0].start, 0), Self.maxCounter) }

        let key = instance.hasOverrides ? "num\(numId)" : "abstract\(abstractId)"
        var values = counters[key] ?? Array(repeating: nil, count: Self.levelCount)
        values[current] = min((values[current] ?? (starts[current] - 1)) + 1, Self.maxCounter)
        for deeper in (current + 1)..<Self.levelCount {
            let restart = levels[deeper].restart
            if restart == nil || (restart! != 0 && current < restart!) { values[deeper] = nil }
        }
        counters[key] = values

        let definition = levels[current]
        guard definition.format != "bullet" else { return nil }
        var label = ""
        var scalars = definition.text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                label.unicodeScalars.append(scalar)
                continue
            }
            guard let digit = scalars.next() else { break }
            guard let placeholder = Int(String(digit)), (1...Self.levelCount).contains(placeholder) else {
                label.unicodeScalars.append(scalar)
                label.unicodeScalars.append(digit)
                continue
            }
            let referenced = placeholder - 1
            let value = values[referenced] ?? starts[referenced]
            let format = definition.isLegal ? "decimal" : levels[referenced].format
            label += DOCXNumberFormat.format(value, as: format)
        }
        if !label.isEmpty, definition.suffix != "nothing", label.unicodeScalars.last!.isASCII {
            label += " "
        }
        return label
    }

    // MARK: Resolution

    /// The numbering a paragraph style gives, following `w:basedOn` (cycles and long chains are cut off).
    private func styleNumbering(_ styleId: String) -> (numId: Int?, ilvl: Int?) {
        var current: String? = styleId
        var numId: Int?
        var ilvl: Int?
        var visited = Set<String>()
        while let id = current, visited.count < 32, visited.insert(id).inserted, let style = styles[id] {
            if numId == nil { numId = style.numId }
            if ilvl == nil { ilvl = style.ilvl }
            if numId != nil, ilvl != nil { break }
            current = style.basedOn
        }
        return (numId, ilvl)
    }

    /// The level of a list whose `w:lvl` names this paragraph style (`w:lvl/w:pStyle`).
    private func levelLinked(to styleId: String, numId: Int) -> Int? {
        guard let instance = instances[numId], let abstractId = resolvedAbstractId(instance.abstractId),
              let abstract = abstracts[abstractId] else { return nil }
        return abstract.levels.first { $0.value.styleId == styleId }?.key
    }

    /// Follows `w:numStyleLink` to the abstract definition that actually holds the levels.
    private func resolvedAbstractId(_ abstractId: Int) -> Int? {
        var current = abstractId
        for _ in 0..<8 {
            guard let abstract = abstracts[current] else { return nil }
            guard let link = abstract.numStyleLink, let numId = styles[link]?.numId,
                  let target = instances[numId]?.abstractId, target != current else { return current }
            current = target
        }
        return current
    }

    // MARK: Parsing

    private mutating func parseStyles(_ bytes: [UInt8]) {
        var scanner = XMLTagScanner(bytes: bytes)
        var currentStyle: String?
        while let event = scanner.next() {
            switch event {
            case .start(let tag):
                let value = scanner.attribute("val", of: tag)
                switch tag.local {
                case "style":
                    currentStyle = scanner.attribute("styleId", of: tag)
                    if let id = currentStyle {
                        styles[id] = Style()
                        let isDefault = ["1", "true", "on"].contains(scanner.attribute("default", of: tag) ?? "")
                        if isDefault, scanner.attribute("type", of: tag) == "paragraph" { defaultParagraphStyle = id }
                    }
                case "basedOn":
                    if let id = currentStyle { styles[id]?.basedOn = value }
                case "numId":
                    if let id = currentStyle { styles[id]?.numId = value.flatMap { Int($0) } }
                case "ilvl":
                    if let id = currentStyle { styles[id]?.ilvl = value.flatMap { Int($0) } }
                default:
                    break
                }
            case .end(_, let local):
                if local == "style" { currentStyle = nil }
            case .text, .cdata:
                break
            }
        }
    }

    private mutating func parseNumbering(_ bytes: [UInt8]) {
        var scanner = XMLTagScanner(bytes: bytes)
        var abstractId: Int?
        var numId: Int?
        var overrideLevel: Int?
        var levelIndex: Int?
        var level = Level()
        while let event = scanner.next() {
            switch event {
            case .start(let tag):
                let value = scanner.attribute("val", of: tag)
                switch tag.local {
                case "abstractNum":
                    abstractId = scanner.attribute("abstractNumId", of: tag).flatMap { Int($0) }
                    if let abstractId { abstracts[abstractId] = Abstract() }
                case "num":
                    numId = scanner.attribute("numId", of: tag).flatMap { Int($0) }
                case "abstractNumId":
                    if let numId, let target = value.flatMap({ Int($0) }) { instances[numId] = Instance(abstractId: target) }
                case "lvlOverride":
                    overrideLevel = scanner.attribute("ilvl", of: tag).flatMap { Int($0) }
                case "startOverride":
                    if let numId, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                        instances[numId]?.startOverrides[overrideLevel] = start
                    }
                case "lvl":
                    levelIndex = scanner.attribute("ilvl", of: tag).flatMap { Int($0) }
                    level = Level()
                    if tag.selfClosing { finishLevel(levelIndex, level, abstractId: abstractId, numId: numId, overrideLevel: overrideLevel) }
                case "numStyleLink":
                    if let abstractId, levelIndex == nil { abstracts[abstractId]?.numStyleLink = value }
                case "start" where levelIndex != nil:
                    if let start = value.flatMap({ Int($0) }) { level.start = start }
                case "numFmt" where levelIndex != nil:
                    // "custom" formats come with a plain fallback in mc:Fallback; keep that one.
                    if let value, value != "custom" { level.format = value }
                case "lvlText" where levelIndex != nil:
                    level.text = value ?? ""
                case "lvlRestart" where levelIndex != nil:
                    level.restart = value.flatMap { Int($0) }
                case "isLgl" where levelIndex != nil:
                    level.isLegal = !["0", "false", "off"].contains(value ?? "true")
                case "suff" where levelIndex != nil:
                    level.suffix = value ?? "tab"
                case "pStyle" where levelIndex != nil:
                    level.styleId = value
                default:
                    break
                }
            case .end(_, let local):
                switch local {
                case "lvl":
                    finishLevel(levelIndex, level, abstractId: abstractId, numId: numId, overrideLevel: overrideLevel)
                    levelIndex = nil
                case "lvlOverride":
                    overrideLevel = nil
                case "abstractNum":
                    abstractId = nil
                case "num":
                    numId = nil
                default:
                    break
                }
            case .text, .cdata:
                break
            }
        }
    }

    /// Stores a parsed level in its abstract definition, or as a level override of a `w:num`.
    private mutating func finishLevel(_ index: Int?, _ level: Level, abstractId: Int?, numId: Int?, overrideLevel: Int?) {
        guard let index, (0..<Self.levelCount).contains(index) else { return }
        if let numId, overrideLevel != nil {
            instances[numId]?.levelOverrides[index] = level
        } else if let abstractId {
            abstracts[abstractId]?.levels[index] = level
        }
    }
}

/// Renders a counter value in a Word number format (`w:numFmt`).
enum DOCXNumberFormat {
    private static let ideographDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let counting: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let legal: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let heavenlyStems: [Character] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    private static let earthlyBranches: [Character] = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]

    /// The value rendered in `format`; unknown formats fall back to decimal.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "none", "bullet":
            return ""
        case "chineseCounting", "taiwaneseCounting":
            return chineseCounting(value)
        case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCounting":
            return chineseCountingThousand(value, digits: counting, units: ["十", "百", "千"], myriad: "万")
        case "chineseLegalSimplified":
            return chineseCountingThousand(value, digits: legal, units: ["拾", "佰", "仟"], myriad: "万", keepLeadingOne: true)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            return positional(value, digits: ideographDigits)
        case "ideographTraditional":
            return (1...10).contains(value) ? String(heavenlyStems[value - 1]) : String(value)
        case "ideographZodiac":
            return (1...12).contains(value) ? String(earthlyBranches[value - 1]) : String(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(value, first: 0x2460, count: 20)
        case "decimalEnclosedParen":
            return enclosed(value, first: 0x2474, count: 20)
        case "decimalEnclosedFullstop":
            return enclosed(value, first: 0x2488, count: 20)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalZero":
            return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "upperLetter":
            return letters(value, base: "A")
        case "lowerLetter":
            return letters(value, base: "a")
        case "upperRoman":
            return roman(value)
        case "lowerRoman":
            return roman(value).lowercased()
        default:
            return String(value)
        }
    }

    /// 一 … 十, 十一 … 九十九; from 100 digit by digit (一〇〇), as Word does.
    private static func chineseCounting(_ value: Int) -> String {
        guard value > 0 else { return String(ideographDigits[0]) }
        if value < 10 { return String(counting[value]) }
        if value < 100 {
            let tens = value / 10
            let ones = value % 10
            return (tens == 1 ? "" : String(counting[tens])) + "十" + (ones == 0 ? "" : String(counting[ones]))
        }
        return positional(value, digits: ideographDigits)
    }

    /// 一百零一, 一千二百, 三万零五; 10–19 are written 十 … 十九 unless `keepLeadingOne` (壹拾).
    private static func chineseCountingThousand(
        _ value: Int, digits: [Character], units: [String], myriad: String, keepLeadingOne: Bool = false
    ) -> String {
        guard value > 0 else { return String(digits[0]) }
        func group(_ number: Int) -> String {
            var result = ""
            var pendingZero = false
            for (power, unit) in [(1000, units[2]), (100, units[1]), (10, units[0]), (1, "")] {
                let digit = number / power % 10
                if digit == 0 {
                    if !result.isEmpty { pendingZero = true }
                    continue
                }
                if pendingZero {
                    result.append(digits[0])
                    pendingZero = false
                }
                result += String(digits[digit]) + unit
            }
            return result
        }
        let high = value / 10_000
        let low = value % 10_000
        var result = high > 0 ? group(high) + myriad : ""
        if low > 0 {
            if high > 0, low < 1000 { result.append(digits[0]) }
            result += group(low)
        }
        if !keepLeadingOne, (10...19).contains(value) { result.removeFirst() }
        return result
    }

    private static func positional(_ value: Int, digits: [Character]) -> String {
        String(String(value).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String {
        guard (1...count).contains(value), let scalar = Unicode.Scalar(first + UInt32(value - 1)) else { return String(value) }
        return String(Character(scalar))
    }

    /// A, B … Z, AA, BB … (Word repeats the letter rather than counting in base 26).
    private static func letters(_ value: Int, base: Unicode.Scalar) -> String {
        guard value > 0, value <= 26 * 30 else { return String(value) }
        let letter = Character(Unicode.Scalar(base.value + UInt32((value - 1) % 26))!)
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        var remaining = value
        var result = ""
        for (amount, numeral) in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while remaining >= amount {
                result += numeral
                remaining -= amount
            }
        }
        return result
    }
}
