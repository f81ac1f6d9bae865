/// Finds the phrase a figure measures: 调解案件 in 今年共调解案件3929宗.
///
/// Heuristic, in order:
/// 1. Take the text before the figure back to the clause boundary (，。；：、 brackets), the end of
///    the previous figure, or 40 scalars; short groups in brackets or quotes (村（社区）,
///    “双随机、一公开”) are stepped over, not boundaries.
/// 2. Cut at the last filler (共, 累计, 全年, 其中 …) or strong verb (受理, 开展, 签订, 实现 …) that
///    leaves a noun after it (so 办结率 stays whole, and 综合窗口共 keeps 综合窗口).
/// 3. Strip the end: fillers (达到, 为, 共, 均), comparisons (同比, 较上年, 比法定时限, 由上年的),
///    movement words (下降, 提高) and rank words (排名, 位列, 全省); then the start: 一是, years
///    (2021年), fillers, scopes (全镇, 我市), prepositions (在, 对) and verbs (审查, 培训 …), always
///    leaving at least two scalars; an opener before 率/数/量 builds the noun (及时率).
/// 4. If nothing meaningful is left (在镇, 全镇), or the text before ends in a verb, 的, 等 or an
///    object mark (组织70名执法人员, 聘请的3家法律顾问, 等9个领域, 对全市9个县), take the noun after
///    the unit instead, up to the next verb, adverb, 的, digit or boundary.
/// 5. With nothing after either, keep the text before unless it is only a filler or a verb that
///    names nothing (荣获); a noun-like verb stays (组织培训6期 → 培训).
/// 6. At most 16 scalars: the end of a text before (the head noun is last), the start of a text after.
enum SubjectFinder {
    /// The longest subject, in scalars.
    static let maxLength = 16
    /// How far back the text before a figure is read, in scalars.
    static let lookBehind = 40

    private enum Marks {
        static let afterGong: SmallScalarSet = "享建治同识性产青商赢振"
        static let afterBi: SmallScalarSet = "例重率较对赛武选值"
        static let beforeBi: SmallScalarSet = "占对相评好排类无"
        static let afterJiao: SmallScalarSet = "为大多少高低好快强差早晚长短"
        static let localizers: SmallScalarSet = "中内里等"
        static let nounSuffixes: SmallScalarSet = "率数量度额值"
        static let objectMarks: SmallScalarSet = "对向把将给"
        static let quotes: SmallScalarSet = "“”‘’\"「」『』"
        static let openingQuotes: SmallScalarSet = "“‘「『"
        static let closingQuotes: SmallScalarSet = "”’」』"
    }

    /// Fillers and opening words after whose last occurrence the subject starts.
    private static let cutWords = ScalarTrie(words: [
        "共", "共计", "累计", "合计", "总计", "全年", "今年", "年内", "目前", "截至目前", "其中", "包括", "此外", "另外",
    ], reversed: true)

    /// Verbs that open the counted noun wherever they stand (the noun follows them).
    private static let strongVerbs: [String] = [
        "受理", "开展", "组织", "举办", "举行", "召开", "签订", "签署", "发放", "编印", "印发", "推送", "录入", "聘请", "聘任", "聘用", "出具", "提出",
        "接待", "承办", "收到", "新收", "参加", "建立", "建成", "设立", "设置", "抽取", "排查", "查处", "办结", "审结", "完成", "制定", "出台", "公布",
        "组建", "选树", "汇编", "开通", "纳入", "列入", "取消", "下放", "承接", "新增", "配备", "邀请", "征集", "收集", "梳理", "发现", "移送", "出动",
        "下发", "报送", "化解", "走访", "督促", "新配", "作出", "做出", "做好", "实现", "提供", "支持", "打造", "创建", "培育", "搭建", "增设", "开设", "发布",
        "推出", "印制", "制作", "播放", "张贴", "挽回", "投入", "获评", "获得", "荣获", "评为",
    ]

