@testable import FazhiCore
import Testing

@Suite("scalar tries and pair filters: every lookup agrees with a plain search of the word list")
struct ScalarTrieTests {
    /// Words that share prefixes, nest, repeat and run past the table's first size.
    private static let words: [String] = {
        var words = ["法治", "法治政府", "法治政府建设", "政府", "建设", "行政复议", "行政", "复议", "议", "a", "ab", "abc"]
        for first in "一二三四五六七八九十".unicodeScalars {
            for second in "甲乙丙丁戊己庚辛壬癸".unicodeScalars { words.append("\(first)\(second)号") }
        }
        return words
    }()

    /// The longest listed word starting at `start` by `limit`, as a plain search finds it.
    private static func longest(in text: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for (value, word) in words.enumerated() {
            let scalars = word.scalarArray
            guard start + scalars.count <= limit, Array(text[start..<(start + scalars.count)]) == scalars else {
                continue
            }
            if best.map({ scalars.count > $0.0 }) ?? true { best = (scalars.count, value) }
        }
        return best
    }

    @Test("forward: the longest word at every place and within limits, every match and occurrence, one-scalar words too")
    func forward() {
        var trie = ScalarTrie()
        for (value, word) in Self.words.enumerated() { trie.insert(word, value) }
        let text = "在法治政府建设中，行政复议议题abcd与五丙号、十癸号和十癸议".scalarArray
        for start in text.indices {
            for limit in [text.count, min(text.count, start + 2), start + 1] {
                let found = trie.longestMatch(in: text, from: start, limit: limit)
                let expected = Self.longest(in: text, from: start, limit: limit)
                #expect(found?.length == expected?.0 && found?.value == expected?.1, "at \(start), limit \(limit)")
            }
            var all: [Int] = []
            trie.forEachMatch(in: text[...], from: start) { length, value in
                #expect(Self.words[value].unicodeScalars.count == length)
                all.append(length)
            }
            #expect(all == all.sorted())
            #expect(all.last == Self.longest(in: text, from: start, limit: text.count)?.0)
        }
        // Every occurrence in the text: at each place, each listed word written there, shortest first.
        var occurrences: [[Int]] = []
        trie.forEachOccurrence(in: text[...]) { start, length, value in
            #expect(Array(text[start..<(start + length)]) == Self.words[value].scalarArray)
            occurrences.append([start, length])
        }
        var expected: [[Int]] = []
        for start in text.indices {
            for length in Set(Self.words.map(\.unicodeScalars.count)).sorted()
            where start + length <= text.count && Self.words.contains(text[start..<(start + length)].string) {
                expected.append([start, length])
            }
        }
        #expect(occurrences == expected)
        #expect(trie.longestMatch(in: text, from: -1) == nil)
        #expect(trie.longestMatch(in: text, from: text.count) == nil)
    }

    @Test("a word inserted again keeps its later value; a prefix of a word is not a word until inserted")
    func values() {
        var trie = ScalarTrie()
        trie.insert("法治政府", 3)
        #expect(trie.longestMatch(in: "法治".scalarArray, from: 0) == nil)
        trie.insert("法治", 0)
        trie.insert("法治政府", 7)
        #expect(trie.longestMatch(in: "法治政府".scalarArray, from: 0)?.value == 7)
        #expect(trie.longestMatch(in: "法治政".scalarArray, from: 0)?.value == 0)
    }

    @Test("reversed: the longest word ending at a place, not below a floor")
    func reversed() {
        var trie = ScalarTrie(reversed: true)
        for (value, word) in ["建设", "政府建设", "设"].enumerated() { trie.insert(word, value) }
        let text = "法治政府建设".scalarArray
        #expect(trie.longestMatch(in: text, endingAt: 6)?.length == 4)
        #expect(trie.longestMatch(in: text, endingAt: 6, floor: 3)?.length == 2)
        #expect(trie.longestMatch(in: text, endingAt: 6, floor: 5)?.value == 2)
        #expect(trie.longestMatch(in: text, endingAt: 5) == nil)
        #expect(trie.longestMatch(in: text, endingAt: 0) == nil)
    }

    @Test("a trie sized for its words up front finds them as one grown word by word does")
    func sized() {
        var sized = ScalarTrie(scalarCount: 8), grown = ScalarTrie()
        for (value, word) in Self.words.enumerated() {
            sized.insert(word, value)
            grown.insert(word, value)
        }
        for word in Self.words {
            let scalars = word.scalarArray
            #expect(sized.longestMatch(in: scalars, from: 0)?.value == grown.longestMatch(in: scalars, from: 0)?.value)
            #expect(sized.longestMatch(in: scalars, from: 0)?.length == scalars.count)
        }
    }

    @Test("a pair filter holds every pair added; of pairs not added, few pass")
    func pairFilter() {
        let added = Self.words.map(\.scalarArray).filter { $0.count >= 2 }.map { ScalarPairFilter.key($0[0], $0[1]) }
        let filter = ScalarPairFilter(added, bitCount: 12)
        for key in added { #expect(filter.mayContain(key)) }
        let others = (0x4E00..<0x5E00).map { ScalarPairFilter.key(Unicode.Scalar($0)!, "的") }
        #expect(others.filter(filter.mayContain).count < others.count / 10)
    }

    @Test("a township name is looked for at every place, the text's ends included")
    func townshipNameAtEnds() throws {
        let gazetteer = try TownshipGazetteer(tsv: "石门街道\t街道\t500103\t500103001\n东溪镇\t镇\t500110\t\n")
        let text = "东溪镇和石门街".scalarArray
        #expect(gazetteer.name(in: text, at: 0) == "东溪镇")
        #expect(gazetteer.name(in: text, at: 4) == "石门街")
        #expect(gazetteer.name(in: text, at: 5) == nil)
        #expect(gazetteer.name(in: text, at: text.count - 1) == nil)
        #expect(gazetteer.name(in: text, at: text.count) == nil)
        #expect(gazetteer.name(in: text, at: -1) == nil)
    }
}
