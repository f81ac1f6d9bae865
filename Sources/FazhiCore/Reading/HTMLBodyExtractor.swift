/// Finds the report body in a saved government web page and renders it as plain text lines.
public enum HTMLBodyExtractor {
    /// The charset declared in a <meta charset> or <meta http-equiv content="…charset=…">, lowercased, scanning only the first 4 KB of raw bytes.
    public static func declaredCharset(in bytes: [UInt8]) -> String? {
        HTMLSniffer.declaredCharset(in: bytes)
    }

    /// Extracts the body text of an HTML document given as decoded source scalars.
    ///
    /// The result starts with the page title and any publication metadata lines (发布时间, 来源,
    /// 索引号, 文号 …) found outside the chosen body, then the body's lines. Table rows become one
    /// line each with cells separated by tabs. Every scalar's origin is its offset in `source.scalars`.
    public static func extract(_ source: SourceText, chrome: HTMLChromeTerms) -> MappedText {
        var renderer = HTMLLayoutRenderer(scalars: source.scalars, chrome: chrome)
        var tokenizer = HTMLTokenizer(scalars: source.scalars)
        while let token = tokenizer.next() {
            renderer.consume(token)
        }
        return renderer.finish()
    }

    /// Whether bytes look like HTML (leading <!DOCTYPE html, <html, <head, <meta, <body, <div … after optional BOM/whitespace).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        HTMLSniffer.looksLikeHTML(bytes)
    }
}

// MARK: - Element classes

/// What the renderer needs to know about element names and class/id tokens.
enum HTMLElementClass {
    /// Elements that start and end a line.
    private static let blocks: [String] = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]
    /// Elements that never have content.
    private static let voids: [String] = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Page chrome whose text is kept aside (for metadata lines) but never scored as body.
    private static let excluded: [String] = ["nav", "header", "footer", "aside"]
    /// Elements whose text is dropped entirely.
    private static let suppressed: [String] = [
        "select", "button", "template", "svg", "math", "object", "canvas", "audio", "video", "datalist", "map",
    ]
    /// Elements allowed in <head>; any other start tag ends the head.
    private static let headContent: [String] = [
        "title", "meta", "link", "script", "style", "base", "noscript", "template", "object", "basefont", "bgsound",
    ]
    /// Elements that may hold the report body.
    private static let containers: [String] = [
        "div", "section", "article", "main", "td", "th", "body", "table", "center", "form",
    ]
    /// Elements that close an open <p> when they start.
    private static let closesParagraph: [String] = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "ul",
    ]
    private static let headings: [String] = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let lists: [String] = ["ul", "ol", "menu", "dir"]

    /// The classes above an element belongs to.
    struct Membership: OptionSet {
        let rawValue: UInt16
        static let block = Membership(rawValue: 1 << 0)
        static let void = Membership(rawValue: 1 << 1)
        static let excluded = Membership(rawValue: 1 << 2)
        static let suppressed = Membership(rawValue: 1 << 3)
        static let headContent = Membership(rawValue: 1 << 4)
        static let container = Membership(rawValue: 1 << 5)
        static let closesParagraph = Membership(rawValue: 1 << 6)
        static let heading = Membership(rawValue: 1 << 7)
        static let list = Membership(rawValue: 1 << 8)
    }

    /// Each listed element's classes, so that a start tag is looked up once rather than once a class.
    private static let memberships: [String: Membership] = {
        var table: [String: Membership] = [:]
        let classes: [([String], Membership)] = [
            (blocks, .block), (voids, .void), (excluded, .excluded), (suppressed, .suppressed), (headContent, .headContent),
            (containers, .container), (closesParagraph, .closesParagraph), (headings, .heading), (lists, .list),
        ]
        for (names, membership) in classes {
            for name in names { table[name, default: []].insert(membership) }
        }
        return table
    }()

    /// The classes of the element `name`.
    static func membership(of name: String) -> Membership {
        memberships[name] ?? []
    }

    /// Class/id fragments used by Chinese government CMSs for the article body (strong evidence).
    static let strongBodyFragments = [
        "trs_editor", "ivs_content", "pages_content", "custom_unionstyle", "zoom", "main-txt", "main_txt",
        "article-content", "article_content", "news_content", "content_text", "detail_content",
        "xxgk_content", "zwnr", "textcontent", "trs_", "ucap-content", "ucap_content", "zw-con", "zw_con",
    ]
    /// Class/id words that weakly suggest a body container (matched against `-`/`_` separated parts).
    static let weakBodyWords: Set<String> = [
        "article", "content", "detail", "xxgk", "view", "con", "text", "txt", "zw", "zhengwen", "body", "wenzhang",
        "wzxq", "zwxl", "nr",
    ]
    /// Class/id words that suggest page chrome (matched against `-`/`_` separated parts).
    static let chromeWords: Set<String> = [
        "nav", "navbar", "menu", "footer", "foot", "header", "top", "bottom", "side", "sidebar", "banner",
        "crumb", "breadcrumb", "share", "related", "xgxw", "xglj", "comment", "copyright", "link", "links",
        "tool", "tools", "toolbar", "print", "search", "login", "ad", "ads", "position", "location", "dqwz",
    ]

    /// The score multiplier for an element's class and id attributes.
    static func boost(classAttribute: String?, id: String?) -> Double {
        var strong = false
        var weak = false
        var chrome = false
        for raw in [classAttribute, id] {
            guard let raw, !raw.isEmpty else { continue }
            let lower = raw.lowercased()
            if strongBodyFragments.contains(where: { lower.containsUTF8($0) }) { strong = true }
            for token in lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                    let word = String(part)
                    if weakBodyWords.contains(word) { weak = true }
                    if chromeWords.contains(word) { chrome = true }
                }
            }
        }
        var boost = strong ? 1.5 : (weak ? 1.2 : 1.0)
        if chrome { boost *= 0.4 }
        return boost
    }
}

