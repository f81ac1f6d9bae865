/// The words around a figure that qualify it: 近/约/超过 before, 以上/左右/内 after,
/// 同比下降/提高 (a change), 排名/位列 (a rank).
enum FigureContext {
    /// Trie values: a qualifier's index in `Qualifier.allCases`, or this for a word that ends in a
    /// qualifier character but is not one (最近, 制约, 签约).
    private static let notQualifier = 100

    private static func code(_ qualifier: Qualifier) -> Int { Qualifier.allCases.firstIndex(of: qualifier)! }

    private static func qualifier(_ code: Int) -> Qualifier? {
        code < Qualifier.allCases.count ? Qualifier.allCases[code] : nil
    }

    /// Qualifier words that touch the figure from the left, matched backward, longest first.
    private static let prefixes: ScalarTrie = {
        var trie = ScalarTrie(reversed: true)
        for word in ["近", "将近", "接近", "不足", "不到", "未满", "不满", "不超过", "低于", "少于", "小于"] {
            trie.insert(word, code(.lessThan))
        }
        for word in ["约", "大约", "约为", "大概", "大致", "约计"] { trie.insert(word, code(.about)) }
        for word in ["超", "超过", "逾", "多于", "不少于", "不低于", "至少", "最少", "高于", "超出"] {
            trie.insert(word, code(.atLeast))
        }
        for word in ["最近", "附近", "邻近", "亲近", "靠近", "临近", "就近", "制约", "节约", "签约", "预约", "违约", "履约",
                     "合约", "公约", "契约", "条约", "邀约", "特约", "相约", "解约", "租约", "如约", "守约", "集约",
                     "赶超", "高超"] {
            trie.insert(word, notQualifier)
        }
        return trie
    }()

    /// A qualifier written some words before the verb that governs the figure (至少组织1次).
    private static let distantAtLeastWords = ScalarTrie(words: ["至少", "不少于"], reversed: true)

    /// Qualifier words right after the figure (or its unit), matched forward, longest first.
    private static let suffixes: ScalarTrie = {
        var trie = ScalarTrie()
        for word in ["以上", "之上"] { trie.insert(word, code(.atLeast)) }
        for word in ["以下", "以内", "之内"] { trie.insert(word, code(.lessThan)) }
        trie.insert("左右", code(.about))
        return trie
    }()

    /// Words of movement that may stand up to four scalars before a figure.
    /// Values: 0 increase, 1 decrease.
    private static let changes: ScalarTrie = {
        var trie = ScalarTrie(reversed: true)
        for word in ["增长", "增加", "上升", "提高", "提升", "上涨", "增多", "攀升", "递增", "增幅", "涨幅", "提速", "前进",
                     "同比增", "环比增", "比上年增", "较上年增", "比去年增", "较去年增"] {
            trie.insert(word, 0)
        }
        for word in ["下降", "减少", "降低", "压缩", "压减", "缩减", "缩短", "下滑", "回落", "降幅", "减幅", "后退", "精简",
                     "同比降", "同比减", "环比降", "环比减", "比上年降", "较上年降", "比上年减", "较上年减"] {
            trie.insert(word, 1)
        }
        return trie
    }()

    /// Words that make a 第-ordinal a rank when they stand shortly before it (排名第二, 位列全国第一).
    private static let rankCues = ScalarTrie(words: [
        "排名", "排位", "位列", "位居", "名列", "排在", "排行", "居全", "列全", "全国", "全省", "全市", "全区", "全县", "全州",
        "同类", "同级",
    ], reversed: true)

    /// Units that make a 第-ordinal a rank by themselves (第3名, 第一位).
    static let rankUnits: Set<String> = ["名", "位", "名次"]

    /// Scalars that end a clause for context searches (brackets by a switch: a static set is a call to its one-time
    /// initialiser at each use, and this is asked of every scalar around a figure).
    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isSentenceEnd || scalar.isClausePunctuation || scalar.isOpeningParenthesis || scalar.isClosingParenthesis {
            return true
        }
        switch scalar {
        case "【", "】", "[", "]", "《", "》": return true
        default: return false
        }
    }

    /// The qualifier word starting at `start` after the figure (以上, 左右): (qualifier, length).
    static func suffix(_ s: [Unicode.Scalar], at start: Int) -> (qualifier: Qualifier, length: Int)? {
        guard let found = suffixes.longestMatch(in: s, from: start), let qualifier = qualifier(found.value) else {
            return nil
        }
        return (qualifier, found.length)
    }

    /// The qualifier touching the figure at `start` from the left: (qualifier, its first scalar).
    static func prefix(_ s: [Unicode.Scalar], before start: Int) -> (qualifier: Qualifier, start: Int)? {
        guard let found = prefixes.longestMatch(in: s, endingAt: start, floor: max(0, start - 4)),
              let qualifier = qualifier(found.value) else { return nil }
        return (qualifier, start - found.length)
    }

    /// 至少 a few words before the figure, inside its clause (至少组织1次).
    static func distantAtLeast(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        var end = start
        while end > 0, start - end <= 6 {
            let scalar = s[end - 1]
            if isBoundary(scalar) || scalar.isDigit { return false }
            if distantAtLeastWords.longestMatch(in: s, endingAt: end, floor: max(0, end - 3)) != nil { return true }
            end -= 1
        }
        return false
    }

    /// The movement word ending at most four scalars before `start`, unless the figure is the level
    /// reached (提高到98%).
    static func change(_ s: [Unicode.Scalar], before start: Int) -> Change? {
        guard start > 0, s[start - 1] != "至", s[start - 1] != "到" else { return nil }
        var end = start
        while end > 0, start - end <= 4 {
            if let found = changes.longestMatch(in: s, endingAt: end, floor: max(0, end - 5)) {
                return found.value == 0 ? .increase : .decrease
            }
            let scalar = s[end - 1]
            if isBoundary(scalar) || scalar.isDigit || scalar.isHorizontalSpace { return nil }
            end -= 1
        }
        return nil
    }

    /// Whether a rank cue stands within eight scalars before 第 at `ordinal`, inside its clause.
    static func hasRankCue(_ s: [Unicode.Scalar], ordinal: Int) -> Bool {
        var end = ordinal
        while end > 0, ordinal - end <= 8 {
            if rankCues.longestMatch(in: s, endingAt: end, floor: max(0, end - 3)) != nil { return true }
            let scalar = s[end - 1]
            if isBoundary(scalar) || scalar.isDigit { return false }
            end -= 1
        }
        return false
    }
}
