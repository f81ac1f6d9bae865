@testable import FazhiCore
import Testing

@Suite("a few words looked for in one pass")
struct ScalarWordsTests {
    static let words: ScalarWords = ["上年", "上一年", "同比", "比"]

    static func matches(_ text: String) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        words.forEachMatch(in: Array(text.unicodeScalars)[...]) { start, word in
            found.append((start, word))
            return true
        }
        return found
    }

    @Test("every place a word starts, in the text's order then the words' order, overlapping ones too")
    func everyMatch() {
        let found = Self.matches("较上一年同比上年")
        #expect(found.map(\.0) == [1, 4, 5, 6])
        #expect(found.map(\.1) == [1, 2, 3, 0])
        #expect(Self.matches("较上年度").map(\.1) == [0])
        #expect(Self.matches("").isEmpty)
        #expect(Self.matches("上下").isEmpty)      // a first scalar alone is no match
    }

    @Test("a slice is read in its own indices; stopping ends the walk; occurs answers whether any word is there")
    func sliceAndStop() {
        let text = Array("同比同比上年".unicodeScalars)
        var starts: [Int] = []
        Self.words.forEachMatch(in: text[2...]) { start, _ in
            starts.append(start)
            return starts.count < 2
        }
        #expect(starts == [2, 3])
        #expect(Self.words.occurs(in: text[4...]))
        #expect(!Self.words.occurs(in: Array("上下左右".unicodeScalars)[...]))
    }
}