// MARK: - Text classes

/// Scalar classes used while rendering text.
enum HTMLTextClass {
    /// Whitespace that collapses to one space (ASCII whitespace, no-break and typographic spaces).
    @inline(__always)
    static func isCollapsibleSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F: return true
        default: return false
        }
    }

    /// Scalars dropped from rendered text (controls, zero-width and direction marks, soft hyphen, BOM).
    @inline(__always)
    static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// A CJK unified ideograph (the unit the body scorer counts).
    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x20000 && value <= 0x2FFFF)
    }

    /// A wide (East Asian) character, between which a source line break renders as nothing.
    @inline(__always)
    static func isWide(_ value: UInt32) -> Bool {
        isCJK(value) || (value >= 0x3000 && value <= 0x303F) || (value >= 0xFF00 && value <= 0xFFEF)
    }

    /// CJK or full-width punctuation (、。，）】 …).
    @inline(__always)
    static func isFullWidthPunctuation(_ value: UInt32) -> Bool {
        (value >= 0x3001 && value <= 0x303F) || (value >= 0xFF01 && value <= 0xFF0F) || (value >= 0xFF1A && value <= 0xFF20)
            || (value >= 0xFF3B && value <= 0xFF40) || (value >= 0xFF5B && value <= 0xFF65)
    }

    /// Chinese sentence punctuation: a sign of running prose.
    @inline(__always)
    static func isProsePunctuation(_ value: UInt32) -> Bool {
        value == 0xFF0C || value == 0x3002 || value == 0xFF1B || value == 0xFF1A || value == 0x3001
    }

    /// Chinese numerals used in outline markers (一、 （二）).
    @inline(__always)
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }
}

/// Terms that mark a block of a page as chrome rather than report text (Resources/html-chrome.txt).
public struct HTMLChromeTerms: Sendable {
    /// Terms keyed by their last scalar.
    let byLastScalar: [UInt32: [[Unicode.Scalar]]]
    /// The terms' last scalars, to skip the dictionary for every other scalar.
    let lastScalars: ScalarBitmap

    /// Indexes the terms (empty ones are ignored, and so are terms ending at or above U+30000, past every script a
    /// chrome term is written in).
    public init(_ terms: [String]) {
        let scalars = terms.map { $0.scalarArray }.filter { !$0.isEmpty }
        byLastScalar = Dictionary(grouping: scalars) { $0.last!.value }
        lastScalars = ScalarBitmap(scalars.map { $0.last!.value })
    }
}

