@testable import FazhiCore
import Testing

@Suite("searching a string by its UTF-8 bytes")
struct UTF8SearchTests {
    @Test("finds the first occurrence as a range of the string, in strings and substrings; an empty needle is never found")
    func firstRange() throws {
        let text = "签发人：王某某　签发人：李某"
        let range = try #require(text.firstUTF8Range(of: "签发人"))
        #expect(text[range] == "签发人")
        #expect(text[range.upperBound...].hasPrefix("：王"))
        #expect(text.containsUTF8("李某"))
        #expect(!text.containsUTF8("张"))
        #expect(!text.containsUTF8(""))
        #expect(!"法".containsUTF8("法治"))
        #expect("abc".firstUTF8Range(of: "c") == "abc".index(before: "abc".endIndex)..<"abc".endIndex)

        let tail = text[text.index(text.startIndex, offsetBy: 7)...]
        let inTail = try #require(tail.firstUTF8Range(of: "签发人"))
        #expect(text.distance(from: text.startIndex, to: inTail.lowerBound) == 8)
        // A prefix of a character's bytes is no match: 法 and 沒 share their first byte.
        #expect(!"沒有".containsUTF8("法"))
    }

    @Test("prefixes and suffixes by bytes, as hasPrefix and hasSuffix answer for Chinese, in strings and substrings")
    func ends() {
        let cases: [(String, String)] = [
            ("法治政府建设情况报告", "报告"), ("法治政府建设情况报告", "情况"), ("报告", "报告"), ("告", "报告"), ("", "法"),
            ("法治", ""), ("沒", "法"), ("公安局", "局"), ("abc", "bc"), ("（一）", "（"), ("(1)", "("),
        ]
        for (text, word) in cases {
            #expect(text.hasSuffixUTF8(word) == text.hasSuffix(word), "\(text) \(word)")
            #expect(text.hasPrefixUTF8(word) == text.hasPrefix(word), "\(text) \(word)")
            let tail = "前" + text
            let sub = tail[tail.index(after: tail.startIndex)...]
            #expect(sub.hasSuffixUTF8(word) == sub.hasSuffix(word))
            #expect(sub.hasPrefixUTF8(word) == sub.hasPrefix(word))
        }
    }

    @Test("scalars of every UTF-8 width become the string they spell, and back")
    func scalarsToString() {
        let text = "a\u{7F}\u{80}é\u{7FF}\u{800}法\u{FFFF}\u{10000}𠀀\u{10FFFF}"
        let scalars = Array(text.unicodeScalars)
        #expect(scalars.string == text)
        #expect(scalars[2...].string == String(text.unicodeScalars.dropFirst(2)))
        #expect(text.scalarArray == scalars)
        #expect([Unicode.Scalar]().string.isEmpty)
    }
}
