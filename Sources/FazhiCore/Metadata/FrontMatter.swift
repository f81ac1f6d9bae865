/// What the lines above a report's body say: title, document number, signer, addressees, web dates.
struct FrontMatter {
    var title: String?
    var docNumber: String?
    var signer: String?
    var recipients: [String] = []
    var publishedDate: String?

    /// Reads the front matter from the lines before `bodyStart` and from removed chrome lines.
    init(lines: [TextLine], bodyStart: Int, chrome: [TextLine], words: FrontMatterWords) {
        let front = lines[0..<Self.frontEnd(lines, bodyStart: bodyStart)]
        for line in front + chrome {
            let scalars = Array(line.scalars)
            if docNumber == nil, let (number, _) = DocumentNumberScanner.first(in: scalars[...]) { docNumber = number }
            if signer == nil, let name = Self.signer(in: line.text) { signer = name }
        }
        for (index, line) in zip(front.indices, front) {
            if title == nil, index + 1 < front.endIndex, Self.title(fromPageTitle: line.text, words: words) == nil,
               // The second half is no title of its own, or the first half ends at the year (…事务局2024年度).
               Self.title(fromPageTitle: front[index + 1].text, words: words) == nil || ReportYearFinder.firstYear(in: line.text) != nil,
               Self.isTitleFragment(line.text), Self.isTitleFragment(front[index + 1].text),
               let joined = Self.title(from: line.text + front[index + 1].text, words: words) {
                // A title broken after its first half: 吴兴区退役军人事务局2024年度 / 法治政府建设工作报告.
                title = joined
            }
            if title == nil, let candidate = Self.title(fromPageTitle: line.text, words: words) {
                title = candidate
                // A title set in two lines: 开化县人民政府 / 关于2022年度法治政府建设情况的报告 (or 2022年度…报告).
                if candidate.hasPrefix("关于") || ReportYearFinder.leadingYear(candidate) != nil, index > front.startIndex,
                   case let issuer = front[index - 1].text, issuer.unicodeScalars.count <= 40,
                   words.endsAsOrgan(issuer),
                   !issuer.unicodeScalars.contains(where: { $0.isSentenceEnd || $0.isClausePunctuation }) {
                    title = issuer + candidate
                }
            }
            if recipients.isEmpty, let addressees = Self.recipients(from: line.text, words: words) { recipients = addressees }
        }
        if title == nil {
            for line in chrome where Self.strippingLabel(Array(line.scalars)[...]).count < line.scalars.count {
                title = Self.title(from: line.text, words: words)
                if title != nil { break }
            }
        }
        publishedDate = Self.publishedDate(in: chrome + front)
    }

    /// The end of the front zone: the first heading, or the first long paragraph before it.
    private static func frontEnd(_ lines: [TextLine], bodyStart: Int) -> Int {
        let limit = min(bodyStart, lines.count)
        for index in 0..<limit {
            let text = lines[index].text
            // Prose opens the body; a long line of page metadata (索引号 | … | 成文日期) does not.
            let prose = text.unicodeScalars.contains { $0 == "，" || $0 == "。" || $0 == "," }
            if (text.unicodeScalars.count >= 60 && prose) || text.containsUTF8("如下") { return index }
        }
        return limit
    }

    /// A title in a line that may be a web page's title, whose segments are joined by _, | or -.
    static func title(fromPageTitle line: String, words: FrontMatterWords) -> String? {
        if let title = title(from: line, words: words) { return title }
        let segments = line.unicodeScalars.split(whereSeparator: { $0 == "_" || $0 == "|" || $0 == "｜" }).map(String.init)
            + line.components(separatedBy: " - ")
        return segments.count > 1 ? segments.lazy.compactMap { title(from: $0, words: words) }.first : nil
    }

