/// One figure per indicator in a sentence: the others are stages or parts of the one that counts.
///
/// Reports give a total with its stages and parts in one breath — 收到申请428件，依法受理391件;
/// 受理1586件，办结1498件; 共收到268件，其中当面申请31件 — and the catalogue's wordings match them
/// all. The figure an indicator counts is the 受理 one, else a 收到 one, else the first that is no
/// screening count (排查); a sentence that opens with 其中 goes on with the sentence before it.
/// Figures of one indicator with different statuses or scopes (a baseline and the level reached,
/// the body's total and a county's) are compared only among their own kind: `key` holds all three.
enum IndicatorStages {
    /// Indices into `figures` (in line order) whose key (indicator, status, scope; nil without an
    /// indicator) another figure of their sentence holds.
    static func secondary<Key: Equatable>(_ figures: [(range: Range<Int>, key: Key?)], in line: [Unicode.Scalar]) -> Set<Int> {
        // A sentence holds few figures: a list searched in place beats hashing.
        var best: [(key: Key, index: Int, rank: Int)] = []
        var secondary: Set<Int> = []
        var scanned = 0
        for (index, figure) in figures.enumerated() {
            // Sentences end before this figure: a new sentence, unless it opens with 其中.
            while scanned < figure.range.lowerBound {
                if line[scanned].isSentenceEnd, !opensWithPart(line, after: scanned) { best.removeAll() }
                scanned += 1
            }
            guard let key = figure.key else { continue }
            let rank = stageRank(before: figure.range.lowerBound, in: line)
            if let held = best.firstIndex(where: { $0.key == key }) {
                if rank < best[held].rank {
                    secondary.insert(best[held].index)
                    best[held] = (key, index, rank)
                } else {
                    secondary.insert(index)
                }
            } else {
                best.append((key, index, rank))
            }
        }
        return secondary
    }

    /// Whether the sentence after the end at `index` opens with 其中 (a part of what the sentence before counted).
    private static func opensWithPart(_ line: [Unicode.Scalar], after index: Int) -> Bool {
        var start = index + 1
        while start < line.count, line[start].isHorizontalSpace { start += 1 }
        return start + 1 < line.count && line[start] == "其" && line[start + 1] == "中"
    }

    /// Stage words and their ranks: accepted (受理) 0, received (收到) 1, screened (排查) 3; 不予受理 is no acceptance.
    private static let stages: ScalarTrie = {
        var trie = ScalarTrie()
        trie.insert("受理", 0)
        for word in ["收到", "接收", "收件", "新收"] { trie.insert(word, 1) }
        trie.insert("不予受理", 2)
        for word in ["排查", "摸排"] { trie.insert(word, 3) }
        trie.insert("排查化解", 2)  // screened and resolved: the disputes handled, not a screening count
        return trie
    }()

    /// 0 for a figure its clause says was accepted (受理), 1 received (收到), 2 anything else (办结, 审结, 发生),
    /// 3 a screening count (排查, but not 排查化解).
    private static func stageRank(before start: Int, in line: [Unicode.Scalar]) -> Int {
        var rank = 2
        var index = FigureStatementClassifier.clauseStart(before: start, in: line)
        while index < start {
            if let found = stages.longestMatch(in: line, from: index, limit: start) {
                rank = rank == 2 ? found.value : min(rank, found.value)
                index += found.length
            } else {
                index += 1
            }
        }
        return rank
    }
}
