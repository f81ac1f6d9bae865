/// A few short words looked for together: a text is read once and compared with the words only where one of their
/// first scalars stands, instead of once per word.
struct ScalarWords: Sendable, ExpressibleByArrayLiteral {
    /// The words, in the order given.
    let words: [[Unicode.Scalar]]
    /// The scalars the words start with.
    private let starts: SmallScalarSet

    init(_ words: [String]) {
        self.words = words.map { $0.scalarArray }.filter { !$0.isEmpty }
        starts = SmallScalarSet(String(String.UnicodeScalarView(self.words.map { $0[0] })))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Calls `body` with each place in `text` where a word starts and that word's position in `words`, in the text's
    /// order, then the words' order; `body` returns false to stop.
    func forEachMatch(in text: ArraySlice<Unicode.Scalar>, _ body: (_ start: Int, _ word: Int) -> Bool) {
        for start in text.indices where starts.contains(text[start]) {
            for (position, word) in words.enumerated() where text[start...].starts(with: word) {
                guard body(start, position) else { return }
            }
        }
    }

    /// Whether any of the words occurs in `text`.
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        var found = false
        forEachMatch(in: text) { _, _ in
            found = true
            return false
        }
        return found
    }
}
