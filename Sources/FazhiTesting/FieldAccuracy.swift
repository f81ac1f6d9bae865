import FazhiCore
import Foundation

/// Per-field accuracy of analysis against hand labels of real report openings.
///
/// Fields are scored where the label can say something: `isAnnualReport` and `documentKind` on
/// every text; body, region, level and body kind, report year and first-level headings on the
/// annual reports (body and region only where the label names one). Texts are compared after
/// T→S conversion, NFKC width folding and without glued pinyin or spaces; headings without a final 。.
public struct FieldAccuracy: Sendable {
    /// A scored field.
    public enum Field: String, CaseIterable, Sendable {
        case isAnnualReport, documentKind, body, region, level, reportYear, headings
    }

    /// One field the analysis got wrong.
    public struct Miss: Sendable, CustomStringConvertible {
        public var id: String
        public var field: Field
        public var expected: String
        public var found: String
        public var description: String { "\(id) \(field.rawValue): expected \(expected), found \(found)" }
    }

    public private(set) var right: [Field: Int] = [:]
    public private(set) var total: [Field: Int] = [:]
    public private(set) var misses: [Miss] = []
    private let simplify: @Sendable (String) -> String

    /// A scorer that spells labels in simplified characters with `simplify`.
    public init(simplify: @escaping @Sendable (String) -> String) {
        self.simplify = simplify
    }

    /// The share of `field` right, 0 to 1 (1 when nothing was scored).
    public func rate(_ field: Field) -> Double {
        let count = total[field] ?? 0
        return count == 0 ? 1 : Double(right[field] ?? 0) / Double(count)
    }

    /// Scores one report against its label.
    public mutating func score(_ report: Report, against label: OpeningLabel) {
        let meta = report.metadata
        tally(.isAnnualReport, label, expected: "\(label.isAnnualReport)", found: "\(meta.isAnnualReport)")
        let expectedKinds = Self.kinds(forLabel: label.docKind)
        tally(.documentKind, label, expected: label.docKind, found: meta.documentKind.rawValue,
              right: expectedKinds.contains(meta.documentKind))
        guard label.isAnnualReport else { return }
        if let body = label.body {
            tally(.body, label, expected: body, found: meta.body ?? "nil",
                  right: normalized(body) == meta.body.map(normalized))
        }
        if let region = label.region {
            tally(.region, label, expected: region, found: meta.region?.name ?? "nil",
                  right: normalized(region) == meta.region.map { normalized($0.name) })
        }
        let level = meta.bodyKind == .department ? "department" : (meta.region.map { Self.labelLevel($0) } ?? "unknown")
        tally(.level, label, expected: label.level, found: level,
              right: level == label.level || (label.level == "district" && level == "county"))
        tally(.reportYear, label, expected: label.reportYear.map(String.init) ?? "nil",
              found: meta.reportYear.map(String.init) ?? "nil")
        let headings = report.outline.map { ($0.marker ?? "") + $0.title }
        tally(.headings, label, expected: label.firstLevelHeadings.joined(separator: " | "),
              found: headings.joined(separator: " | "),
              right: headings.map(normalizedHeading) == label.firstLevelHeadings.map(normalizedHeading))
    }

    /// A table of every field's accuracy, then every miss.
    public var summary: String {
        var lines = Field.allCases.map { field in
            let count = total[field] ?? 0, good = right[field] ?? 0
            return "\(field.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)) \(good)/\(count)  "
                + String(format: "%.1f%%", rate(field) * 100)
        }
        let all = total.values.reduce(0, +), good = right.values.reduce(0, +)
        lines.append("all fields      \(good)/\(all)  " + String(format: "%.1f%%", all == 0 ? 100 : Double(good) / Double(all) * 100))
        return (lines + (misses.isEmpty ? [] : ["", "misses:"]) + misses.map(\.description)).joined(separator: "\n")
    }

    private mutating func tally(_ field: Field, _ label: OpeningLabel, expected: String, found: String, right good: Bool? = nil) {
        total[field, default: 0] += 1
        if good ?? (expected == found) {
            right[field, default: 0] += 1
        } else {
            misses.append(Miss(id: label.id, field: field, expected: expected, found: found))
        }
    }

    /// The label's level for a region: province, city, county or township.
    private static func labelLevel(_ region: Region) -> String {
        switch region.level {
        case .province: return "province"
        case .prefecture: return "city"
        case .county: return region.divisionType == "区" ? "district" : "county"
        case .township: return "township"
        }
    }

    /// The kinds that agree with a label's `doc_kind`.
    static func kinds(forLabel kind: String) -> Set<DocumentKind> {
        switch kind {
        case "annual_report": return [.annualReport]
        case "plan": return [.workPlan]
        case "gov_work_report": return [.governmentWorkReport]
        case "court_report": return [.courtReport]
        case "procuratorate_report": return [.procuratorateReport]
        case "duty_report": return [.dutyReport]
        case "news": return [.news]
        case "notice": return [.notice]
        case "research": return [.research]
        default: return [.other, .disclosureReport, .selfAssessment]
        }
    }

    /// A heading compared without the sentence end a whole-line heading may carry (一、强化组织领导。).
    private func normalizedHeading(_ text: String) -> String {
        var scalars = normalized(text).unicodeScalars
        while let last = scalars.last, "。.;；".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// Simplified, NFKC, without glued pinyin and spaces.
    private func normalized(_ text: String) -> String {
        let folded = simplify(text.precomposedStringWithCompatibilityMapping)
        var scalars = String.UnicodeScalarView()
        var pending: [Unicode.Scalar] = []
        var inBracket = false
        for scalar in folded.unicodeScalars {
            if scalar == "(" {
                inBracket = true
                pending = [scalar]
                continue
            }
            if inBracket {
                pending.append(scalar)
                if scalar == ")" {
                    let inner = pending.dropFirst().dropLast()
                    let pinyin = !inner.isEmpty && inner.allSatisfy { $0.properties.isAlphabetic && !$0.properties.isIdeographic }
                    if !pinyin { scalars.append(contentsOf: pending) }
                    inBracket = false
                }
                continue
            }
            if !scalar.properties.isWhitespace { scalars.append(scalar) }
        }
        if inBracket { scalars.append(contentsOf: pending) }
        return String(scalars)
    }
}
