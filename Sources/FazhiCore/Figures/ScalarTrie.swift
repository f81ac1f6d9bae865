/// A trie of short words over Unicode scalars, for longest-match lookups forward or backward.
///
/// Each word carries an `Int` value (an index or a raw value the caller interprets). Edges live
/// in one dictionary keyed by (node, scalar), so a step is one hash lookup, and a bitmap of first
/// scalars turns most failed lookups into one load and a mask. The type is concrete (no generic
/// payload) so lookups stay cheap in debug builds too.
struct ScalarTrie: Sendable {
    private var edges: [UInt64: Int32] = [:]
    /// The value of the word ending at each node; -1 where none does.
    private var values: [Int] = [-1]
    /// The first scalars of the words (the last ones for a reversed trie), below U+30000.
    private var roots = [UInt64](repeating: 0, count: 0x30000 / 64)
    private let reversed: Bool

    /// An empty trie; a reversed trie matches words ending at a position, walking backward.
    init(reversed: Bool = false) {
        self.reversed = reversed
    }

    /// A trie holding each of `words` with value 1.
    init(words: [String], reversed: Bool = false) {
        self.init(reversed: reversed)
        for word in words { insert(word, 1) }
    }

    /// Adds a word; a later value for the same word replaces the earlier one.
    mutating func insert(_ word: String, _ value: Int) {
        let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
        guard let first = scalars.first else { return }
        if first.value < 0x30000 { roots[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
        var node: Int32 = 0
        for scalar in scalars {
            let key = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(values.count)
                values.append(-1)
                edges[key] = next
                node = next
            }
        }
        values[Int(node)] = value
    }

    /// Whether a word may start with `scalar` (scalars from U+30000 up are always looked up).
    @inline(__always)
    private func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x30000 || roots[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    @inline(__always)
    private func step(_ node: Int32, _ scalar: Unicode.Scalar) -> Int32? {
        edges[UInt64(UInt32(node)) << 32 | UInt64(scalar.value)]
    }

    /// The longest word starting at `start` and ending by `limit` (forward trie).
    func longestMatch(in text: [Unicode.Scalar], from start: Int, limit: Int? = nil) -> (length: Int, value: Int)? {
        longestMatch(in: text[...], from: start, limit: limit)
    }

    /// The longest word starting at `start` and ending by `limit` (forward trie), in a slice.
    func longestMatch(in text: ArraySlice<Unicode.Scalar>, from start: Int,
                      limit: Int? = nil) -> (length: Int, value: Int)? {
        precondition(!reversed)
        let end = min(limit ?? text.endIndex, text.endIndex)
        guard start >= text.startIndex, start < end, mayStart(text[start]) else { return nil }
        var node: Int32 = 0, index = start
        var best: (length: Int, value: Int)?
        while index < end, let next = step(node, text[index]) {
            node = next
            index += 1
            if values[Int(node)] >= 0 { best = (index - start, values[Int(node)]) }
        }
        return best
    }

    /// Calls `body` with the length and value of every word starting at `start` (forward trie), shortest first.
    func forEachMatch(in text: [Unicode.Scalar], from start: Int, _ body: (_ length: Int, _ value: Int) -> Void) {
        precondition(!reversed)
        guard start >= 0, start < text.count, mayStart(text[start]) else { return }
        var node: Int32 = 0, index = start
        while index < text.count, let next = step(node, text[index]) {
            node = next
            index += 1
            if values[Int(node)] >= 0 { body(index - start, values[Int(node)]) }
        }
    }

    /// The longest word ending just before `end` and starting at or after `floor` (reversed trie).
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, floor: Int = 0) -> (length: Int, value: Int)? {
        longestMatch(in: text[...], endingAt: end, floor: floor)
    }

    /// The longest word ending just before `end` and starting at or after `floor` (reversed trie), in a slice.
    func longestMatch(in text: ArraySlice<Unicode.Scalar>, endingAt end: Int,
                      floor: Int = 0) -> (length: Int, value: Int)? {
        precondition(reversed)
        let lowest = max(floor, text.startIndex)
        guard end - 1 >= lowest, end <= text.endIndex, mayStart(text[end - 1]) else { return nil }
        var node: Int32 = 0, index = end - 1
        var best: (length: Int, value: Int)?
        while index >= lowest, let next = step(node, text[index]) {
            node = next
            if values[Int(node)] >= 0 { best = (end - index, values[Int(node)]) }
            index -= 1
        }
        return best
    }
}
