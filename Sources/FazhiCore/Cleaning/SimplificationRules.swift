/// ICU's Traditional-Simplified rules (Resources/traditional-simplified.tsv), applied as ICU applies them — at each
/// place the longest rule that matches — from tables indexed by scalar, without ICU.
///
/// Every rule keeps its length, so the simplified text has one scalar for each of the original's.
struct SimplificationRules: Sendable {
    /// Simplified form of each scalar a one-character rule changes, indexed by scalar value; 0 where none does.
    private let single: [UInt32]
    /// Scalars that begin a word rule (著名 keeps 著, which alone becomes 着).
    private let wordStarts: ScalarBitmap
    /// Word rules by their first scalar, longest first.
    private let words: [UInt32: [(traditional: [Unicode.Scalar], simplified: [Unicode.Scalar])]]
    private static let limit = 0x30000

    /// Reads rules of the form `traditional<TAB>simplified`, one a line, `#` lines being comments.
    init(tsv: String) {
        var single = [UInt32](repeating: 0, count: Self.limit)
        var words: [UInt32: [(traditional: [Unicode.Scalar], simplified: [Unicode.Scalar])]] = [:]
        Self.forEachRule(in: tsv) { traditional, simplified in
            guard traditional.count == simplified.count, let first = traditional.first,
                  Int(first.value) < Self.limit else { return }
            if traditional.count == 1 {
                single[Int(first.value)] = simplified[simplified.startIndex].value
            } else {
                words[first.value, default: []].append((Array(traditional), Array(simplified)))
            }
        }
        for key in words.keys { words[key]!.sort { $0.traditional.count > $1.traditional.count } }
        self.single = single
        self.words = words
        wordStarts = ScalarBitmap(words.keys)
    }

    /// Calls `body` with the two sides of each line of two tab-separated fields that is not a `#` comment, decoded
    /// from the file's bytes into one reused buffer: splitting the String by Character was most of the load time.
    private static func forEachRule(in tsv: String,
                                    _ body: (_ traditional: ArraySlice<Unicode.Scalar>, _ simplified: ArraySlice<Unicode.Scalar>) -> Void) {
        var tsv = tsv, line: [Unicode.Scalar] = []
        tsv.withUTF8 { bytes in
            var index = 0
            while index <= bytes.count {
                guard index == bytes.count || bytes[index] == 0x0A else {
                    let (value, width) = bytes.scalarValue(at: index)
                    line.append(Unicode.Scalar(value).unsafelyUnwrapped)
                    index += width
                    continue
                }
                index += 1
                defer { line.removeAll(keepingCapacity: true) }
                guard line.first != "#" else { continue }
                let sides = line.split(separator: "\t")
                if sides.count == 2 { body(sides[0], sides[1]) }
            }
        }
    }

    /// The rules bundled with FazhiCore.
    static let bundled = SimplificationRules(tsv: bundledTSV)

    private static var bundledTSV: String {
        (try? AnalysisResources.resourceText("traditional-simplified", extension: "tsv")) ?? ""
    }

    /// Every scalar some bundled rule changes, read in one pass over the file without building the rules: a text
    /// with none of them is simplified already (a search query, known without the tables).
    static let changeable: ScalarBitmap = {
        var values: [UInt32] = []
        forEachRule(in: bundledTSV) { traditional, simplified in
            for (traditional, simplified) in zip(traditional, simplified) where traditional != simplified {
                values.append(traditional.value)
            }
        }
        return ScalarBitmap(values)
    }()

    /// The simplified form of a scalar standing alone, or nil when no rule changes it.
    func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard Int(scalar.value) < Self.limit, single[Int(scalar.value)] != 0 else { return nil }
        return Unicode.Scalar(single[Int(scalar.value)])
    }

    /// `scalars` in simplified script, one scalar for each.
    func simplified(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = scalars
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if wordStarts.contains(value), let rule = words[value]?.first(where: { rule in
                index + rule.traditional.count <= scalars.count
                    && scalars[index..<index + rule.traditional.count].elementsEqual(rule.traditional)
            }) {
                result.replaceSubrange(index..<index + rule.simplified.count, with: rule.simplified)
                index += rule.traditional.count
                continue
            }
            if let scalar = simplified(scalars[index]) { result[index] = scalar }
            index += 1
        }
        return result
    }
}
