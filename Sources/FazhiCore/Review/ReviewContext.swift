/// What a review rule sees: the cleaned document, its outline, and the report built from them.
public struct ReviewContext: Sendable {
    /// The cleaned text with its map to the original.
    public var document: CleanedDocument
    /// Headings and mandated parts.
    public var outline: Outline
    /// The report as analysis produced it (metadata, figures, edits).
    public var report: Report
    /// Kinds that make a whole, for lists that must add up.
    public var splits: CompleteSplits
    /// Words of omitted or replaced text.
    public var masking: MaskingWords
    /// Words that name a share (占比, 比例).
    public var shares: ShareSubject

    public init(document: CleanedDocument, outline: Outline, report: Report, splits: CompleteSplits = CompleteSplits(),
                masking: MaskingWords = MaskingWords(), shares: ShareSubject = ShareSubject()) {
        self.document = document
        self.outline = outline
        self.report = report
        self.splits = splits
        self.masking = masking
        self.shares = shares
    }
}

/// A review rule: sees a report, returns findings; knows nothing of terminals or exit codes.
public protocol ReviewRule: Sendable {
    /// The rule's id, as users switch it off or re-level it.
    var id: String { get }
    /// What the rule checks, in Chinese, as the review desk shows it (缺少法定部分).
    var title: String { get }
    /// Whether the rule's findings are about the whole document (a part missing, a late date), located at its first
    /// line only so that a report names a place: they get no offset, and the desk shows them above the text.
    var concernsWholeDocument: Bool { get }
    /// The findings of this rule in one report.
    func findings(in context: ReviewContext) -> [Finding]
}

extension ReviewRule {
    public var concernsWholeDocument: Bool { false }
}
