/// `placeholder`: template leftovers such as 20xx年, 20__年, XX县, __县, XXX, ×××, 某县/某局, or an
/// empty 【】 to fill in.
///
/// ○○ is left alone: 二○○九年 writes a year with the same mark. Asterisks are masks, not slots
/// (the masked-text rule's).
struct PlaceholderRule: ReviewRule {
    let id = "placeholder"
    let title = "模板占位符未替换"

    /// Placeholder marks: a run of at least `minimum` of these scalars. (A switch, not a static set: these are asked
    /// of every scalar, and a static is a call to its one-time initialiser at each use.)
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "x", "X", "Ｘ", "ｘ", "×": true
        default: false
        }
    }

    /// Blanks to write in: a run of two or more (20__年, __县, ____法治思想).
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "＿"
    }

    /// Units after 某 that make a template's place or office (某县, 某局); 某市民 and 某些 are words.
    private static let unitsAfterSome: SmallScalarSet = "省市县区镇乡局委办"

    func findings(in context: ReviewContext) -> [Finding] {
        var findings: [Finding] = []
        let scalars = context.document.text.scalars
        for line in context.document.lines {
            var index = line.range.lowerBound
            while index < line.range.upperBound {
                guard Self.mayStart(scalars[index]),
                      let end = Self.placeholder(at: index, in: scalars, limit: line.range.upperBound) else {
                    index += 1
                    continue
                }
                let location = context.document.location(ofCleaned: index)
                findings.append(Finding(
                    rule: id, severity: .error, message: "模板占位符未替换：“\(scalars[index..<end].string)”",
                    line: location.line, column: location.column, excerpt: line.text, found: scalars[index..<end].string))
                index = end
            }
        }
        return findings
    }

    /// Whether a placeholder may start with the scalar: a blank, 某, 【, the 2 of 20xx or a mark (the tests `placeholder`
    /// makes). Most scalars are passed over with this test alone.
    private static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        isBlank(scalar) || isMark(scalar) || scalar == "某" || scalar == "【" || scalar == "2" || scalar == "２"
    }

    /// The end of a placeholder starting at `index`: 20xx, XX/XXX/××× before or after Chinese, 【 】.
    static func placeholder(at index: Int, in scalars: [Unicode.Scalar], limit: Int) -> Int? {
        let scalar = scalars[index]
        if isBlank(scalar), index == 0 || !isBlank(scalars[index - 1]) {
            var end = index
            while end < limit, isBlank(scalars[end]) { end += 1 }
            let beside = (index > 0 && (scalars[index - 1].isHan || scalars[index - 1].isDigit))
                || (end < limit && (scalars[end].isHan || scalars[end].isDigit))
            return end - index >= 2 && beside ? end : nil
        }
        if scalar == "某", index + 1 < limit, unitsAfterSome.contains(scalars[index + 1]),
           !(scalars[index + 1] == "市" && index + 2 < limit && scalars[index + 2] == "民") {
            return index + 2
        }
        if scalar == "【" {
            var end = index + 1
            while end < limit, scalars[end].isHorizontalSpace { end += 1 }
            return end < limit && scalars[end] == "】" ? end + 1 : nil
        }
        if scalar == "2" || scalar == "２", index + 3 < limit, scalars[index + 1].digitValue == 0,
           isMark(scalars[index + 2]), isMark(scalars[index + 3]) {
            return index + 4
        }
        guard isMark(scalar), index == 0 || !isMark(scalars[index - 1]) else { return nil }
        var end = index
        while end < limit, isMark(scalars[end]) { end += 1 }
        guard end - index >= 2, !(index > 0 && scalars[index - 1].isASCIILetter),
              !(end < scalars.count && scalars[end].isASCIILetter) else { return nil }
        let nextToHan = (index > 0 && scalars[index - 1].isHan) || (end < scalars.count && scalars[end].isHan)
        let ascii = scalars[index].isASCIILetter
        // Two Latin Xs count only before a division, date or count word (XX县, XX月, XX件); three anywhere beside Chinese.
        if ascii && end - index == 2 {
            return end < limit && "省市县区镇乡局年月日号件人次项个名场份元".unicodeScalars.contains(scalars[end]) ? end : nil
        }
        return nextToHan ? end : nil
    }
}
