import FazhiCore
import Testing

@Suite("review record: decisions carried across versions, resolved findings, notes and state")
struct ReviewRecordTests {
    static func finding(_ rule: String, found: String, line: Int) -> Finding {
        Finding(rule: rule, severity: .error, message: "m", line: line, column: 1, excerpt: "…\(found)…", found: found)
    }

    @Test("a decision follows its finding to a revised version wherever it moved; a finding gone is resolved; the state starts over")
    func carryOver() {
        let sum = Self.finding("sum-mismatch", found: "300件", line: 12)
        let rate = Self.finding("percentage-mismatch", found: "99.2%", line: 20)
        let part = Self.finding("missing-part", found: "第一责任人", line: 1)
        let history = [
            ReviewDecision(id: 1, reportID: 7, action: .confirm, rule: sum.rule, findingKey: sum.reviewKey, text: "", author: "王审"),
            ReviewDecision(id: 2, reportID: 7, action: .dismiss, rule: rate.rule, findingKey: rate.reviewKey, text: "四舍五入", author: "王审"),
            ReviewDecision(id: 3, reportID: 7, action: .note, line: 5, text: "请补充数据来源", author: "王审"),
            ReviewDecision(id: 4, reportID: 7, action: .state, text: "returned", author: "王审"),
            ReviewDecision(id: 5, reportID: 7, action: .confirm, rule: part.rule, findingKey: part.reviewKey, text: "", author: "李审"),
        ]
        let first = ReviewRecord(reportID: 7, findings: [part, sum, rate], history: history.reversed())
        #expect(first.state == .returned && first.notes.map(\.text) == ["请补充数据来源"])
        #expect(first.findings.map { $0.decision?.action } == [.confirm, .confirm, .dismiss])
        #expect(first.confirmed.count == 2 && first.resolved.isEmpty)
        // Version 2: the sum moved to line 15, the rate is fixed, the part is still missing.
        let moved = Self.finding("sum-mismatch", found: "300件", line: 15)
        let second = ReviewRecord(reportID: 9, findings: [part, moved], history: history)
        #expect(second.findings.map { $0.decision?.id } == [5, 1])
        #expect(second.resolved.map(\.id) == [2])
        #expect(second.state == .pending && second.notes.isEmpty && second.history.count == 5)
        // A later decision overrules an earlier one on the same finding.
        let overruled = history + [ReviewDecision(id: 6, reportID: 9, action: .dismiss, rule: sum.rule, findingKey: sum.reviewKey,
                                                  text: "分项另有说明", author: "李审")]
        #expect(ReviewRecord(reportID: 9, findings: [moved], history: overruled).findings.first?.decision?.action == .dismiss)
    }

    @Test("a finding's key ignores where it is and how the text is spaced, not what it found")
    func keys() {
        #expect(Self.finding("r", found: "300 件", line: 1).reviewKey == Self.finding("r", found: "300件", line: 9).reviewKey)
        #expect(Self.finding("r", found: "300件", line: 1).reviewKey != Self.finding("r", found: "301件", line: 1).reviewKey)
        #expect(Self.finding("r", found: "300件", line: 1).reviewKey != Self.finding("s", found: "300件", line: 1).reviewKey)
    }
}