    /// Verbs stripped only where they open the text (审查合同 → 合同), since they also build nouns (法制审核案件).
    private static let weakVerbs: [String] = [
        "办理", "审查", "审核", "培训", "减少", "精简", "压减", "压缩", "增加", "评查", "检查", "处理", "处罚", "备案", "报备", "公开", "清理", "废止",
        "修改", "修订", "制发", "答复", "解答", "参与", "实施", "落实", "整改", "督办", "给予", "立案", "结案", "推动", "推进", "指导", "帮助", "协助",
        "起草", "持有", "录用", "招录", "覆盖", "涉及", "惠及", "有", "拥有", "共有", "动态调整", "调整", "发生", "完善", "健全", "审议", "修订完善",
    ]

    /// Adverbs, prepositions, times and scopes stripped where they open the text (全年, 共, 在, 全镇, 我市).
    private static let fillers: [String] = [
        "连续", "历时", "用时", "耗时", "累计", "共", "为", "向", "对", "在", "从", "于", "由", "经", "通过", "已", "已经", "先后", "分别", "均",
        "还", "并", "又", "再", "也", "都", "依法", "全面", "积极", "主动", "及时", "全程", "一共", "总共", "共计", "合计", "总计", "了", "的", "今年",
        "去年", "当年", "全年", "年内", "本年度", "年度", "目前", "截至目前", "截至", "至目前", "现有", "已有", "其中", "包括", "此外", "同时", "另外", "全镇",
        "全区", "全市", "全县", "全省", "全旗", "全乡", "全街道", "全系统", "全局", "我镇", "我市", "我区", "我县", "我省", "我局", "我委", "本镇", "本市",
        "本区", "本县", "各级", "各地", "区级", "市级", "县级", "镇级", "成功", "力争", "确保", "努力",
    ]

    /// Words stripped from the end of the text before: fillers, comparisons, movement and rank words.
    /// Values: 1 strip, 0 keep (the word ends the noun).
    private static let trailingWords: ScalarTrie = {
        var trie = ScalarTrie(reversed: true)
        for word in trailingWordList { trie.insert(word, 1) }
        // Endings that look like a filler but are part of the noun: 违法行为, 作为.
        for word in ["行为", "作为", "认为", "因为", "成为", "较为", "占比"] { trie.insert(word, 0) }
        return trie
    }()

    private static let trailingWordList = [
        "达到", "达", "为", "是", "有", "共", "共计", "计", "累计", "合计", "总计", "约", "近", "分别为", "分别", "分别达", "均为", "均达", "已达",
        "已", "了", "的", "等", "同比", "环比", "较上年", "比上年", "较去年", "比去年", "同期", "较上年同期", "比上年同期", "与上年相比", "与去年相比", "比", "较",
        "增长", "增加", "上升", "提高", "提升", "上涨", "下降", "减少", "降低", "压缩", "压减", "缩减", "缩短", "下滑", "回落", "排名", "排位", "位列",
        "位居", "名列", "排在", "居", "至", "到", "由", "从", "对", "向", "把", "将", "给", "中", "前进", "后退", "全国", "全省", "全市", "全区",
        "全县", "超过", "超", "不足", "不到", "将近", "接近", "大约", "达到了", "实现了", "均", "平均", "占", "保持", "保持在", "稳定在", "控制在", "维持在",
        "力争", "确保",
    ]

    private static let strongTrie = ScalarTrie(words: strongVerbs, reversed: true)
    private static let strongForward = ScalarTrie(words: strongVerbs)
    private static let verbs = ScalarTrie(words: strongVerbs + weakVerbs)

    /// Verbs that say nothing about what was counted, so never a subject by themselves (荣获第3名).
    private static let emptyVerbs = ScalarTrie(words: [
        "荣获", "获得", "获评", "评为", "实现", "完成", "达到", "提供", "支持", "打造", "创建", "出动", "新增", "纳入",
        "列入", "有", "共有", "拥有", "投入",
    ])

