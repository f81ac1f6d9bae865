/// The words by which a figure's subject names a share of a whole (占比, 比例, 比重), kept once for the rules that
/// check shares and rates.
enum ShareSubject {
    static let words = ["占比", "比例", "比重"]

    /// Whether the subject is a share word itself (占比, or 占 alone): the figure is a part of the figure before it.
    static func isShare(_ subject: String) -> Bool {
        subject == "占" || words.contains(subject)
    }

    /// Whether the subject ends by naming a rate or share (办结率, 线上办理占比), which cannot exceed 100%.
    static func namesRate(_ subject: String) -> Bool {
        subject.hasSuffix("率") || words.contains(where: subject.hasSuffix)
    }
}
