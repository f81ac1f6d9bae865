@testable import FazhiCore
import Testing

@Suite("mandated parts of a heading: one pass over the title finds what a search for each word finds")
struct PartClassifierTests {
    /// Rows in priority order: overlapping words, a word listed for two parts, and one that nests in another.
    private static let rows: [(part: MandatedPart, word: String)] = [
        (.rectification, "问题整改"), (.rectification, "整改情况"), (.firstResponsible, "第一责任人"),
        (.shortcomings, "问题"), (.shortcomings, "不足"), (.plans, "下一步"), (.plans, "打算"),
        (.achievements, "成效"), (.achievements, "主要做法"), (.other, "打算"), (.plans, "下步"),
    ]

    /// The parts as a search for each word in turn finds them.
    private static func reference(_ title: String) -> [MandatedPart] {
        var found: [MandatedPart] = []
        for (part, word) in rows where !found.contains(part) && title.contains(word) {
            if part == .achievements, !found.isEmpty { continue }
            found.append(part)
        }
        return found.contains(.rectification) ? [.rectification] : found
    }

    @Test("titles with no word, one, several, overlapping and repeated words", arguments: [
        "一、主要做法和成效", "二、存在的问题和不足", "三、下一步工作打算", "存在问题及下步打算", "上年度问题整改情况",
        "履行第一责任人职责情况", "其他", "", "问题", "成效与问题", "下一步下步打算打算",
    ])
    func agreesWithSearch(title: String) {
        let classifier = PartClassifier(words: Self.rows)
        #expect(classifier.parts(ofHeading: title) == Self.reference(title))
    }

    @Test("rectification wins over every other part; a word listed for two parts opens both")
    func rectificationWins() {
        let classifier = PartClassifier(words: Self.rows)
        #expect(classifier.parts(ofHeading: "存在问题及问题整改情况") == [.rectification])
        #expect(classifier.parts(ofHeading: "存在的问题和下一步打算") == [.shortcomings, .plans, .other])
    }

    @Test("the resource format: comments and blank lines passed over, a row with an unknown part or a missing word refused")
    func resourceFormat() throws {
        let classifier = try PartClassifier(tsv: "# 注释\n\nshortcomings\t不足\nplans\t下一步\n")
        #expect(classifier.parts(ofHeading: "不足与下一步") == [.shortcomings, .plans])
        #expect(throws: ResourceError.malformed(resource: "mandated-parts.tsv", line: 2)) {
            try PartClassifier(tsv: "plans\t下一步\nlessons\t经验\n")
        }
        #expect(throws: ResourceError.malformed(resource: "mandated-parts.tsv", line: 1)) {
            try PartClassifier(tsv: "plans\n")
        }
    }
}