    /// Words that keep a leading scalar that is also an opener (在线, 和解, 再审).
    private static let protectedWords = [
        "办理时限", "办理时间", "办理环节", "办理时长", "审查意见", "审核意见", "检查组",
        "在线", "在职", "在编", "在建", "在押", "在校", "在岗", "对外", "对口", "为民", "为企", "和解", "再审", "并联", "还款", "经济", "经营", "经费",
        "成功率", "通过率", "有关", "有效", "有序", "有力", "有利", "有机", "连续性", "依法行政", "依法治", "依法执政", "依法决策",
    ]

    /// Values: 1 strip, 0 keep (a protected word).
    private static let leadingWords: ScalarTrie = {
        var trie = ScalarTrie()
        for word in strongVerbs + weakVerbs + fillers { trie.insert(word, 1) }
        for word in protectedWords { trie.insert(word, 0) }
        return trie
    }()

    private static let twoScalarOpeners = (strongVerbs + weakVerbs + fillers).filter { $0.unicodeScalars.count == 2 }
    private static let verbEnding = ScalarTrie(words: twoScalarOpeners + ["对", "向", "为", "的"], reversed: true)
    private static let verbForward = ScalarTrie(words: twoScalarOpeners
        + ["的", "在", "对", "已", "均", "进行", "担任", "作为", "按时", "按期", "如期", "全部"])

    /// Where the subject of the figure spanning `figure` (qualifiers and unit included) stands in `s`; `floor` is
    /// the previous figure's end.
    static func subjectRange(in s: [Unicode.Scalar], figure: Range<Int>, floor: Int) -> Range<Int>? {
        var start = figure.lowerBound
        let limit = max(floor, figure.lowerBound - lookBehind, 0)
        while start > limit {
            if let open = groupStart(s, closingAt: start - 1, floor: limit) {
                start = open      // 村（社区）, “双随机、一公开”: a short group inside the phrase
                continue
            }
            if FigureContext.isBoundary(s[start - 1]) { break }
            start -= 1
        }
        var text = s[start..<figure.lowerBound]
        // 2. Cut at the last filler or strong verb that leaves something after it.
        var end = text.endIndex
        while end > text.startIndex {
            if let found = cutWords.longestMatch(in: s, endingAt: end, floor: text.startIndex),
               !isPartOfWord(s, wordStart: end - found.length, wordEnd: end),
               !stripTrailing(s[end..<text.endIndex]).isEmpty {
                text = s[end..<text.endIndex]
                break
            }
            if strongTrie.longestMatch(in: s, endingAt: end, floor: text.startIndex) != nil,
               stripTrailing(s[end..<text.endIndex]).count >= 2 {
                text = s[end..<text.endIndex]
                break
            }
            end -= 1
        }
        // 3. Strip the end, then the start, keeping at least two scalars.
        var stripped = stripTrailing(text)
        let endsOpen = stripped.last == "的" || text.last == "等" || endsWithObjectMark(text)
            || verbEnding.longestMatch(in: s, endingAt: stripped.endIndex, floor: stripped.startIndex) != nil
        var opensOnly = false       // 组织培训 → 培训, 全镇: nothing but openers
        var shortTail = false       // 在镇: a filler and one scalar
        while true {
            stripped = stripOpeningMarks(stripped)
            guard let found = leadingWords.longestMatch(in: s, from: stripped.startIndex, limit: stripped.endIndex),
                  found.value == 1 else { break }
            if stripped.count - found.length < 2 {
                if stripped.count - found.length == 1, let last = stripped.last, Marks.nounSuffixes.contains(last) {
                    break               // 及时率, 办结率: the opener builds the noun
                }
                if found.length == stripped.count {
                    opensOnly = true
                } else if verbs.longestMatch(in: s, from: stripped.startIndex, limit: stripped.endIndex)?.length
                            != found.length {
                    shortTail = true    // a verb and one scalar (办结率, 化解率) stays whole
                }
                break
            }
            stripped = stripTrailing(stripped.dropFirst(found.length))
        }
        if stripped.count >= 2, !endsOpen, !opensOnly, !shortTail { return finish(stripped, fromEnd: true) }
        // 4. The noun after the figure.
        let after = nounAfter(s, from: figure.upperBound)
        if after.count >= 2 { return finish(after, fromEnd: false) }
        // 5. Nothing after: keep what the text before gave, unless it is only a filler (其中, 全镇, 在镇)
        //    or a verb that names nothing (荣获); a noun-like verb (培训, 审结) stays.
        if shortTail { return nil }
        if opensOnly {
            let whole = stripped.count
            guard verbs.longestMatch(in: s, from: stripped.startIndex, limit: stripped.endIndex)?.length == whole,
                  emptyVerbs.longestMatch(in: s, from: stripped.startIndex, limit: stripped.endIndex)?.length != whole
            else { return nil }
        }
        return finish(stripped, fromEnd: true)
    }

