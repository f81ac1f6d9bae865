import Foundation

/// Detects traditional script and converts it to simplified, keeping every position's origin.
///
/// Conversion uses ICU's Traditional-Simplified transform line by line. ICU breaks some proper
/// names (乾安县 → 干安县); the converter restores each protected term where the original had
/// the character ICU changed.
public struct ScriptConverter: Sendable {
    /// Wrong conversion → correct simplified form, e.g. 干安县 → 乾安县.
    private let repairs: [String: String]
    private let repairsByFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]]

    /// Creates a converter that protects the given simplified terms (place names, 乾隆 …).
    public init(protectedTerms: [String]) {
        var repairs: [String: String] = [:]
        // One transform call for all terms: ICU's per-call set-up dominates for short strings.
        var convertedTerms = Self.transform(protectedTerms.joined(separator: "\n"))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if convertedTerms.count != protectedTerms.count {
            // A term ICU split or merged: fall back to one call per term.
            convertedTerms = protectedTerms.map(Self.transform)
        }
        for (term, converted) in zip(protectedTerms, convertedTerms) {
            if converted != term, converted.unicodeScalars.count == term.unicodeScalars.count {
                repairs[converted] = term
            }
        }
        self.repairs = repairs
        var index: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for wrong in repairs.keys {
            let scalars = Array(wrong.unicodeScalars)
            index[scalars[0], default: []].append(scalars)
        }
        for key in index.keys { index[key]!.sort { $0.count > $1.count } }
        repairsByFirstScalar = index
        let common = CommonCharacters.shared
        let candidates = common.either.values.compactMap(Unicode.Scalar.init)
        let converted = Array(Self.transform(candidates.string).unicodeScalars)
        var forms: [UInt32] = []
        if converted.count == candidates.count {
            for (original, simplified) in zip(candidates, converted) where original != simplified { forms.append(original.value) }
        }
        traditionalForms = ScalarBitmap(forms)
    }

    /// Common characters that ICU's transform changes: traditional forms. Built once, with one transform call.
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

    /// Converts traditional text to simplified, line by line, keeping origins.
    public func toSimplified(_ text: MappedText) -> MappedText {
        var result = MappedText()
        result.reserveCapacity(text.count)
        var lineStart = 0
        let scalars = text.scalars
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let end = min(lineEnd + 1, scalars.count)
            let original = Array(scalars[lineStart..<end])
            var converted = Array(Self.transform(original.string).unicodeScalars)
            if converted.count != original.count {
                converted = original.map { scalar in
                    let single = Array(Self.transform(String(scalar)).unicodeScalars)
                    return single.count == 1 ? single[0] : scalar
                }
            }
            restoreProtectedTerms(&converted, original: original)
            for offset in 0..<converted.count {
                result.append(converted[offset], origin: text.origins[lineStart + offset])
            }
            lineStart = end
        }
        return result
    }

    /// A short text (a search query) in simplified script, protected terms kept.
    public func simplified(_ text: String) -> String {
        let original = Array(text.unicodeScalars)
        var converted = Array(Self.transform(text).unicodeScalars)
        guard converted.count == original.count else { return text }
        restoreProtectedTerms(&converted, original: original)
        return converted.string
    }

    private func restoreProtectedTerms(_ converted: inout [Unicode.Scalar], original: [Unicode.Scalar]) {
        guard !repairsByFirstScalar.isEmpty else { return }
        var index = 0
        while index < converted.count {
            guard let candidates = repairsByFirstScalar[converted[index]] else {
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

    /// Whether a text has nothing to simplify (then `simplified` gives it back as it is), known without ICU or a
    /// converter: a search in simplified script need not load the place names a converter protects.
    public static func isSimplified(_ text: String) -> Bool {
        !text.unicodeScalars.contains { traditionalCharacters.contains($0.value) }
    }

    /// Every character ICU's transform changes (Resources/traditional-forms.txt, generated from ICU by
    /// scripts/script/generate-traditional-forms.swift).
    private static let traditionalCharacters: ScalarBitmap = {
        let text = (try? AnalysisResources.resourceText("traditional-forms", extension: "txt")) ?? ""
        return ScalarBitmap(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.unicodeScalars.first?.value })
    }()

    private static func transform(_ string: String) -> String {
        string.applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) ?? string
    }
}
