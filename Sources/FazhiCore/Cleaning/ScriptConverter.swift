/// Detects traditional script and converts it to simplified, keeping every position's origin.
///
/// Conversion applies ICU's Traditional-Simplified rules from a table (``SimplificationRules``). The rules break
/// some proper names (乾安县 → 干安县); the converter restores each protected term where the original had the
/// character a rule changed.
public struct ScriptConverter: Sendable {
    /// Wrong conversion → correct simplified form, e.g. 干安县 → 乾安县.
    private let repairs: [String: String]
    private let repairsByFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// The first scalars of `repairsByFirstScalar`, so most scalars are passed over with one load instead of a hash.
    private let repairStarts: ScalarBitmap
    private let rules = SimplificationRules.bundled

    /// Creates a converter that protects the given simplified terms (place names, 乾隆 …).
    public init(protectedTerms: [String]) {
        var repairs: [String: String] = [:]
        for term in protectedTerms {
            let converted = rules.simplified(term.scalarArray).string
            if converted != term { repairs[converted] = term }
        }
        self.repairs = repairs
        var index: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for wrong in repairs.keys {
            let scalars = wrong.scalarArray
            index[scalars[0], default: []].append(scalars)
        }
        for key in index.keys { index[key]!.sort { $0.count > $1.count } }
        repairsByFirstScalar = index
        repairStarts = ScalarBitmap(index.keys.map(\.value))
        let rules = rules
        traditionalForms = ScalarBitmap(CommonCharacters.shared.either.values.filter {
            Unicode.Scalar($0).flatMap(rules.simplified) != nil
        })
    }

    /// Common characters that a rule changes on their own: traditional forms.
    private let traditionalForms: ScalarBitmap
    /// The script of a text: traditional when at least 3% of its first 3,000 Chinese characters are traditional forms.
    public func detectScript(_ scalars: [Unicode.Scalar]) -> Script {
        var count = 0
        var traditional = 0
        for scalar in scalars where scalar.isHan {
            count += 1
            if traditionalForms.contains(scalar.value) { traditional += 1 }
            if count == 3000 { break }
        }
        guard count >= 20 else { return .simplified }
        return traditional * 100 >= count * 3 ? .traditional : .simplified
    }

    /// Converts traditional text to simplified, keeping origins (every rule keeps its length).
    public func toSimplified(_ text: MappedText) -> MappedText {
        var converted = rules.simplified(text.scalars)
        restoreProtectedTerms(&converted, original: text.scalars)
        var result = text
        for offset in converted.indices where converted[offset] != text.scalars[offset] {
            result.replaceScalar(at: offset, with: converted[offset])
        }
        return result
    }

    /// A short text (a search query) in simplified script, protected terms kept.
    public func simplified(_ text: String) -> String {
        let original = text.scalarArray
        var converted = rules.simplified(original)
        restoreProtectedTerms(&converted, original: original)
        return converted.string
    }

    private func restoreProtectedTerms(_ converted: inout [Unicode.Scalar], original: [Unicode.Scalar]) {
        guard !repairsByFirstScalar.isEmpty else { return }
        var index = 0
        while index < converted.count {
            guard repairStarts.contains(converted[index].value), let candidates = repairsByFirstScalar[converted[index]] else {
                index += 1
                continue
            }
            var matched = 0
            for wrong in candidates where index + wrong.count <= converted.count
                && Array(converted[index..<index + wrong.count]) == wrong {
                let right = Array(repairs[wrong.string]!.unicodeScalars)
                // Restore only where the original really had the character ICU replaced.
                let wasChanged = (0..<wrong.count).contains { original[index + $0] != wrong[$0] }
                if wasChanged {
                    for offset in 0..<right.count where right[offset] != wrong[offset] {
                        converted[index + offset] = right[offset]
                    }
                }
                matched = wrong.count
                break
            }
            index += max(matched, 1)
        }
    }

    /// Whether a text has nothing to simplify (then `simplified` gives it back as it is), known without a
    /// converter: a search in simplified script need not load the place names a converter protects.
    public static func isSimplified(_ text: String) -> Bool {
        !text.unicodeScalars.contains { SimplificationRules.changeable.contains($0.value) }
    }
}
