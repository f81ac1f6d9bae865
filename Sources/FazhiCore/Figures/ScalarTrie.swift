/// A trie of short words over Unicode scalars, for longest-match lookups forward or backward.
///
/// Each word carries a non-negative `Int` value (an index or a raw value the caller interprets). Edges live
/// in one open-addressed table keyed by (node, scalar), each slot holding the node an edge leads to and the value of
/// the word ending there, so a step is a multiply and one load of one cache line; a bitmap of first scalars turns
/// most failed lookups into one load and a mask. The type is concrete (no generic payload) so lookups stay cheap in
/// debug builds too.
struct ScalarTrie: Sendable {
    /// One slot of the edge table.
    private struct Edge {
        /// node << 32 | scalar; 0 marks an empty slot.
        var key: UInt64
        /// The node the edge leads to.
        var target: Int32
        /// The value of the word ending at `target`; -1 where none does.
        var value: Int32
    }

    private static let empty = Edge(key: 0, target: 0, value: -1)
    /// The edges, a power of two in size, at most half full.
    private var edges = [Edge](repeating: empty, count: 16)
    private var edgeCount = 0
    /// Nodes made so far, the root included.
    private var nodeCount = 1
    /// The first scalars of the words (the last ones for a reversed trie), below U+30000.
    private var roots = [UInt64](repeating: 0, count: 0x30000 / 64)
    private let reversed: Bool

    /// An empty trie; a reversed trie matches words ending at a position, walking backward.
    init(reversed: Bool = false) {
        self.reversed = reversed
    }

    /// An empty forward trie sized for words of `scalarCount` scalars in all: words sharing their first scalars
    /// (新市镇, 新市乡) take fewer edges than that, and the table grows if they take more than half of it.
    init(scalarCount: Int) {
        self.init()
        var size = 16
        while size < scalarCount { size *= 2 }
        edges = [Edge](repeating: Self.empty, count: size)
    }

    /// A trie holding each of `words` with value 1.
    init(words: [String], reversed: Bool = false) {
        self.init(reversed: reversed)
        for word in words { insert(word, 1) }
    }

    /// Adds a word; a later value for the same word replaces the earlier one.
    mutating func insert(_ word: String, _ value: Int) {
        insert(scalars: word.scalarArray, value)
    }

    /// Adds a word given as its scalars.
    mutating func insert<Word: BidirectionalCollection<Unicode.Scalar>>(scalars word: Word, _ value: Int) {
        if reversed { add(word.reversed(), value) } else { add(word, value) }
    }

    /// Adds a word's scalars in the order the trie walks them.
    private mutating func add<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars, _ value: Int) {
        precondition(value >= 0 && value <= Int(Int32.max), "a trie's values are non-negative 32-bit integers")
        guard let first = scalars.first else { return }
        if first.value < 0x30000 { roots[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
        var node: Int32 = 0, last: Int?
        for scalar in scalars where scalar.value != 0 {
            let key = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
            let slot: Int
            if let existing = existingSlot(of: key) {
                slot = existing
            } else {
                slot = addEdge(key, to: Int32(nodeCount))
                nodeCount += 1
            }
            node = edges[slot].target
            last = slot
        }
        if let last { edges[last].value = Int32(value) }
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds an edge to a node without a word yet, doubling the table when it is half full; returns its slot.
    private mutating func addEdge(_ key: UInt64, to target: Int32) -> Int {
        if (edgeCount + 1) * 2 > edges.count {
            let old = edges
            edges = [Edge](repeating: Self.empty, count: old.count * 2)
            for edge in old where edge.key != 0 { place(edge) }
        }
        edgeCount += 1
        return place(Edge(key: key, target: target, value: -1))
    }

    /// Puts an edge in the first free slot from its hash on; returns the slot.
    @discardableResult
    private mutating func place(_ edge: Edge) -> Int {
        let mask = edges.count - 1
        var slot = Self.slot(of: edge.key, mask: mask)
        while edges[slot].key != 0 { slot = (slot + 1) & mask }
        edges[slot] = edge
        return slot
    }

    /// The slot of the edge with `key`, if the trie has it.
    private func existingSlot(of key: UInt64) -> Int? {
        let mask = edges.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while edges[slot].key != 0 {
            if edges[slot].key == key { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether a word may start with `scalar` (scalars from U+30000 up are always looked up): one load and a mask, so
    /// that most places of a text are passed over without a step into the edge table.
    @inline(__always)
    private func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x30000 || roots[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    /// The edge from `node` on `scalar`: the node it leads to and the value of the word ending there.
    @inline(__always)
    private func step(_ node: Int32, _ scalar: Unicode.Scalar) -> (target: Int32, value: Int32)? {
        let key = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
        guard key != 0 else { return nil }
        let mask = edges.count - 1
        var slot = Self.slot(of: key, mask: mask)
        return edges.withUnsafeBufferPointer { edges in
            while true {
                let found = edges[slot]
                if found.key == key { return (found.target, found.value) }
                if found.key == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
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
            node = next.target
            index += 1
            if next.value >= 0 { best = (index - start, Int(next.value)) }
        }
        return best
    }

    /// Calls `body` with the length and value of every word starting at `start` (forward trie) in a slice, shortest
    /// first.
    func forEachMatch(in text: ArraySlice<Unicode.Scalar>, from start: Int,
                      _ body: (_ length: Int, _ value: Int) -> Void) {
        precondition(!reversed)
        guard start >= text.startIndex, start < text.endIndex, mayStart(text[start]) else { return }
        var node: Int32 = 0, index = start
        while index < text.endIndex, let next = step(node, text[index]) {
            node = next.target
            index += 1
            if next.value >= 0 { body(index - start, Int(next.value)) }
        }
    }

    /// Calls `body` with the start, length and value of every occurrence of every word in `text` (forward trie),
    /// overlapping ones too, by start and then shortest first.
    @inline(__always)
    func forEachOccurrence(in text: ArraySlice<Unicode.Scalar>,
                           _ body: (_ start: Int, _ length: Int, _ value: Int) -> Void) {
        for start in text.indices {
            forEachMatch(in: text, from: start) { length, value in body(start, length, value) }
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
            node = next.target
            if next.value >= 0 { best = (end - index, Int(next.value)) }
            index -= 1
        }
        return best
    }
}