    /// 对全市, 向上级: the object (the counted noun) follows the figure.
    private static func endsWithObjectMark(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = text.endIndex
        if let scope = scopeEnding.longestMatch(in: text, endingAt: end, floor: text.startIndex) {
            end -= scope.length
        }
        return end > text.startIndex && Marks.objectMarks.contains(text[end - 1])
    }

    private static let scopeEnding = ScalarTrie(words: ["全国", "全省", "全市", "全区", "全县", "全镇", "各", "本"],
                                                      reversed: true)

    /// The start of a short bracketed or quoted group whose closing mark is at `close`.
    private static func groupStart(_ s: [Unicode.Scalar], closingAt close: Int, floor: Int) -> Int? {
        let closing = s[close]
        let opening: Unicode.Scalar
        switch closing {
        case "）": opening = "（"
        case ")": opening = "("
        case "”": opening = "“"
        case "’": opening = "‘"
        case "」": opening = "「"
        default: return nil
        }
        var index = close - 1
        while index >= floor, close - index <= 12 {
            if s[index] == opening { return index }
            if s[index] == closing || s[index].isSentenceEnd { return nil }
            index -= 1
        }
        return nil
    }

    /// The closing bracket of a short group opened at `open`, if it closes within 12 scalars.
    private static func groupEnd(_ s: [Unicode.Scalar], openingAt open: Int) -> Int? {
        let closing: Unicode.Scalar = s[open] == "（" ? "）" : ")"
        var index = open + 1
        while index < s.count, index - open <= 12 {
            if s[index] == closing { return index }
            if s[index].isSentenceEnd || s[index] == s[open] { return nil }
            index += 1
        }
        return nil
    }

    /// 公共 and 共享 are not the filler 共.
    private static func isPartOfWord(_ s: [Unicode.Scalar], wordStart: Int, wordEnd: Int) -> Bool {
        guard wordEnd - wordStart == 1, s[wordStart] == "共" else { return false }
        if wordStart > 0, s[wordStart - 1] == "公" { return true }
        if wordEnd < s.count, Marks.afterGong.contains(s[wordEnd]) { return true }
        return false
    }

    /// Strips fillers, comparisons (比法定时限) and movement words from the end; a word is stripped
    /// when it is all that is left, or (for a single scalar) at least two stay (统计 keeps its 计).
    private static func stripTrailing(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var text = text
        while true {
            while let last = text.last,
                  last.isHorizontalSpace || isQuote(last) && !text.dropLast().contains(opening(last)) {
                text = text.dropLast()
            }
            while let found = trailingWords.longestMatch(in: text, endingAt: text.endIndex, floor: text.startIndex),
                  found.value == 1,
                  text.count - found.length >= (found.length >= 2 ? 1 : 2) || found.length == text.count {
                text = text.dropLast(found.length)
            }
            guard let comparison = comparisonStart(text) else { return text }
            text = text[..<comparison]
        }
    }

    /// Where a trailing comparison (比法定时限, 较2020年) starts, if one ends the text.
    private static func comparisonStart(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = text.endIndex - 2
        while index >= text.startIndex + 2, text.endIndex - index <= 8 {
            let scalar = text[index], next = text[index + 1], previous = text[index - 1]
            if scalar == "比", !Marks.afterBi.contains(next),
               !Marks.beforeBi.contains(previous) {
                return index
            }
            if scalar == "较", !Marks.afterJiao.contains(next), previous != "比" {
                return index
            }
            if scalar == "由", next == "上" || next == "去" || next == "原" || next == "前" || next.isDigit {
                return index        // 公开率由上年的 → 公开率
            }
            index -= 1
        }
        return nil
    }