/// Keys that start a publication-metadata line kept ahead of the body.
enum HTMLMetadataKeys {
    static let keys: [[Unicode.Scalar]] = [
        "发布时间", "发布日期", "成文日期", "发文日期", "公开日期", "来源", "索引号", "文号", "发文字号", "发布机构",
    ].map { $0.scalarArray }
    /// Scalars that may follow a key (after optional spaces) for the line to count as metadata.
    static let separators: Set<Unicode.Scalar> = ["：", ":", "\t", "】", "]", "］"]
    /// Longest line treated as metadata.
    static let maxLineLength = 300

    /// Whether a line of rendered text is a publication-metadata line.
    static func isMetadataLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !line.isEmpty, line.count <= maxLineLength else { return false }
        let end = line.endIndex
        var index = line.startIndex
        while index < end {
            for key in keys where index + key.count <= end && line[index] == key[0] {
                if !line[index..<index + key.count].elementsEqual(key) { continue }
                var after = index + key.count
                while after < end, line[after] == " " || line[after] == "\u{3000}" { after += 1 }
                if after < end, separators.contains(line[after]) { return true }
            }
            index += 1
        }
        return false
    }
}

// MARK: - Layout renderer

/// Renders HTML tokens into one text buffer while scoring candidate body containers.
///
/// Open elements live on a flat stack (never a tree, never recursion); each keeps counters of the
/// text rendered inside it, which are added to its parent when it closes. Every element's text is
/// the contiguous buffer range rendered between its start and end, so the best container is just
/// a range of the buffer.
struct HTMLLayoutRenderer {
    private let chrome: HTMLChromeTerms
    /// Counters of the text rendered inside an element.
    struct Stats {
        var cjk = 0
        var linkCJK = 0
        var punctuation = 0
        var markers = 0
        var chrome = 0

        mutating func add(_ other: Stats) {
            cjk += other.cjk
            linkCJK += other.linkCJK
            punctuation += other.punctuation
            markers += other.markers
            chrome += other.chrome
        }