    /// A title in a line, without a 标题: label, a leading document number or 【tag】; nil when the line is no title.
    static func title(from line: String, words: FrontMatterWords) -> String? {
        var scalars = strippingLabel(line.scalarArray[...])
        if let (_, range) = DocumentNumberScanner.first(in: scalars), range.lowerBound == scalars.startIndex {
            scalars = scalars[range.upperBound...]
        }
        // A page's tag before the title: 【权威发布】, 【政策解读】.
        if scalars.first == "【", let close = scalars.prefix(12).firstIndex(of: "】") { scalars = scalars[(close + 1)...] }
        while let first = scalars.first, first.isHorizontalSpace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isHorizontalSpace { scalars = scalars.dropLast() }
        guard scalars.count >= 6, scalars.count <= 80, !scalars.contains(where: \.isSentenceEnd),
              let last = scalars.last, last != ":", last != "：", let first = scalars.first, first != "（", first != "("
        else { return nil }
        let text = scalars.string
        // 报告 and 报告书 alike.
        let withoutShu = last == "书" ? scalars.dropLast().string : nil
        guard words.documentTypes.contains(where: { text.hasSuffixUTF8($0) || withoutShu?.hasSuffixUTF8($0) == true })
                || text.hasSuffixUTF8("情况") && text.containsUTF8("法治")
        else { return nil }
        return text
    }

    /// A short line without sentence punctuation that may be half of a broken title.
    private static func isTitleFragment(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        return (4...40).contains(scalars.count) && !scalars.contains(where: { $0.isSentenceEnd || $0.isClausePunctuation || $0 == ":" || $0 == "：" })
    }

    /// Labels of a page's title field: 标题, 名称, 题目 (spaced out as 标  题 or 名 称 on many pages).
    private static let titleLabels: [[Unicode.Scalar]] = ["标题", "名称", "题目", "文件名称"].map { $0.scalarArray }

    /// The line without a leading title label and its colon: 名 称: X → X.
    static func strippingLabel(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var cursor = line.startIndex, letters: [Unicode.Scalar] = []
        while cursor < line.endIndex, letters.count < 4, line[cursor].isHan || line[cursor].isHorizontalSpace {
            if line[cursor].isHan { letters.append(line[cursor]) }
            cursor += 1
            if titleLabels.contains(letters) { break }
        }
        guard titleLabels.contains(letters) else { return line }
        var rest = line[cursor...]
        while let first = rest.first, first.isHorizontalSpace || first == ":" || first == "：" { rest = rest.dropFirst() }
        return rest
    }

    /// Addressees in a line such as 大连市人民政府：, split at 、 and ，.
    private static func recipients(from line: String, words: FrontMatterWords) -> [String]? {
        var scalars = line.scalarArray[...]
        guard let last = scalars.last, last == ":" || last == "：", scalars.count <= 60 else { return nil }
        scalars = scalars.dropLast()
        let names = scalars.string.split(whereSeparator: { "、，,；; ".contains($0) }).map(String.init)
        guard !names.isEmpty, names.allSatisfy(words.endsAsOrgan),
              !line.containsUTF8("签发") else { return nil }
        return names
    }

    private static func signer(in line: String) -> String? {
        guard let range = line.firstUTF8Range(of: "签发人") else { return nil }
        var scalars = Array(line[range.upperBound...].unicodeScalars)[...]
        while let first = scalars.first, first == ":" || first == "：" || first.isHorizontalSpace { scalars = scalars.dropFirst() }
        let name = scalars.prefix { $0.isHan }
        return (2...4).contains(name.count) ? name.string : nil
    }

    /// The publication date: from a 发布日期-style label first, then a date alone on a chrome line.
    private static func publishedDate(in lines: [TextLine]) -> String? {
        let labels = ["发布时间", "发布日期", "发布于", "发表时间", "日期"]
        for label in labels {
            for line in lines where line.text.containsUTF8(label) {
                let scalars = Array(line.scalars)
                guard let start = line.text.firstUTF8Range(of: label).map({ line.text.unicodeScalars.distance(
                    from: line.text.unicodeScalars.startIndex, to: $0.lowerBound) }) else { continue }
                let window = scalars[start..<min(scalars.count, start + label.unicodeScalars.count + 24)]
                if let (iso, _) = DateParser.firstDate(in: window) { return iso }
            }
        }
        for line in lines {
            if let iso = DateParser.dateAlone(Array(line.scalars)[...]) { return iso }
        }
        return nil
    }
}
