/// The words by which a figure's subject names a share of a whole (Resources/share-words.txt: 占比, 比例, 比重), for
/// the rules that check shares and rates.
public struct ShareSubject: Sendable {
    private let words: [String]

    /// The share words; no words: only …率 names a rate.
    public init(words: [String] = []) {
        self.words = words
    }

    /// Whether the subject is a share word itself (占比, or 占 alone): the figure is a part of the figure before it.
    func isShare(_ subject: String) -> Bool {
        subject == "占" || words.contains(subject)
    }

    /// Whether the subject ends by naming a rate or share (办结率, 线上办理占比), which cannot exceed 100%.
    func namesRate(_ subject: String) -> Bool {
        subject.hasSuffixUTF8("率") || words.contains(where: subject.hasSuffixUTF8)
    }
}