        /// How much this looks like the report body: plain CJK text, prose punctuation and outline
        /// markers count for it; link text and chrome terms against it; the class/id boost scales it.
        func score(boost: Double) -> Double {
            let plain = Double(cjk - linkCJK)
            var score = plain - Double(linkCJK) + 0.5 * Double(punctuation) + 20 * Double(markers) - 30 * Double(chrome)
            if score > 0 { score *= boost }
            return score
        }
    }

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let block = Flags(rawValue: 1 << 0)
        static let cell = Flags(rawValue: 1 << 1)
        static let row = Flags(rawValue: 1 << 2)
        static let table = Flags(rawValue: 1 << 3)
        static let list = Flags(rawValue: 1 << 4)
        static let excluded = Flags(rawValue: 1 << 5)
        static let suppressed = Flags(rawValue: 1 << 6)
        static let candidate = Flags(rawValue: 1 << 7)
        static let link = Flags(rawValue: 1 << 8)
        static let pre = Flags(rawValue: 1 << 9)
    }

    /// One open element.
    struct Element {
        var name: String
        var origin: Int32
        var outStart: Int
        var flags: Flags
        var boost: Double
        var stats = Stats()
        /// For cells: whether anything was rendered inside.
        var cellHasContent = false
        /// For rows: how many cells have started.
        var rowCells = 0
        /// For rows: whether a table is nested inside (a layout row).
        var rowHasTable = false
    }

    /// Whitespace waiting for the next visible scalar on the same line.
    struct PendingSpace {
        var scalar: Unicode.Scalar
        var origin: Int32
        var afterNewline: Bool
    }

    /// Longest table row (in scalars) whose inner line breaks are joined into one line.
    static let maxJoinedRowLength = 2000
    /// Most line breaks per cell a row may hold and still be joined (more means a layout row of paragraphs).
    static let maxJoinedBreaksPerCell = 2
    /// Most pending whitespace scalars kept between two visible scalars.
    static let maxPendingSpaces = 256
    /// Names of <meta> elements that carry the publication date.
    static let publicationDateMetaNames: Set<String> = ["pubdate", "publishdate", "publishtime", "firstpublishedtime"]

    private let scalars: [Unicode.Scalar]
    private var out = MappedText()
    private var stack: [Element]
    private var openByName: [String: [Int]] = [:]
    /// Indices of open block elements and cells (inline end tags never close across them).
    private var blockIndices: [Int] = []
    private var cellIndices: [Int] = []
    private var rowIndices: [Int] = []
    private var tableIndices: [Int] = []
    private var listIndices: [Int] = []
    private var suppressDepth = 0
    private var excludedDepth = 0
    private var excludedStart = 0
    private var excludedRanges: [Range<Int>] = []
    private var preDepth = 0
    private var linkDepth = 0
    private var inHead = false

    private var lineHasContent = false
    /// Where the current line or table cell began in `out` (for outline-marker detection).
    private var segmentStart = 0
    private var pendingBreak: Int32?
    private var pendingTabs: [Int32] = []
    private var pendingSpaces: [PendingSpace] = []
    private var lastContent: UInt32 = 0

    private var title: MappedText?
    private var publicationDateMeta: MappedText?
    private var best: (range: Range<Int>, score: Double, isCell: Bool)?

    init(scalars: [Unicode.Scalar], chrome: HTMLChromeTerms) {
        self.scalars = scalars
        self.chrome = chrome
        let root = Element(name: "#root", origin: 0, outStart: 0, flags: [.candidate], boost: 1)
        stack = [root]
        out.reserveCapacity(min(scalars.count, 1 << 20))
    }

    // MARK: Tokens

    mutating func consume(_ token: HTMLToken) {
        switch token {
        case .text(let range):
            handleText(range)
        case .rawText(let range, let element):
            if element == "title", title == nil, suppressDepth == 0 {
                title = renderInline(range)
            }
        case .startTag(let tag):
            handleStart(tag)
        case .endTag(let name, let offset):
            handleEnd(name, origin: Int32(truncatingIfNeeded: offset))
        }
    }

    private mutating func handleStart(_ tag: HTMLStartTag) {
        let name = tag.name
        let origin = Int32(truncatingIfNeeded: tag.offset)
        let membership = HTMLElementClass.membership(of: name)
        switch name {
        case "html":
            return
        case "head":
            inHead = true
            return
        case "body":
            inHead = false
        case "meta":
            noteMeta(tag)
            return
        default:
            if inHead, !membership.contains(.headContent) { inHead = false }
        }
        if HTMLTokenizer.rawTextElements.contains(name) { return }
        if name == "br" || name == "hr" {
            requestBreak(origin)
            return
        }
        if membership.contains(.void) { return }
        closeImpliedElements(before: name, membership: membership, origin: origin)
        push(tag, membership: membership)
        if tag.selfClosing { popTo(stack.count - 1, origin: origin) }
    }

    private mutating func handleEnd(_ name: String, origin: Int32) {
        switch name {
        case "head":
            inHead = false
            return
        case "html", "body":
            return
        case "br":
            requestBreak(origin)
            return
        default:
            break
        }
        guard let index = openByName[name]?.last else {
            if name == "p" { requestBreak(origin) }
            return
        }
        let flags = stack[index].flags
        let structural: Flags = [.block, .cell, .row, .table, .excluded, .suppressed]
        if flags.isDisjoint(with: structural), let block = blockIndices.last, block > index { return }
        let table = tableIndices.last ?? -1
        if flags.contains(.cell) || flags.contains(.row) {
            guard table < index else { return }
        } else if !flags.contains(.table) {
            guard max(table, cellIndices.last ?? -1) < index else { return }
        }
        popTo(index, origin: origin)
    }

    /// Closes elements that the standard closes implicitly when `name` starts (p, li, dt/dd, tr, td/th, a, headings).
    private mutating func closeImpliedElements(before name: String, membership: HTMLElementClass.Membership,
                                               origin: Int32) {
        if membership.contains(.closesParagraph), let paragraph = openByName["p"]?.last,
           paragraph == blockIndices.last {
            popTo(paragraph, origin: origin)
        }
        if membership.contains(.heading), let top = stack.last,
           HTMLElementClass.membership(of: top.name).contains(.heading) {
            popTo(stack.count - 1, origin: origin)
        }
        switch name {
        case "li":
            if let item = openByName["li"]?.last, item > (listIndices.last ?? -1) { popTo(item, origin: origin) }
        case "dt", "dd":
            let item = max(openByName["dt"]?.last ?? -1, openByName["dd"]?.last ?? -1)
            if item > 0, item > (openByName["dl"]?.last ?? -1) { popTo(item, origin: origin) }
        case "tr":
            if let row = rowIndices.last, row > (tableIndices.last ?? -1) { popTo(row, origin: origin) }
        case "td", "th":
            if let cell = cellIndices.last, cell > max(rowIndices.last ?? -1, tableIndices.last ?? -1) {
                popTo(cell, origin: origin)
            }
        case "a":
            if let link = openByName["a"]?.last, link > (blockIndices.last ?? -1) { popTo(link, origin: origin) }
        default:
            break
        }
    }

    // MARK: Stack

    private mutating func push(_ tag: HTMLStartTag, membership: HTMLElementClass.Membership) {
        let name = tag.name
        let origin = Int32(truncatingIfNeeded: tag.offset)
        var flags: Flags = []
        if membership.contains(.block) { flags.insert(.block) }
        if name == "td" || name == "th" { flags.insert(.cell) }
        if name == "tr" { flags.insert(.row) }
        if name == "table" { flags.insert(.table) }
        if membership.contains(.list) { flags.insert(.list) }
        if membership.contains(.excluded) { flags.insert(.excluded) }
        if membership.contains(.suppressed) { flags.insert(.suppressed) }
        if name == "pre" || name == "listing" { flags.insert(.pre) }
        if name == "a", tag.attribute("href") != nil { flags.insert(.link) }
        let classAttribute = tag.attribute("class")
        let id = tag.attribute("id")
        let boost = classAttribute == nil && id == nil ? 1 : HTMLElementClass.boost(classAttribute: classAttribute, id: id)
        if membership.contains(.container) || boost > 1 { flags.insert(.candidate) }

        if flags.contains(.block) { requestBreak(origin) }
        if flags.contains(.row) { pendingTabs.removeAll(keepingCapacity: true) }
        if flags.contains(.cell), let row = rowIndices.last, row > (tableIndices.last ?? -1) {
            if stack[row].rowCells > 0 {
                pendingSpaces.removeAll(keepingCapacity: true)
                pendingTabs.append(origin)
            }
            stack[row].rowCells += 1
        }
        if flags.contains(.table), let row = rowIndices.last { stack[row].rowHasTable = true }

        let index = stack.count
        if flags.contains(.excluded) {
            if excludedDepth == 0 { excludedStart = out.count }
            excludedDepth += 1
        }
        if flags.contains(.suppressed) { suppressDepth += 1 }
        if flags.contains(.pre) { preDepth += 1 }
        if flags.contains(.link) { linkDepth += 1 }
        stack.append(Element(name: name, origin: origin, outStart: out.count, flags: flags, boost: boost))
        openByName[name, default: []].append(index)
        if flags.contains(.block) || flags.contains(.cell) { blockIndices.append(index) }
        if flags.contains(.cell) { cellIndices.append(index) }
        if flags.contains(.row) { rowIndices.append(index) }
        if flags.contains(.table) { tableIndices.append(index) }
        if flags.contains(.list) { listIndices.append(index) }
    }

    /// Pops elements until the one at `index` has been popped (the root is never popped).
    private mutating func popTo(_ index: Int, origin: Int32) {
        let target = max(index, 1)
        while stack.count > target { popElement(origin: origin) }
    }

    private mutating func popElement(origin: Int32) {
        let element = stack.removeLast()
        let flags = element.flags
        _ = openByName[element.name]?.popLast()
        if flags.contains(.block) || flags.contains(.cell) { _ = blockIndices.popLast() }
        if flags.contains(.cell) { _ = cellIndices.popLast() }
        if flags.contains(.row) { _ = rowIndices.popLast() }
        if flags.contains(.table) { _ = tableIndices.popLast() }
        if flags.contains(.list) { _ = listIndices.popLast() }
        if flags.contains(.suppressed) { suppressDepth -= 1 }
        if flags.contains(.pre) { preDepth -= 1 }
        if flags.contains(.link) { linkDepth -= 1 }
        if flags.contains(.excluded) {
            excludedDepth -= 1
            if excludedDepth == 0, out.count > excludedStart { excludedRanges.append(excludedStart..<out.count) }
        }

        if flags.contains(.cell), element.cellHasContent {
            // A cell's trailing paragraph break is absorbed by the tab before the next cell.
            pendingBreak = nil
            pendingSpaces.removeAll(keepingCapacity: true)
            if let outer = cellIndices.last { stack[outer].cellHasContent = true }
        }
        if flags.contains(.row) {
            pendingTabs.removeAll(keepingCapacity: true)
            joinRowLines(element)
        }
        if flags.contains(.block) { requestBreak(origin) }

        if !flags.contains(.excluded) { stack[stack.count - 1].stats.add(element.stats) }
        if flags.contains(.candidate), excludedDepth == 0, suppressDepth == 0, !flags.contains(.excluded) {
            consider(element.outStart..<out.count, score: element.stats.score(boost: element.boost), isCell: flags.contains(.cell))
        }
    }

    /// Renders a data-table row (two or more cells, no nested table, few breaks) on one line: breaks inside cells become spaces.
    private mutating func joinRowLines(_ row: Element) {
        guard row.rowCells >= 2, !row.rowHasTable, out.count - row.outStart <= Self.maxJoinedRowLength else { return }
        var start = row.outStart
        if start < out.count, out.scalars[start] == "\n" { start += 1 }
        let breaks = out.scalars[start...].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        guard breaks > 0, breaks <= Self.maxJoinedBreaksPerCell * row.rowCells else { return }
        for index in start..<out.count where out.scalars[index] == "\n" {
            out.replaceScalar(at: index, with: " ")
        }
    }

    private mutating func consider(_ range: Range<Int>, score: Double, isCell: Bool = false) {
        if let best, best.score >= score { return }
        best = (range, score, isCell)
    }

    private mutating func noteMeta(_ tag: HTMLStartTag) {
        guard publicationDateMeta == nil, let name = tag.attribute("name")?.lowercased(),
              Self.publicationDateMetaNames.contains(name),
              let content = tag.attribute("content"), !content.isEmpty else { return }
        publicationDateMeta = MappedText("发布时间：" + content, origin: Int32(truncatingIfNeeded: tag.offset))
    }

    // MARK: Text

    private mutating func handleText(_ range: Range<Int>) {
        if inHead {
            guard scalars[range].contains(where: { !HTMLScalar.isSpace($0) }) else { return }
            inHead = false
        }
        guard suppressDepth == 0 else { return }
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            if scalar == "&", let (decoded, length) = HTMLEntity.decode(scalars, at: index, end: end) {
                feed(decoded, origin: Int32(truncatingIfNeeded: index))
                index += length
            } else {
                feed(scalar, origin: Int32(truncatingIfNeeded: index))
                index += 1
            }
        }
    }

    /// Whether the next visible scalar would start a line or a table cell.
    private var atSegmentStart: Bool {
        if !lineHasContent || pendingBreak != nil || !pendingTabs.isEmpty { return true }
        if let cell = cellIndices.last, !stack[cell].cellHasContent { return true }
        return false
    }

    private mutating func feed(_ scalar: Unicode.Scalar, origin: Int32) {
        let value = scalar.value
        if HTMLTextClass.isCollapsibleSpace(value) {
            let newline = value == 0x0A || value == 0x0D
            if preDepth > 0, newline {
                requestBreak(origin)
            } else {
                addPendingSpace(" ", origin: origin, afterNewline: newline)
            }
            return
        }
        if HTMLTextClass.isIgnorable(value) { return }
        if value == 0x3000 {
            // Full-width spaces indent paragraphs: dropped at a line start, kept inside a line.
            addPendingSpace(scalar, origin: origin, afterNewline: false)
            return
        }
        emit(scalar, origin: origin)
    }

    private mutating func addPendingSpace(_ scalar: Unicode.Scalar, origin: Int32, afterNewline: Bool) {
        guard !atSegmentStart else { return }
        if scalar == " ", let last = pendingSpaces.indices.last, pendingSpaces[last].scalar == " " {
            if afterNewline { pendingSpaces[last].afterNewline = true }
            return
        }
        guard pendingSpaces.count < Self.maxPendingSpaces else { return }
        pendingSpaces.append(PendingSpace(scalar: scalar, origin: origin, afterNewline: afterNewline))
    }

    /// Asks for a line break before the next visible scalar; ignored at the start of a line or an empty cell.
    private mutating func requestBreak(_ origin: Int32) {
        pendingSpaces.removeAll(keepingCapacity: true)
        guard lineHasContent, pendingBreak == nil else { return }
        if let cell = cellIndices.last, !stack[cell].cellHasContent { return }
        pendingBreak = origin
    }

    /// Appends a visible scalar, first flushing any pending line break, cell tabs and spaces.
    private mutating func emit(_ scalar: Unicode.Scalar, origin: Int32) {
        let value = scalar.value
        if let origin = pendingBreak {
            out.append("\n", origin: origin)
            pendingBreak = nil
            lineHasContent = false
            segmentStart = out.count
            lastContent = 0
        }
        if !pendingTabs.isEmpty {
            for tab in pendingTabs { out.append("\t", origin: tab) }
            pendingTabs.removeAll(keepingCapacity: true)
            pendingSpaces.removeAll(keepingCapacity: true)
            segmentStart = out.count
            lastContent = 0
        }
        if !pendingSpaces.isEmpty {
            for space in pendingSpaces {
                // A source line break between two wide characters renders as nothing (CSS segment-break
                // rule), and filler after full-width punctuation (Word's "一、&nbsp;&nbsp;") is dropped.
                if space.scalar == " ", HTMLTextClass.isWide(value),
                   (space.afterNewline && HTMLTextClass.isWide(lastContent)) || HTMLTextClass.isFullWidthPunctuation(lastContent) {
                    continue
                }
                out.append(space.scalar, origin: space.origin)
            }
            pendingSpaces.removeAll(keepingCapacity: true)
        }
        out.append(scalar, origin: origin)
        lineHasContent = true
        lastContent = value
        if let cell = cellIndices.last, !stack[cell].cellHasContent {
            stack[cell].cellHasContent = true
            segmentStart = max(segmentStart, out.count - 1)
        }

        let top = stack.count - 1
        if HTMLTextClass.isCJK(value) {
            stack[top].stats.cjk += 1
            if linkDepth > 0 { stack[top].stats.linkCJK += 1 }
        } else if HTMLTextClass.isProsePunctuation(value) {
            if linkDepth == 0 { stack[top].stats.punctuation += 1 }
            if value == 0x3001, endsOutlineMarker(value) { stack[top].stats.markers += 1 }
        } else if value == 0xFF09 || value == 0x29, endsOutlineMarker(value) {
            stack[top].stats.markers += 1
        }
        if chrome.lastScalars.contains(value), let terms = chrome.byLastScalar[value] {
            for term in terms where out.count >= term.count
                && out.scalars[(out.count - term.count)...].elementsEqual(term) {
                stack[top].stats.chrome += 1
            }
        }
    }

    /// Whether the scalar just appended closes an outline marker at the start of its line: 一、 （一） (一).
    private func endsOutlineMarker(_ value: UInt32) -> Bool {
        let end = out.count - 1
        let start = segmentStart
        let length = end - start
        if value == 0x3001 {
            guard (1...3).contains(length) else { return false }
            return out.scalars[start..<end].allSatisfy(HTMLTextClass.isChineseNumeral)
        }
        guard (2...4).contains(length), out.scalars[start] == "（" || out.scalars[start] == "(" else { return false }
        return out.scalars[(start + 1)..<end].allSatisfy(HTMLTextClass.isChineseNumeral)
    }

    /// Renders an RCDATA range (the page title) on one line.
    private func renderInline(_ range: Range<Int>) -> MappedText {
        var text = MappedText()
        var pendingSpace: Int32?
        var index = range.lowerBound
        let end = range.upperBound
        while index < end, text.count < 1000 {
            var scalar = scalars[index]
            let origin = Int32(truncatingIfNeeded: index)
            if scalar == "&", let (decoded, length) = HTMLEntity.decode(scalars, at: index, end: end) {
                scalar = decoded
                index += length
            } else {
                index += 1
            }
            let value = scalar.value
            if HTMLTextClass.isCollapsibleSpace(value) || value == 0x3000 {
                if !text.isEmpty, pendingSpace == nil { pendingSpace = origin }
            } else if !HTMLTextClass.isIgnorable(value) {
                if let space = pendingSpace {
                    text.append(" ", origin: space)
                    pendingSpace = nil
                }
                text.append(scalar, origin: origin)
            }
        }
        return text
    }

    // MARK: Result

    /// Closes everything still open, picks the body and assembles title, metadata lines and body text.
    mutating func finish() -> MappedText {
        let endOrigin = Int32(truncatingIfNeeded: max(scalars.count - 1, 0))
        while stack.count > 1 { popElement(origin: endOrigin) }
        consider(0..<out.count, score: stack[0].stats.score(boost: 1))
        let chosen = best.flatMap { $0.score > 0 ? $0 : nil }
        let body = chosen?.range ?? 0..<out.count

        var result = MappedText()
        result.reserveCapacity(body.count + 512)
        var seen = Set<String>()
        if let title, !title.isEmpty {
            appendLine(title, 0..<title.count, to: &result)
            seen.insert(title.string)
        }
        var hasDate = false
        for segment in outsideSegments(of: body) {
            var lineStart = segment.lowerBound
            for index in segment.lowerBound...segment.upperBound
            where index == segment.upperBound || out.scalars[index] == "\n" {
                let line = out.scalars[lineStart..<index]
                lineStart = index + 1
                guard HTMLMetadataKeys.isMetadataLine(line) else { continue }
                let text = line.string
                guard seen.insert(text).inserted else { continue }
                if text.contains("发布时间") || text.contains("发布日期") { hasDate = true }
                appendLine(out, line.startIndex..<line.endIndex, to: &result)
            }
        }
        if !hasDate, let meta = publicationDateMeta {
            appendLine(meta, 0..<meta.count, to: &result)
        }
        appendBody(body, skippingLeadingTabs: chosen?.isCell ?? false, to: &result)
        return result
    }

    /// The parts of the buffer outside the body: before it, chrome ranges inside it, and after it.
    private func outsideSegments(of body: Range<Int>) -> [Range<Int>] {
        var segments = [0..<body.lowerBound]
        for range in excludedRanges where range.overlaps(body) {
            segments.append(range.clamped(to: body))
        }
        segments.append(body.upperBound..<out.count)
        return segments.filter { !$0.isEmpty }
    }

    private func appendLine(_ text: MappedText, _ line: Range<Int>, to result: inout MappedText) {
        guard !line.isEmpty else { return }
        if !result.isEmpty { result.append("\n", origin: text.origins[line.lowerBound]) }
        result.append(text, range: line)
    }

    /// Appends the body range minus chrome ranges, without empty lines or a trailing newline.
    ///
    /// A table cell chosen as the body starts with the tab that separated it from the previous cell; it is skipped.
    private func appendBody(_ body: Range<Int>, skippingLeadingTabs: Bool, to result: inout MappedText) {
        var skipTabs = skippingLeadingTabs
        var needsNewline = !result.isEmpty
        var newlineOrigin: Int32?
        var pieces: [Range<Int>] = []
        var cursor = body.lowerBound
        for range in excludedRanges where range.overlaps(body) {
            let clamped = range.clamped(to: body)
            if clamped.lowerBound > cursor { pieces.append(cursor..<clamped.lowerBound) }
            cursor = max(cursor, clamped.upperBound)
        }
        if cursor < body.upperBound { pieces.append(cursor..<body.upperBound) }
        for piece in pieces {
            var index = piece.lowerBound
            while index < piece.upperBound {
                let scalar = out.scalars[index]
                let origin = out.origins[index]
                if skipTabs, scalar == "\t" || scalar == "\n" {
                    index += 1
                    continue
                }
                skipTabs = false
                if scalar == "\n" {
                    if !result.isEmpty {
                        needsNewline = true
                        if newlineOrigin == nil { newlineOrigin = origin }
                    }
                    index += 1
                    continue
                }
                if needsNewline {
                    result.append("\n", origin: newlineOrigin ?? origin)
                    needsNewline = false
                    newlineOrigin = nil
                }
                // The rest of the line is copied whole.
                var end = index + 1
                while end < piece.upperBound, out.scalars[end] != "\n" { end += 1 }
                result.append(out, range: index..<end)
                index = end
            }
        }
    }
}
