import Foundation
import FazhiCore

/// A decision as a reviewer sends it (a form on the report page, or JSON to the API), checked against the report.
struct DecisionInput: Decodable {
    var action: String
    var findingKey: String?
    var line: Int?
    var text: String?

    /// The most a reason or note may hold.
    static let maximumText = 2_000

    /// The decision to record, by `author` on `reportID` whose findings are `findings`; a 400 says what is wrong.
    func decision(reportID: Int64, findings: [Finding], lines: Int, author: String) throws -> ReviewDecision {
        guard let action = ReviewDecision.Action(rawValue: action) else {
            throw APIError.invalid("action", "expected confirm, dismiss, note or state")
        }
        let text = (self.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= Self.maximumText else { throw APIError.invalid("text", "at most \(Self.maximumText) characters") }
        switch action {
        case .confirm, .dismiss:
            guard let key = findingKey, let finding = findings.first(where: { $0.reviewKey == key }) else {
                throw APIError.invalid("findingKey", "no such finding in this report")
            }
            guard action == .confirm || !text.isEmpty else { throw APIError.invalid("text", "say why the finding is not a problem") }
            return ReviewDecision(reportID: reportID, action: action, rule: finding.rule, findingKey: key, text: text, author: author)
        case .note:
            guard let line, (1...max(lines, 1)).contains(line) else { throw APIError.invalid("line", "a line of the report (1–\(lines))") }
            guard !text.isEmpty else { throw APIError.invalid("text", "the note is empty") }
            return ReviewDecision(reportID: reportID, action: .note, line: line, text: text, author: author)
        case .state:
            guard ReviewState(rawValue: text) != nil else {
                throw APIError.invalid("text", "a state: \(ReviewState.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return ReviewDecision(reportID: reportID, action: .state, text: text, author: author)
        }
    }
}
