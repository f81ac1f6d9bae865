import FazhiCore

/// The letter a supervising office sends back with a report (审核意见): the body and year, the confirmed problems with
/// where they are and what the text says, the reviewer's notes, the mandated parts missing, whether it came late, the
/// state, the date and the office.
public struct ReviewLetter: Sendable, Equatable {
    /// One confirmed problem: where, what the text says, what is wrong.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var quote: String
        public var title: String
        public var message: String
    }

    public var body: String
    public var year: Int?
    public var state: ReviewState
    public var problems: [Problem]
    public var notes: [(line: Int, text: String)]
    public var missingParts: [MandatedPart]
    public var late: Bool
    public var office: String
    public var date: String

    public static func == (lhs: ReviewLetter, rhs: ReviewLetter) -> Bool {
        lhs.body == rhs.body && lhs.year == rhs.year && lhs.problems == rhs.problems && lhs.missingParts == rhs.missingParts
            && lhs.notes.map(\.line) == rhs.notes.map(\.line) && lhs.notes.map(\.text) == rhs.notes.map(\.text)
            && lhs.late == rhs.late && lhs.office == rhs.office && lhs.date == rhs.date && lhs.state == rhs.state
    }

    /// The letter for a stored report and its review, dated `date` (YYYY-MM-DD) and signed by `office`.
    public init(_ stored: StoredReport, record: ReviewRecord, office: String, date: String, ruleTitles: [String: String]) {
        body = stored.summary.body ?? stored.summary.name
        year = stored.summary.year
        state = record.state
        problems = record.confirmed.map { decided in
            let finding = decided.finding
            return Problem(line: finding.line, quote: finding.excerpt, title: ruleTitles[finding.rule] ?? finding.rule, message: finding.message)
        }
        notes = record.notes.compactMap { note in note.line.map { ($0, note.text) } }
        let present = Set(stored.report.parts)
        missingParts = [MandatedPart.achievements, .firstResponsible, .shortcomings, .plans].filter { !present.contains($0) }
        late = stored.summary.late
        self.office = office
        self.date = date
    }

    /// The letter as Markdown (plain text that reads well as it is).
    public func markdown() -> String {
        var out = "# 关于\(body)\(year.map { "\($0)年度" } ?? "")法治政府建设年度报告的审核意见\n\n"
        out += "\(body)：\n\n"
        out += "你单位报送的\(year.map { "\($0)年度" } ?? "")法治政府建设年度报告已收悉。经审核，审核结论为：**\(state.chineseName)**。意见如下：\n\n"
        var number = 0
        if !missingParts.isEmpty {
            number += 1
            out += "\(number). 缺少法定内容：\(missingParts.map(\.chineseName).joined(separator: "、"))。\n"
        }
        if late {
            number += 1
            out += "\(number). 报告未在规定期限内报送或公开。\n"
        }
        for problem in problems {
            number += 1
            out += "\(number). 第 \(problem.line) 行（“\(problem.quote)”）：\(problem.title)。\(problem.message)\n"
        }
        for note in notes {
            number += 1
            out += "\(number). 第 \(note.line) 行：\(note.text)\n"
        }
        if number == 0 { out += "未发现需要修改的问题。\n" }
        out += state == .returned ? "\n请按上述意见修改后重新报送。\n" : "\n特此函告。\n"
        out += "\n\(office)\n\(date)\n"
        return out
    }
}
