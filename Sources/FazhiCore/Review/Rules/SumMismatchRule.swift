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
        // Figures are named by their index and read in place: a copy of one is a dozen retains and releases.
        let quantities = context.report.quantities
        let source = context.document.source
        func offset(_ figure: Int) -> Int {
            source.lineStarts[quantities[figure].line - 1] + quantities[figure].column - 1
        }
        func between(_ from: Int, _ to: Int) -> ArraySlice<Unicode.Scalar> {
            let start = offset(from) + quantities[from].text.unicodeScalars.count, end = offset(to)
            return start <= end && end <= source.scalars.count ? source.scalars[start..<end] : []
        }
        var findings: [Finding] = []
        var total = 0
        while total < quantities.count {
            var parts: [Int] = []
            var next = total + 1
            // Units are compared by bytes.
            let totalUnit = quantities[total].unit.map(UTF8Key.init)
            while next < quantities.count {
                // A list's parts follow each other closely (、刑事案件); a long gap starts another statement
                // (其中5个突出问题纳入整治清单，查摆领导个人问题10个).
                guard quantities[next].line == quantities[total].line, quantities[next].kind == quantities[total].kind,
                      quantities[next].qualifier == .exact, quantities[next].unit.map(UTF8Key.init) == totalUnit
                else { break }
                let gap = between(next - 1, next)
                guard !gap.contains(where: \.isSentenceEnd), next == total + 1 || gap.count <= Self.longestGap else { break }
                // A figure in brackets is a sub-part of the one before it (13项(含……5项)): not summed.
                let opened = between(total, next).reduce(0) { depth, scalar in
                    depth + (scalar.isOpeningParenthesis ? 1 : scalar.isClosingParenthesis ? -1 : 0)
                }
                if opened <= 0 { parts.append(next) }
                next += 1
            }
            guard quantities[total].qualifier == .exact,
                  quantities[total].kind == .count || quantities[total].kind == .amount, parts.count >= 2,
                  let firstPart = parts.first else {
                total += 1
                continue
            }
            let whole = quantities[total]
            let gap = between(total, firstPart)
            let listed = gap.firstIndex(of: Self.among) != nil || gap.firstIndex(of: Self.including) != nil
            let complete = parts.last.flatMap { quantities[$0].subject }
                .map { $0.hasPrefix("其他") || $0.hasPrefix("其余") } ?? false
            let sum = parts.reduce(Decimal(0)) { $0 + quantities[$1].value }
            // 分别为: the names are listed before the figures, in the gap after 其中 or with the total itself.
            let respectively = gap.firstIndex(of: Self.respectively)
            let names = respectively.map { Self.names(in: gap[..<$0]) } ?? []
            // 民事、刑事、行政案件共300件，分别为180件、90件、10件: the total names as many kinds as follow.
            let namedWhole = respectively != nil && !listed && names.count < 2
                && Self.names(in: Self.clauseBefore(offset(total), in: source.scalars)).count == parts.count
            // 其中民事案件180件、刑事案件90件、行政案件10件: every kind named, so the parts are the whole.
            let words = names.count == parts.count ? names : parts.enumerated().map { position, part in
                (quantities[part].subject ?? "") + between(position == 0 ? total : parts[position - 1], part).string
            }
            let split = namedWhole || (listed && sum < whole.value && context.splits.isComplete(words))
            if sum != whole.value, (complete || (listed && sum > whole.value) || split) {
                let terms = parts.map { quantities[$0].value.description }.joined(separator: " + ")
                findings.append(Finding(
                    rule: id, severity: split && sum < whole.value ? .warning : .error,
                    message: "分项之和与总数不符：\(terms) = \(sum.description)\(whole.unit ?? "")，总数为\(whole.text)",
                    line: whole.line, column: whole.column,
                    excerpt: ([total] + parts).map { quantities[$0].text }.joined(separator: "，"),
                    expected: whole.value.description, found: sum.description))
            }
            total = next
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