    /// 一是/二是, 2021年, 2021年度, 2023年以来 at the start.
    private static func stripOpeningMarks(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var marker = text.startIndex
        while marker < text.endIndex, marker - text.startIndex < 3,
              ChineseNumeralReader.isNumeralScalar(text[marker]) {
            marker += 1
        }
        if marker > text.startIndex, marker + 1 < text.endIndex, text[marker] == "是" {
            return text[(marker + 1)...]
        }
        var index = text.startIndex
        while index < text.endIndex, text[index].isDigit || text[index] == "〇" || text[index].isHorizontalSpace {
            index += 1
        }
        guard index > text.startIndex, index < text.endIndex, text[index] == "年" else { return text }
        index += 1
        if index < text.endIndex, text[index] == "度" || text[index] == "来" { index += 1 }
        if index + 1 < text.endIndex, text[index] == "以", text[index + 1] == "来" { index += 2 }
        return text[index...]
    }

    /// The counted noun written after the unit: up to a verb, 的, digit, boundary or 16 scalars.
    private static func nounAfter(_ s: [Unicode.Scalar], from index: Int) -> ArraySlice<Unicode.Scalar> {
        var start = index
        while start < s.count, s[start] == "的" || s[start].isHorizontalSpace { start += 1 }
        if let verb = strongForward.longestMatch(in: s, from: start) {
            start += verb.length        // 3年获评先进单位
        }
        var end = start
        while end < s.count, end - start < maxLength {
            let scalar = s[end]
            if scalar == "（" || scalar == "(", let close = groupEnd(s, openingAt: end), close - start < maxLength {
                end = close + 1     // 县（市、区）
                continue
            }
            if FigureContext.isBoundary(scalar) || scalar.isDigit || scalar.isHorizontalSpace { break }
            if end > start, verbForward.longestMatch(in: s, from: end) != nil { break }
            end += 1
        }
        var noun = s[start..<end]
        while let last = noun.last, Marks.localizers.contains(last), noun.count > 2 { noun = noun.dropLast() }
        return noun
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        Marks.quotes.contains(scalar)
    }

    private static func finish(_ text: ArraySlice<Unicode.Scalar>, fromEnd: Bool) -> Range<Int>? {
        var text = text
        // 合格率“两个100%”: the figure sits inside a quotation the text opens; the subject is before it.
        if fromEnd, let open = text.lastIndex(where: { Marks.openingQuotes.contains($0) }),
           !text[open...].contains(where: { Marks.closingQuotes.contains($0) }), open - text.startIndex >= 2 {
            text = text[..<open]
        }
        while let first = text.first, first.isDigit || first.isASCIILetter || first == "." || first == "．" {
            text = text.dropFirst()
        }
        while let first = text.first,
              first.isHorizontalSpace || isQuote(first) && !text.dropFirst().contains(closing(first)) {
            text = text.dropFirst()
        }
        while let last = text.last,
              last.isHorizontalSpace || isQuote(last) && !text.dropLast().contains(opening(last)) {
            text = text.dropLast()
        }
        if text.count > maxLength {
            text = fromEnd ? text.suffix(maxLength) : text.prefix(maxLength)
            while let first = text.first, fromEnd, first.isDigit || first.isASCIILetter { text = text.dropFirst() }
        }
        return text.count >= 2 ? text.indices : nil
    }

    private static func closing(_ quote: Unicode.Scalar) -> Unicode.Scalar {
        switch quote {
        case "“": return "”"
        case "‘": return "’"
        case "「": return "」"
        case "『": return "』"
        default: return quote
        }
    }

    private static func opening(_ quote: Unicode.Scalar) -> Unicode.Scalar {
        switch quote {
        case "”": return "“"
        case "’": return "‘"
        case "」": return "「"
        case "』": return "『"
        default: return quote
        }
    }
}
