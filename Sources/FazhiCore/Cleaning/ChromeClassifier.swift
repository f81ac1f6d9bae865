/// Recognises web-page chrome lines (page metadata, print and share controls, footers).
public struct ChromeClassifier: Sendable {
    private let terms: [[Unicode.Scalar]]

    /// Creates a classifier from terms that open chrome lines.
    public init(terms: [String]) {
        self.terms = terms.map { $0.scalarArray }.sorted { $0.count > $1.count }
    }

    /// Whether a line, on its own, reads as page chrome.
    public func isChrome(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var start = line.startIndex
        while start < line.endIndex, Self.isDecoration(line[start]) { start += 1 }
        let rest = line[start...]
        if rest.isEmpty { return true }
        if isCMSDate(rest) { return true }
        guard terms.contains(where: { rest.starts(with: $0) }) else { return false }
        // A longer line is chrome only as a CMS metadata bar naming several fields.
        if rest.count <= 40 { return true }
        let all = Array(rest)[...]
        return rest.count <= 160 && terms.filter { all.contains($0) }.count >= 2
    }

    /// Bullets, brackets, separators and spaces that decorate chrome lines.
    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHorizontalSpace || "•·|【[-*#>»›◆■●|/\\".unicodeScalars.contains(scalar)
    }

    /// A date alone on a line in CMS form (2024-03-04, 2024/03/04, optionally with a time).
    private func isCMSDate(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count >= 8, line.count <= 19 else { return false }
        var digits = 0
        for scalar in line {
            if scalar.isDigit { digits += 1 } else if !"-/: .".unicodeScalars.contains(scalar) { return false }
        }
        return digits >= 6
    }
}
