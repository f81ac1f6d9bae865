/// Finds passages that repeat earlier ones: a paragraph, or a whole body, pasted twice.
///
/// Each line gets a key (`PassageKey`). A run of consecutive lines that equals an earlier run
/// line for line (and does not overlap it) is a repeat when it carries at least
/// `minimumCharacters` of text (or follows its own copy immediately), so that a short heading
/// reused under two parts is not. The first copy is kept. Linear in the number of lines: each
/// line starts or joins one run.
enum RepeatedPassageFinder {
    static let minimumCharacters = 40
    /// A line repeated right after itself needs less text to count as pasted twice.
    static let minimumImmediateCharacters = 10

    /// Indices (into `keys`) of the lines that repeat earlier ones, grouped in runs.
    static func repeats(keys: [[Unicode.Scalar]]) -> [Range<Int>] {
        var firstIndex: [LineKey: Int] = [:]
        var runs: [Range<Int>] = []
        var index = 0
        while index < keys.count {
            let key = keys[index]
            guard !key.isEmpty else {
                index += 1
                continue
            }
            let lineKey = LineKey(scalars: key)
            guard let earlier = firstIndex[lineKey] else {
                firstIndex[lineKey] = index
                index += 1
                continue
            }
            var length = 1
            var characters = key.count
            while index + length < keys.count, earlier + length < index,
                  keys[index + length] == keys[earlier + length] {
                characters += keys[index + length].count
                length += 1
            }
            let immediate = earlier == index - 1 || keys[index - 1] == key
            if characters >= minimumCharacters || (immediate && characters >= minimumImmediateCharacters) {
                runs.append(index..<index + length)
                index += length
            } else {
                index += 1
            }
        }
        return runs
    }
}

/// A line's key as a dictionary key, hashed once when made: the dictionary hashes one word instead of running its
/// hasher over every scalar of the line (equality still compares the scalars).
private struct LineKey: Hashable {
    let scalars: [Unicode.Scalar]
    private let fingerprint: UInt64

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        // FNV-1a over the scalar values.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        fingerprint = hash
    }

    static func == (left: LineKey, right: LineKey) -> Bool {
        left.fingerprint == right.fingerprint && left.scalars == right.scalars
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
