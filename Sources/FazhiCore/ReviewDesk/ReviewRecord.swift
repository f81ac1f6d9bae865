/// A report's review as its reviewer sees it, from the decision history of all its versions: each current finding's
/// decision (carried from an earlier version when the finding is still there), the findings decided before that are
/// gone (resolved), the notes, and the state.
public struct ReviewRecord: Codable, Sendable, Equatable {
    /// A current finding with the latest decision on it, if any.
    public struct Decided: Codable, Sendable, Equatable {
        public var finding: Finding
        public var decision: ReviewDecision?
    }

    /// The report's current findings, in order, with their decisions.
    public var findings: [Decided]
    /// Findings decided on an earlier version that this version no longer has: resolved by the revision.
    public var resolved: [ReviewDecision]
    /// Notes on this version's lines, in the order written.
    public var notes: [ReviewDecision]
    /// The state: the latest set on this version; 待审核 for a version nothing was decided on.
    public var state: ReviewState
    /// Every decision on every version, oldest first.
    public var history: [ReviewDecision]

    /// Confirmed findings.
    public var confirmed: [Decided] { findings.filter { $0.decision?.action == .confirm } }

    /// The record of version `reportID` with `findings`, from the history of all versions (in any order).
    public init(reportID: Int64, findings current: [Finding], history: [ReviewDecision]) {
        let ordered = history.sorted { $0.id < $1.id }
        var latest: [String: ReviewDecision] = [:]
        for decision in ordered where decision.action == .confirm || decision.action == .dismiss {
            if let key = decision.findingKey { latest[key] = decision }
        }
        findings = current.map { Decided(finding: $0, decision: latest[$0.reviewKey]) }
        let present = Set(current.map(\.reviewKey))
        resolved = latest.values.filter { !present.contains($0.findingKey ?? "") }.sorted { $0.id < $1.id }
        notes = ordered.filter { $0.action == .note && $0.reportID == reportID }
        state = ordered.last { $0.action == .state && $0.reportID == reportID }.flatMap { ReviewState(rawValue: $0.text) } ?? .pending
        self.history = ordered
    }
}
