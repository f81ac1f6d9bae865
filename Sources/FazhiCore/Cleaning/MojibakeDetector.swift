import Foundation

/// Finds text garbled by a wrong decoding, repairs what decodes cleanly again and marks the rest.
///
/// Repairable: a line of UTF-8 that was read as GBK (浣犲ソ-style) turns back into common
/// characters when encoded as GBK (``GBKCodes``) and decoded as UTF-8. Unrecoverable: replacement
/// characters, 锟斤拷-style runs, and question marks left where characters were lost
/// (專家?guī)熘贫?), which are marked as spans and never guessed.
enum MojibakeDetector {
    /// Repairs lines that round-trip cleanly; returns the text and the ranges (in the input) repaired.
    ///
    /// A text with nothing to repair (nearly every text) is returned as it is, without a copy.
    static func repair(_ text: MappedText) -> (text: MappedText, repaired: [Range<Int>]) {
        let common = CommonCharacters.shared
        let scalars = text.scalars
        var result: MappedText?
        var copied = 0  // the input before this is in `result`
        var repaired: [Range<Int>] = []
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            var han = 0, rare = 0
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" {
                let scalar = scalars[lineEnd]
                if scalar.isHan {
                    han += 1
                    if !common.either.contains(scalar.value) { rare += 1 }
                }
                lineEnd += 1
            }
            if han >= 4, rare * 10 >= han * 3,
               let fixed = roundTrip(Array(scalars[lineStart..<lineEnd])), fixedIsBetter(fixed, rare: rare, han: han) {
                if result == nil {
                    result = MappedText()
                    result?.reserveCapacity(scalars.count)
                }
                result?.append(text, range: copied..<lineStart)
                let origin = text.origins[lineStart]
                for scalar in fixed { result?.append(scalar, origin: origin) }
                copied = lineEnd
                repaired.append(lineStart..<lineEnd)
            }
            lineStart = lineEnd + 1
        }
        guard var result else { return (text, []) }
        result.append(text, range: copied..<scalars.count)
        return (result, repaired)
    }

    private static func roundTrip(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let bytes = GBKCodes.shared.bytes(line), let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
        return decoded.scalarArray
    }

    private static func fixedIsBetter(_ fixed: [Unicode.Scalar], rare: Int, han: Int) -> Bool {
        let common = CommonCharacters.shared
        var fixedHan = 0, fixedCommon = 0
        for scalar in fixed where scalar.isHan {
            fixedHan += 1
            if common.either.contains(scalar.value) { fixedCommon += 1 }
        }
        return fixedHan >= 2 && fixedCommon * 10 >= fixedHan * 9
    }

    /// Spans (ranges in the text) of unrecoverable garbling.
    static func unrecoverableSpans(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let common = CommonCharacters.shared
        func isSuspect(_ scalar: Unicode.Scalar) -> Bool {
            if scalar == "?" || scalar == "\u{FFFD}" || scalar == ")" || scalar.isASCIILetter { return true }
            if scalar.isHan { return !common.either.contains(scalar.value) }
            return scalar.value > 0x7F && scalar.value < 0x2000  // Latin letters with diacritics, as in ?qū)
        }
        var spans: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let garbageLength = isKnownGarbage(at: index, in: scalars) ? 3 : 0
            guard scalar == "\u{FFFD}" || garbageLength > 0 || (scalar == "?" && isLostCharacter(at: index, in: scalars)) else {
                index += 1
                continue
            }
            var start = index
            while start > 0, index - start < 6, isSuspect(scalars[start - 1]), scalars[start - 1] != ")" { start -= 1 }
            var end = index + max(garbageLength, 1)
            while end < scalars.count, end - index < 12, isSuspect(scalars[end]) { end += 1 }
            if let last = spans.last, start <= last.upperBound + 2 {
                spans[spans.count - 1] = last.lowerBound..<end
            } else {
                spans.append(start..<end)
            }
            index = end
        }
        return spans
    }

    /// A question mark standing where a character was lost: inside Chinese text, not ending a question.
    private static func isLostCharacter(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        let beforeIsText = before.isHan || before.value > 0x7F && before.value < 0x2000
        let afterIsText = after.isHan || after.isASCIILetter || after.value > 0x7F && after.value < 0x2000
        return beforeIsText && afterIsText
    }

    /// Whether a run that marks text decoded twice wrongly starts at `index`: 锟斤拷, 烫烫烫, 屯屯屯.
    private static func isKnownGarbage(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        // The first scalar alone decides for nearly every place of a text; the next two are read only after it.
        switch scalars[index] {
        case "锟": return scalars[index + 1] == "斤" && scalars[index + 2] == "拷"
        case "烫", "屯": return scalars[index + 1] == scalars[index] && scalars[index + 2] == scalars[index]
        default: return false
        }
    }
}
