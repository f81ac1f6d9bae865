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
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let sides = line.split(separator: "\t")
            guard sides.count == 2 else { continue }
            let traditional = sides[0].scalarArray, simplified = sides[1].scalarArray
            guard traditional.count == simplified.count, let first = traditional.first,
                  Int(first.value) < Self.limit else { continue }
            if traditional.count == 1 {
                single[Int(first.value)] = simplified[0].value
            } else {
                words[first.value, default: []].append((traditional, simplified))
            }
        }
        for key in words.keys { words[key]!.sort { $0.traditional.count > $1.traditional.count } }
        self.single = single
        self.words = words
        wordStarts = ScalarBitmap(words.keys)
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
        for line in bundledTSV.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            for (traditional, simplified) in zip(line[..<tab].unicodeScalars, line[line.index(after: tab)...].unicodeScalars)
            where traditional != simplified {
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
