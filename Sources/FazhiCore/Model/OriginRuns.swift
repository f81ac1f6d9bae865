/// The origins of a mapped text's scalars, kept as runs rather than one integer a scalar.
///
/// Within a run the origins either advance with the text (text copied as it stood in the original) or repeat one
/// origin (text made at one place: a decoded entity, rendered numbering, an inserted line break). A text follows its
/// original for long stretches (75–130 scalars a run in generated reports), so a 16 MB report's origins take half a
/// megabyte instead of 22 MB. Runs are merged as scalars are appended, left to right, so equal origin sequences always
/// give equal runs. A text whose every scalar starts a run (a page of numeric character references) takes 12 bytes a
/// scalar.
public struct OriginRuns: Sendable, Equatable, Sequence {
    struct Run: Sendable, Equatable {
        /// The offset, in the text, of the run's first scalar.
        var start: Int32
        /// The origin of the run's first scalar.
        var origin: Int32
        /// Whether every scalar of the run has the first one's origin; otherwise each has the previous one's plus one.
        var repeats: Bool

        func origin(at offset: Int) -> Int32 {
            repeats ? origin : origin &+ Int32(truncatingIfNeeded: offset) &- start
        }
    }

    private(set) var runs: [Run] = []
    /// The number of scalars mapped.
    public private(set) var count = 0
    /// The origin that continues the last run, and whether that run repeats: appending is then one comparison.
    private var next: Int32 = 0
    private var lastRepeats = false

    /// No origins.
    public init() {}

    /// The origins 0, 1, 2 … of `count` scalars.
    public init(identity count: Int) {
        self.count = count
        if count > 0 { runs = [Run(start: 0, origin: 0, repeats: false)] }
        next = Int32(truncatingIfNeeded: count)
    }

    /// Whether no scalar is mapped.
    public var isEmpty: Bool { count == 0 }

    /// The origin of the last scalar.
    public var last: Int32? { count == 0 ? nil : self[count - 1] }

    /// The origin of the scalar at `offset` (0 ≤ offset < count), found by a binary search over the runs.
    public subscript(offset: Int) -> Int32 {
        precondition(offset >= 0 && offset < count, "origin offset out of range")
        return runs[run(containing: offset)].origin(at: offset)
    }

    /// Appends the origin of one more scalar.
    @inline(__always)
    public mutating func append(_ origin: Int32) {
        if origin == next, !runs.isEmpty {
            count += 1
            if !lastRepeats { next &+= 1 }
        } else {
            startRun(origin)
        }
    }

    /// Appends an origin that does not continue the last run: a one-scalar run becomes a repeating one, or a run
    /// starts.
    private mutating func startRun(_ origin: Int32) {
        defer { count += 1 }
        if let last = runs.last, Int32(truncatingIfNeeded: count) &- last.start == 1, origin == last.origin {
            runs[runs.count - 1].repeats = true
            lastRepeats = true
            next = origin
            return
        }
        runs.append(Run(start: Int32(truncatingIfNeeded: count), origin: origin, repeats: false))
        lastRepeats = false
        next = origin &+ 1
    }

    /// Appends the origins of `range` of another text's scalars.
    public mutating func append(_ other: OriginRuns, range: Range<Int>) {
        guard !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count, "origin range out of bounds")
        var index = other.run(containing: range.lowerBound)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let run = other.runs[index]
            let end = Swift.min(other.end(ofRun: index), range.upperBound)
            appendSegment(origin: run.origin(at: offset), repeats: run.repeats, length: end - offset)
            offset = end
            index += 1
        }
    }

    /// Whether the origins never decrease from one scalar to the next.
    public var isNonDecreasing: Bool {
        for index in runs.indices.dropLast() where lastOrigin(ofRun: index) > runs[index + 1].origin {
            return false
        }
        return true
    }

    /// In origins that never decrease, the offset of the first scalar whose origin is `target` or more; nil when none.
    public func firstOffset(notBelow target: Int32) -> Int? {
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if lastOrigin(ofRun: middle) < target { low = middle + 1 } else { high = middle }
        }
        guard low < runs.count else { return nil }
        let run = runs[low]
        return run.repeats || target <= run.origin ? Int(run.start) : Int(run.start) + Int(target - run.origin)
    }

    /// The number of runs.
    public var runCount: Int { runs.count }

    /// Run `index`: the offsets it covers, its first origin, and whether that origin repeats (otherwise it advances by
    /// one a scalar). Walking a text's origins run by run costs no search.
    public func run(at index: Int) -> (offsets: Range<Int>, origin: Int32, repeats: Bool) {
        (Int(runs[index].start)..<end(ofRun: index), runs[index].origin, runs[index].repeats)
    }

    /// The origins in order, run by run.
    public func makeIterator() -> Iterator { Iterator(runs: runs, count: count) }

    /// Walks the origins in order without a search for each.
    public struct Iterator: IteratorProtocol {
        private let runs: [Run]
        private let count: Int
        private var offset = 0
        private var index = 0

        fileprivate init(runs: [Run], count: Int) {
            self.runs = runs
            self.count = count
        }

        public mutating func next() -> Int32? {
            guard offset < count else { return nil }
            while index + 1 < runs.count, Int(runs[index + 1].start) <= offset { index += 1 }
            defer { offset += 1 }
            return runs[index].origin(at: offset)
        }
    }

    public var underestimatedCount: Int { count }

    /// Appends `length` origins starting at `origin`, advancing or repeating. The first scalars go through `append`,
    /// which merges them with the last run; after three the last run advances or repeats as this segment does, so the
    /// rest only lengthen it.
    private mutating func appendSegment(origin: Int32, repeats: Bool, length: Int) {
        let head = Swift.min(length, 3)
        for step in 0..<head { append(repeats ? origin : origin &+ Int32(step)) }
        count += length - head
        if !repeats { next &+= Int32(truncatingIfNeeded: length - head) }
    }

    /// The index of the run holding `offset`: the last run starting at or before it.
    private func run(containing offset: Int) -> Int {
        var low = 0, high = runs.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(runs[middle].start) <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// The origin of run `index`'s last scalar.
    private func lastOrigin(ofRun index: Int) -> Int32 {
        runs[index].origin(at: end(ofRun: index) - 1)
    }

    /// The offset just past run `index`.
    private func end(ofRun index: Int) -> Int {
        index + 1 < runs.count ? Int(runs[index + 1].start) : count
    }
}
