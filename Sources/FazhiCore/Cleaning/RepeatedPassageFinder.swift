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
            guard !key.isEmpty, let earlier = firstIndex[LineKey(scalars: key)] else {
                if !key.isEmpty { firstIndex[LineKey(scalars: key)] = index }
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

/// A line's key as a dictionary key, hashed as one run of bytes: an array of scalars hashes each scalar with its own
/// call into the hasher.
private struct LineKey: Hashable {
    let scalars: [Unicode.Scalar]

    func hash(into hasher: inout Hasher) {
        scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
