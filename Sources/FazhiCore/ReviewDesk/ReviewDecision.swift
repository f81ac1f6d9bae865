/// One decision of a reviewer, as the append-only history keeps it: a finding confirmed or dismissed (with a reason),
/// a note on a line, or the report's review state set.
public struct ReviewDecision: Codable, Sendable, Equatable {
    /// What the reviewer did.
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// 确认: the finding is a real problem.
        case confirm
        /// 不是问题: the finding is not a problem (the text says why).
        case dismiss
        /// 批注: a note on a line.
        case note
        /// The report's review state (the text is a `ReviewState`).
        case state
    }

    /// The store's number for it, in the order decisions were made.
    public var id: Int64
    /// The report version decided on.
    public var reportID: Int64
    /// What was done.
    public var action: Action
    /// For a finding: its rule, and its key (`Finding.reviewKey`), which carries the decision to later versions.
    public var rule: String?
    public var findingKey: String?
    /// For a note: the line (as the original file numbers it).
    public var line: Int?
    /// The reason, the note, or the state's raw value.
    public var text: String
    /// Who decided (a user's name).
    public var author: String
    /// When (ISO 8601, UTC).
    public var at: String

    /// A decision; `id` and `at` are set by the store when it is recorded.
    public init(id: Int64 = 0, reportID: Int64, action: Action, rule: String? = nil, findingKey: String? = nil, line: Int? = nil,
                text: String, author: String, at: String = "") {
        self.id = id
        self.reportID = reportID
        self.action = action
        self.rule = rule
        self.findingKey = findingKey
        self.line = line
        self.text = text
        self.author = author
        self.at = at
    }
}

/// Where a report stands with its reviewer.
public enum ReviewState: String, Codable, Sendable, CaseIterable {
    /// 待审核: not yet looked at (and every new version).
    case pending
    /// 审核中.
    case inReview
    /// 通过.
    case approved
    /// 退回修改: sent back for revision.
    case returned

    /// 待审核, 审核中, 通过, 退回修改.
    public var chineseName: String {
        switch self {
        case .pending: "待审核"
        case .inReview: "审核中"
        case .approved: "通过"
        case .returned: "退回修改"
        }
    }
}

extension Finding {
    /// What identifies a finding across versions of a report: its rule and what it found (or its excerpt), so a
    /// decision carries to a revised version that still has the problem, wherever it moved.
    public var reviewKey: String {
        let what = found ?? excerpt
        return rule + "\u{1F}" + String(what.unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
