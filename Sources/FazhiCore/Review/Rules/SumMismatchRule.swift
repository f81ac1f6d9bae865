import Foundation

/// `sum-mismatch`: parts that should add up to a stated total and do not.
///
/// Catches 参与涉法事务445件，审查文件54件，合同229件，其他事项118件 (54 + 229 + 118 = 401):
/// a total followed in the same sentence by two or more figures of its unit, the last of them
/// 其他/其余 (so the list is complete) — their sum must equal the total. After 其中 or 包括 the
/// list may be partial: parts that exceed the total are an error, and parts that fall short are a
/// warning when they name every kind of a complete split (民事/刑事/行政, 来信/来访/网上:
/// Resources/complete-splits.tsv). 分别为 gives a complete split when the total names as many
/// kinds as follow it (民事、刑事、行政案件共300件，分别为…); after 其中 its names (其中来信、来访、
/// 网上信访分别为…) are checked against the splits. Figures in brackets are sub-parts of the figure
/// before them and are left out of the sum.
struct SumMismatchRule: ReviewRule {
    let id = "sum-mismatch"
    let title = "分项之和与总数不符"

    /// The most scalars between two parts of one list.
    static let longestGap = 12

    func findings(in context: ReviewContext) -> [Finding] {
        let quantities = context.report.quantities
        let source = context.document.source
        func offset(_ quantity: Quantity) -> Int {
            source.lineStarts[quantity.line - 1] + quantity.column - 1
        }
        func between(_ from: Quantity, _ to: Quantity) -> ArraySlice<Unicode.Scalar> {
            let start = offset(from) + from.text.unicodeScalars.count, end = offset(to)
            return start <= end && end <= source.scalars.count ? source.scalars[start..<end] : []
        }
        var findings: [Finding] = []
        var index = 0
        while index < quantities.count {
            let total = quantities[index]
            var parts: [Quantity] = []
            var next = index + 1
            // Candidates are read in place (a copy of a figure is a dozen retains and releases), and their units
            // compared by bytes.
            let totalUnit = total.unit.map(UTF8Key.init)
            while next < quantities.count {
                // A list's parts follow each other closely (、刑事案件); a long gap starts another statement
                // (其中5个突出问题纳入整治清单，查摆领导个人问题10个).
                guard quantities[next].line == total.line, quantities[next].kind == total.kind,
                      quantities[next].qualifier == .exact, quantities[next].unit.map(UTF8Key.init) == totalUnit
                else { break }
                let gap = between(quantities[next - 1], quantities[next])
                guard !gap.contains(where: \.isSentenceEnd), next == index + 1 || gap.count <= Self.longestGap else { break }
                // A figure in brackets is a sub-part of the one before it (13项(含……5项)): not summed.
                let opened = between(total, quantities[next]).reduce(0) { depth, scalar in
                    depth + (scalar.isOpeningParenthesis ? 1 : scalar.isClosingParenthesis ? -1 : 0)
                }
                if opened <= 0 { parts.append(quantities[next]) }
                next += 1
            }
            guard total.qualifier == .exact, total.kind == .count || total.kind == .amount, parts.count >= 2,
                  let firstPart = parts.first else {
                index += 1
                continue
            }
            let gap = between(total, firstPart)
            let listed = gap.firstIndex(of: Self.among) != nil || gap.firstIndex(of: Self.including) != nil
            let complete = parts.last?.subject.map { $0.hasPrefix("其他") || $0.hasPrefix("其余") } ?? false
            let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
            // 分别为: the names are listed before the figures, in the gap after 其中 or with the total itself.
            let respectively = gap.firstIndex(of: Self.respectively)
            let names = respectively.map { Self.names(in: gap[..<$0]) } ?? []
            // 民事、刑事、行政案件共300件，分别为180件、90件、10件: the total names as many kinds as follow.
            let namedWhole = respectively != nil && !listed && names.count < 2
                && Self.names(in: Self.clauseBefore(offset(total), in: source.scalars)).count == parts.count
            // 其中民事案件180件、刑事案件90件、行政案件10件: every kind named, so the parts are the whole.
            let words = names.count == parts.count ? names : parts.enumerated().map { position, part in
                (part.subject ?? "") + between(position == 0 ? total : parts[position - 1], part).string
            }
            let split = namedWhole || (listed && sum < total.value && context.splits.isComplete(words))
            if sum != total.value, (complete || (listed && sum > total.value) || split) {
                let terms = parts.map { $0.value.description }.joined(separator: " + ")
                findings.append(Finding(
                    rule: id, severity: split && sum < total.value ? .warning : .error,
                    message: "分项之和与总数不符：\(terms) = \(sum.description)\(total.unit ?? "")，总数为\(total.text)",
                    line: total.line, column: total.column,
                    excerpt: ([total] + parts).map(\.text).joined(separator: "，"),
                    expected: total.value.description, found: sum.description))
            }
            index = next
        }
        return findings
    }

    private static let among = "其中".scalarArray
    private static let including = "包括".scalarArray
    private static let respectively = "分别".scalarArray

    /// The farthest back the clause of a total is read for the kinds it names.
    static let clauseLimit = 40

    /// The text before a figure back to the clause's start (，；：。, the line's start or `clauseLimit` scalars).
    private static func clauseBefore(_ end: Int, in scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var start = end
        while start > max(0, end - clauseLimit) {
            let scalar = scalars[start - 1]
            guard !scalar.isSentenceEnd, !scalar.isClausePunctuation || scalar == "、", scalar != "\n", scalar != "\r" else { break }
            start -= 1
        }
        return scalars[start..<end]
    }

    /// The kinds a text enumerates (民事、刑事和行政案件 → 3), split at 、和及与 outside brackets; fewer than two
    /// when it enumerates none.
    private static func names(in text: ArraySlice<Unicode.Scalar>) -> [String] {
        var names: [String] = [], current: [Unicode.Scalar] = [], depth = 0
        for scalar in text {
            if scalar.isOpeningParenthesis { depth += 1 }
            if scalar.isClosingParenthesis { depth = max(0, depth - 1) }
            if depth == 0, Self.separators.contains(scalar) {
                names.append(current.string)
                current = []
            } else {
                current.append(scalar)
            }
        }
        return names + [current.string]
    }

    private static let separators: SmallScalarSet = "、和及与"
}
