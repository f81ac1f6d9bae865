// Fictional annual reports on building a rule-of-law government, generated for benchmarks.
//
// Every sentence below was written for Fazhi; place names are real divisions, all content and
// figures are invented. Reports are assembled from fragments that are parsed once into UTF-8
// bytes, so generation is a sequence of byte appends (no regular expressions, no Foundation).

/// Deterministically generates realistic fictional annual reports for benchmarks.
///
/// Each report is a function of the seed and its index alone, so `report(i)` is random access
/// and two generators with the same seed agree on every report:
///
/// ```swift
/// let corpus = SyntheticReports(seed: 42)
/// let (name, text) = corpus.report(7)      // "synthetic-000007-2021.txt", ~8 KB of text
/// let truth = corpus.expected(7)           // what an analyser should find in it
/// ```
///
/// A report has a title, optional web-page chrome, optional 文号 and addressee, an opening
/// paragraph, three to six first-level headings (一、) with second-level headings (（一）), the
/// mandated parts, a signature and a date. About one report in ten carries one injected defect
/// (see ``Defect``). Reports are 3–20 KB of UTF-8, typically about 8 KB.
public struct SyntheticReports: Sendable {
    /// The seed every report is derived from.
    public let seed: UInt64

    /// Creates a generator; the same seed always yields the same reports.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The report with this index: a file name and its UTF-8 text.
    public func report(_ index: Int) -> (name: String, text: String) {
        var composer = Composer(seed: seed, index: index, recording: false)
        composer.compose()
        return (composer.fileName(), composer.text())
    }

    /// What a careful reader finds in the report with this index.
    ///
    /// Costs as much as generating the report, since the headings are decided while writing.
    public func expected(_ index: Int) -> Expected {
        var composer = Composer(seed: seed, index: index, recording: true)
        composer.compose()
        return composer.expected
    }

    /// A defect injected into about one report in ten.
    public enum Defect: String, Sendable, Hashable, CaseIterable, Codable {
        /// A second-level heading between numbered siblings lost its （N） marker.
        case lostHeadingMarker
        /// One paragraph of the main part appears twice in a row.
        case repeatedParagraph
        /// A year in the plans was left as the template placeholder 20xx.
        case yearPlaceholder
        /// One percentage contradicts the counts it is computed from.
        case percentageMismatch
    }

    /// The metadata, outline and defect of one generated report, as a careful reader sees them.
    public struct Expected: Sendable, Hashable, Codable {
        /// The title line.
        public var title: String
        /// The reporting body, e.g. 开化县人民政府 or 绵阳市司法局.
        public var body: String
        /// The division the body belongs to, e.g. 开化县.
        public var regionName: String
        /// `province`, `prefecture`, `county`, `township` or `department`.
        public var level: String
        /// The division's type, e.g. 县, 县级市, 区, 镇, 街道, 自治州.
        public var divisionType: String
        /// The prefecture-level division (itself for a prefecture).
        public var prefecture: String
        /// The province-level division.
        public var province: String
        /// The year reported on.
        public var reportYear: Int
        /// The addressees named before the opening paragraph.
        public var recipients: [String]
        /// The date under the signature, `yyyy-MM-dd`.
        public var signedDate: String
        /// The web publication date from the page chrome, if the report has chrome.
        public var publishedDate: String?
        /// The document number (文号), if any.
        public var docNumber: String?
        /// The first-level headings, without their markers, in order.
        public var firstLevelHeadings: [String]
        /// The mandated parts present: achievements, firstResponsible, shortcomings, plans,
        /// rectification, other.
        public var parts: [String]
        /// The injected defect, if any.
        public var defect: Defect?
    }
}

// MARK: - Random numbers

extension SyntheticReports {
    /// Random choices for one report, drawn from `SplitMix64` seeded by (seed, index).
    fileprivate struct Dice {
        private var generator: SplitMix64

        init(seed: UInt64, index: Int) {
            var first = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* (UInt64(truncatingIfNeeded: index) &+ 1))
            let mixed = first.next() ^ seed.rotatedLeft(by: 29)
            generator = SplitMix64(seed: mixed &- 0x9E37_79B9_7F4A_7C15 &* 2)
            _ = generator.next()
        }

        mutating func next() -> UInt64 { generator.next() }

        /// A uniform integer in `lower...upper`.
        mutating func int(_ lower: Int, _ upper: Int) -> Int {
            if upper <= lower { return lower }
            let span = UInt64(upper - lower + 1)
            return lower + Int(next().multipliedFullWidth(by: span).high)
        }

        /// True with probability `percent`/100.
        mutating func chance(_ percent: Int) -> Bool {
            int(0, 99) < percent
        }

        mutating func pick<T>(_ items: [T]) -> T {
            items[int(0, items.count - 1)]
        }
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}

// MARK: - Templates

extension SyntheticReports {
    /// Context a template can name with one capital letter in braces.
    fileprivate enum Token: UInt8 {
        case region = 0x52  // R: 开化县 / 南京市鼓楼区
        case we = 0x57  // W: 我县 / 我局
        case whole = 0x51  // Q: 全县
        case year = 0x59  // Y: the year reported on
        case next = 0x4E  // N: the year after
        case previous = 0x50  // P: the year before
        case body = 0x42  // B: 开化县人民政府
        case lead = 0x55  // U: 在县委的坚强领导下
        case goal = 0x47  // G: the 纲要's goal formula for the year
        case committee = 0x43  // C: 县委 / 镇党委
        case guidance = 0x58  // X: the guiding thought, as worded in the year reported on
    }

    /// How a variable is written.
    fileprivate enum Format {
        /// 1234 (1,234 in reports that use separators); `rounded` keeps two significant digits,
        /// as before 余 (1900余场次).
        case integer, rounded, tenths, percent, chinese
    }

    /// How a variable gets its value. Integers are plain; `tenths` are tenths; percents are
    /// hundredths of a percent.
    fileprivate enum Rule {
        case uniform(Int, Int)
        case fraction(of: Int, lowPercent: Int, highPercent: Int)
        case linear([(variable: Int, sign: Int)])
        case ratio(numerator: Int, denominator: Int)
    }

    fileprivate struct Definition {
        var variable: Int
        var rule: Rule
    }

    fileprivate enum Piece {
        case text([UInt8])
        case token(Token)
        case variable(Int, Format)
    }

    /// A sentence with slots, parsed once: `{a=40~300}` a uniform integer, `{d=0.5~9.9}` a
    /// decimal, `{b=a*85~100}` 85–100 % of a, `{t=a+b-c}` a sum, `{p=b/a%}` b as a percentage
    /// of a, `{!s=…}` a hidden variable, `{a}` a variable again, `{x=3~9:cn}` in Chinese
    /// numerals, `{R}` and the other capitals a ``Token``.
    fileprivate struct Template {
        var pieces: [Piece] = []
        var definitions: [Definition] = []  // in evaluation order
        var mentionsNextYear = false
        var hasRatio = false

        init(_ source: String) {
            var pending: [Definition] = []
            var literal: [UInt8] = []
            var scalars = source.unicodeScalars.makeIterator()
            while let scalar = scalars.next() {
                guard scalar == "{" else {
                    literal.append(contentsOf: String(scalar).utf8)
                    continue
                }
                var inner = ""
                while let c = scalars.next(), c != "}" { inner.unicodeScalars.append(c) }
                if !literal.isEmpty {
                    pieces.append(.text(literal))
                    literal = []
                }
                parseSlot(inner, into: &pending)
            }
            if !literal.isEmpty { pieces.append(.text(literal)) }
            definitions = Template.ordered(pending)
        }

        private mutating func parseSlot(_ inner: String, into pending: inout [Definition]) {
            let bytes = Array(inner.utf8)
            if bytes.count == 1, let token = Token(rawValue: bytes[0]) {
                pieces.append(.token(token))
                if token == .next { mentionsNextYear = true }
                return
            }
            var body = inner
            var hidden = false
            if body.hasPrefix("!") {
                hidden = true
                body.removeFirst()
            }
            var format: Format? = nil
            if let colon = body.firstIndex(of: ":") {
                switch body[body.index(after: colon)...] {
                case "cn": format = .chinese
                case "r": format = .rounded
                default: break
                }
                body = String(body[..<colon])
            }
            guard let equals = body.firstIndex(of: "=") else {
                pieces.append(.variable(Template.slot(body), format ?? .integer))
                return
            }
            let variable = Template.slot(String(body[..<equals]))
            let expression = String(body[body.index(after: equals)...])
            let (rule, natural) = Template.rule(expression)
            if case .ratio = rule { hasRatio = true }
            pending.append(Definition(variable: variable, rule: rule))
            if !hidden { pieces.append(.variable(variable, format ?? natural)) }
        }

        private static func slot(_ name: String) -> Int {
            Int(name.utf8.first! - UInt8(ascii: "a"))
        }

        private static func rule(_ expression: String) -> (Rule, Format) {
            if expression.hasSuffix("%"), let slash = expression.firstIndex(of: "/") {
                let numerator = slot(String(expression[..<slash]))
                let denominator = slot(String(expression[expression.index(after: slash)...].dropLast()))
                return (.ratio(numerator: numerator, denominator: denominator), .percent)
            }
            if let star = expression.firstIndex(of: "*") {
                let (low, high, _) = range(String(expression[expression.index(after: star)...]))
                return (.fraction(of: slot(String(expression[..<star])), lowPercent: low, highPercent: high), .integer)
            }
            if expression.contains("~") {
                let (low, high, tenths) = range(expression)
                return (.uniform(low, high), tenths ? .tenths : .integer)
            }
            var terms: [(variable: Int, sign: Int)] = []
            var sign = 1
            for c in expression.utf8 {
                if c == UInt8(ascii: "+") { sign = 1 } else if c == UInt8(ascii: "-") { sign = -1 } else {
                    terms.append((Int(c - UInt8(ascii: "a")), sign))
                }
            }
            return (.linear(terms), .integer)
        }

        /// `lo~hi`; with a decimal point anywhere both bounds are read as tenths.
        private static func range(_ text: String) -> (Int, Int, Bool) {
            let parts = text.split(separator: "~")
            let tenths = text.contains(".")
            func value(_ s: Substring) -> Int {
                var whole = 0
                var fraction = 0
                var afterPoint = false
                for c in s.utf8 {
                    if c == UInt8(ascii: ".") { afterPoint = true; continue }
                    if afterPoint { fraction = fraction * 10 + Int(c - 48) } else { whole = whole * 10 + Int(c - 48) }
                }
                return tenths ? whole * 10 + fraction : whole
            }
            return (value(parts[0]), value(parts[1]), tenths)
        }

        private static func dependencies(_ rule: Rule) -> [Int] {
            switch rule {
            case .uniform: return []
            case .fraction(let of, _, _): return [of]
            case .linear(let terms): return terms.map(\.variable)
            case .ratio(let n, let d): return [n, d]
            }
        }

        /// Orders definitions so each comes after the variables it uses.
        private static func ordered(_ pending: [Definition]) -> [Definition] {
            var done = Set<Int>()
            var result: [Definition] = []
            var rest = pending
            while !rest.isEmpty {
                let before = rest.count
                rest.removeAll { definition in
                    guard dependencies(definition.rule).allSatisfy(done.contains) else { return false }
                    result.append(definition)
                    done.insert(definition.variable)
                    return true
                }
                precondition(rest.count < before, "circular template variables")
            }
            return result
        }
    }
}

// MARK: - Divisions

extension SyntheticReports {
    /// A real administrative division (or a department of one) that a fictional report comes from.
    fileprivate struct Division {
        let name: String  // 开化县
        let titleName: String  // 开化县, or 南京市鼓楼区 where the bare name is ambiguous
        let type: String  // 县, 县级市, 区, 市, 自治州, 镇, 街道, 旗, 自治县
        let level: String  // county, prefecture, township, department
        let parent: String?  // the county of a township, or nil
        let prefecture: String
        let province: String
        let abbreviation: String  // for 文号: 开政〔2024〕3号
        let department: String?  // 司法局 for a department report

        /// 县 in 我县 / 全县 / 县委.
        var selfWord: String {
            switch type {
            case "县", "自治县": return "县"
            case "区": return "区"
            case "旗": return "旗"
            case "自治州": return "州"
            case "镇": return "镇"
            case "乡": return "乡"
            case "街道": return "街道"
            default: return "市"
            }
        }

        var body: String {
            if let department { return titleName + department }
            if type == "街道" { return titleName + "办事处" }
            return titleName + "人民政府"
        }

        /// The government a report is addressed to, when it names one.
        var superior: String {
            if department != nil { return titleName + "人民政府" }
            switch level {
            case "township": return (parent ?? prefecture) + "人民政府"
            case "county": return prefecture == province ? province + "人民政府" : prefecture + "人民政府"
            default: return province + "人民政府"
            }
        }
    }

    /// Raw rows: name|titleName|type|level|parent|prefecture|province|abbreviation|department.
    fileprivate static let divisionRows: [String] = [
        "开化县||县|county||衢州市|浙江省|开|", "安吉县||县|county||湖州市|浙江省|安|",
        "德清县||县|county||湖州市|浙江省|德|", "桐庐县||县|county||杭州市|浙江省|桐|",
        "长丰县||县|county||合肥市|安徽省|长|", "正定县||县|county||石家庄市|河北省|正|",
        "兰考县||县|county||开封市|河南省|兰|", "固始县||县|county||信阳市|河南省|固|",
        "沭阳县||县|county||宿迁市|江苏省|沭|", "凤凰县||县|county||湘西土家族苗族自治州|湖南省|凤|",
        "博罗县||县|county||惠州市|广东省|博|", "乾安县||县|county||松原市|吉林省|乾|",
        "伊宁县||县|county||伊犁哈萨克自治州|新疆维吾尔自治区|伊|",
        "长阳土家族自治县||自治县|county||宜昌市|湖北省|长|", "石林彝族自治县||自治县|county||昆明市|云南省|石|",
        "准格尔旗||旗|county||鄂尔多斯市|内蒙古自治区|准|",
        "义乌市||县级市|county||金华市|浙江省|义|", "昆山市||县级市|county||苏州市|江苏省|昆|",
        "江阴市||县级市|county||无锡市|江苏省|澄|", "晋江市||县级市|county||泉州市|福建省|晋|",
        "荣成市||县级市|county||威海市|山东省|荣|", "仁怀市||县级市|county||遵义市|贵州省|仁|",
        "都江堰市||县级市|county||成都市|四川省|都|", "腾冲市||县级市|county||保山市|云南省|腾|",
        "浏阳市||县级市|county||长沙市|湖南省|浏|",
        "海淀区|北京市海淀区|区|county||北京市|北京市|海|", "浦东新区|上海市浦东新区|区|county||上海市|上海市|浦|",
        "南山区|深圳市南山区|区|county||深圳市|广东省|深南|", "天河区||区|county||广州市|广东省|穗天|",
        "武侯区||区|county||成都市|四川省|武|", "郫都区||区|county||成都市|四川省|郫|",
        "渝中区|重庆市渝中区|区|county||重庆市|重庆市|渝中|", "历下区||区|county||济南市|山东省|历|",
        "雁塔区||区|county||西安市|陕西省|雁|", "思明区||区|county||厦门市|福建省|思|",
        "余杭区||区|county||杭州市|浙江省|余|", "姑苏区||区|county||苏州市|江苏省|姑|",
        "洪山区||区|county||武汉市|湖北省|洪|", "金水区||区|county||郑州市|河南省|金|",
        "观山湖区||区|county||贵阳市|贵州省|观|", "青秀区||区|county||南宁市|广西壮族自治区|青|",
        "美兰区||区|county||海口市|海南省|美|", "鼓楼区|南京市鼓楼区|区|county||南京市|江苏省|鼓|",
        "滨海新区|天津市滨海新区|区|county||天津市|天津市|津滨|",
        "绵阳市||市|prefecture||绵阳市|四川省|绵|", "洛阳市||市|prefecture||洛阳市|河南省|洛|",
        "赣州市||市|prefecture||赣州市|江西省|赣市|", "宜昌市||市|prefecture||宜昌市|湖北省|宜|",
        "潍坊市||市|prefecture||潍坊市|山东省|潍|", "嘉兴市||市|prefecture||嘉兴市|浙江省|嘉|",
        "常州市||市|prefecture||常州市|江苏省|常|", "佛山市||市|prefecture||佛山市|广东省|佛府|",
        "柳州市||市|prefecture||柳州市|广西壮族自治区|柳|", "大理白族自治州||自治州|prefecture||大理白族自治州|云南省|大|",
        "包头市||市|prefecture||包头市|内蒙古自治区|包府|", "宝鸡市||市|prefecture||宝鸡市|陕西省|宝|",
        "株洲市||市|prefecture||株洲市|湖南省|株|", "芜湖市||市|prefecture||芜湖市|安徽省|芜|",
        "大同市||市|prefecture||大同市|山西省|同|", "唐山市||市|prefecture||唐山市|河北省|唐|",
        "西塘镇||镇|township|嘉善县|嘉兴市|浙江省|西|", "周庄镇||镇|township|昆山市|苏州市|江苏省|周|",
        "乌镇镇||镇|township|桐乡市|嘉兴市|浙江省|乌|", "虎门镇||镇|township||东莞市|广东省|虎|",
        "朱家角镇||镇|township|青浦区|上海市|上海市|朱|", "古陶镇||镇|township|平遥县|晋中市|山西省|古|",
        "大理镇||镇|township|大理市|大理白族自治州|云南省|理|", "茅坪镇||镇|township|秭归县|宜昌市|湖北省|茅|",
        "陆家嘴街道||街道|township|浦东新区|上海市|上海市|陆|", "东华门街道||街道|township|东城区|北京市|北京市|东|",
        "五里墩街道||街道|township|蜀山区|合肥市|安徽省|五|",
        "绵阳市||市|department||绵阳市|四川省|绵|司法局", "常州市||市|department||常州市|江苏省|常|司法局",
        "宝鸡市||市|department||宝鸡市|陕西省|宝|市场监督管理局", "芜湖市||市|department||芜湖市|安徽省|芜|生态环境局",
        "株洲市||市|department||株洲市|湖南省|株|应急管理局", "岳麓区|长沙市岳麓区|区|department||长沙市|湖南省|岳|司法局",
        "义乌市||县级市|department||金华市|浙江省|义|司法局", "兰考县||县|department||开封市|河南省|兰|司法局",
        "南海区|佛山市南海区|区|department||佛山市|广东省|南|司法局",
    ]

    fileprivate static let divisions: [Division] = divisionRows.map { row in
        let f = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return Division(
            name: f[0], titleName: f[1].isEmpty ? f[0] : f[1], type: f[2], level: f[3],
            parent: f[4].isEmpty ? nil : f[4], prefecture: f[5], province: f[6],
            abbreviation: f[7], department: f[8].isEmpty ? nil : f[8])
    }
}

// MARK: - Lexicon

extension SyntheticReports {
    /// A task area: its chapter heading, second-level headings and sentences with figures.
    fileprivate struct Area {
        let chapter: [UInt8]
        let headings: [[UInt8]]
        let sentences: [Template]

        init(chapter: String, headings: [String], sentences: [String]) {
            self.chapter = Array(chapter.utf8)
            self.headings = headings.map { Array($0.utf8) }
            self.sentences = sentences.map(Template.init)
        }
    }

    fileprivate enum Lexicon {
        static let areas: [Area] = [
            Area(
                chapter: "依法全面履行政府职能",
                headings: [
                    "深化“放管服”改革", "持续优化法治化营商环境", "推进政务服务标准化规范化便利化",
                    "依法全面履行政府职能", "加强事中事后监管", "深入推进简政放权",
                ],
                sentences: [
                    "全年动态调整{Q}权责清单事项{a=60~480}项，其中新增{b=5~60}项、取消{c=3~40}项。",
                    "{Q}依申请政务服务事项共{a=600~2400}项，其中{b=a*86~100}项实现网上可办，可网办率{p=b/a%}。",
                    "围绕群众和企业高频需求推出“一件事一次办”集成服务{a=8~90}项，全年办件{d=1.2~9.8}万余件。",
                    "企业开办时间压缩至{a=1~3}个工作日以内，承诺办理时限比法定时限平均压缩{d=40.0~82.0}%。",
                    "实行证明事项告知承诺制{a=20~160}项，取消各类证明材料{b=10~140}项。",
                    "对涉及市场主体经济活动的政策措施开展公平竞争审查{a=12~120}件，修改完善{b=1~6}件。",
                    "组织跨部门“双随机、一公开”联合抽查{a=30~260}次，涉及市场主体{b=400~5200}户。",
                    "12345政务服务便民热线全年受理群众诉求{d=1.1~19.9}万件，按期办结率{e=95.0~99.9}%，满意率比上年提高{f=0.3~4.8}个百分点。",
                    "全年新登记各类市场主体{a=1200~68000}户，同比增长{d=2.1~18.9}%。",
                    "分类推进涉企经营许可事项改革，直接取消审批{a=2~20}项、审批改为备案{b=2~15}项、实行告知承诺{c=10~60}项，合计{t=a+b+c}项。",
                    "持续深化“放管服”改革，推动政务服务由“能办”向“好办、易办”转变。",
                    "全面实行行政许可事项清单管理，清单之外一律不得违法实施行政许可。",
                    "建立惠企政策直达快享机制，惠企资金兑付周期平均缩短{a=5~20}个工作日。",
                ]),
            Area(
                chapter: "完善依法行政制度体系",
                headings: [
                    "健全依法行政制度体系", "加强规范性文件监督管理", "提高制度建设质量",
                    "推进科学立法民主立法", "严格落实合法性审核制度",
                ],
                sentences: [
                    "全年审核{W}规范性文件{a=6~60}件，提出修改意见{b=a*200~500}条，全部按规定报送备案，报备率100%。",
                    "受理下级政府和部门报备的规范性文件{a=20~140}件，经审查发现问题并督促纠正{b=1~6}件。",
                    "组织开展规范性文件集中清理，共清理文件{a=90~620}件，其中废止{b=a*3~9}件、修改{c=a*1~5}件，继续有效{d=a-b-c}件。",
                    "配合上级人大完成地方性法规草案意见征集{a=3~18}件，报送修改意见{b=12~90}条。",
                    "在{a=2~6:cn}个乡镇（街道）设立基层立法联系点，收集立法意见建议{b=20~160}条，其中{c=b*8~25}条被采纳。",
                    "严格落实规范性文件统一登记、统一编号、统一印发制度，未经合法性审核的一律不得提交审议。",
                    "制定涉及群众切身利益的规范性文件前开展调研论证，重要文件一律向社会公开征求意见。",
                    "建成规范性文件数据库，现行有效的{a=80~420}件文件全部在政府网站集中公布。",
                ]),
            Area(
                chapter: "推进行政决策科学化、民主化、法治化",
                headings: [
                    "推进行政决策科学化民主化法治化", "严格落实重大行政决策程序", "发挥法律顾问和公职律师作用",
                    "提升行政决策公信力和执行力",
                ],
                sentences: [
                    "公布年度重大行政决策事项目录{a=3~12}项，均严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。",
                    "政府法律顾问和公职律师全年审查各类合同协议{a=60~480}份，出具法律意见书{b=a*60~140}份。",
                    "召开听证会{a=1~6}场，公开征求意见{b=3~25}次，收集意见建议{c=80~1200}条，采纳{d=c*10~40}条。",
                    "{Q}公职律师达到{a=20~320}名，村（社区）法律顾问实现全覆盖。",
                    "对涉及群众切身利益的重大事项全部开展社会稳定风险评估，评估结论作为决策的重要依据。",
                    "建立重大行政决策后评估制度，对{a=2~5:cn}项实施满一年的决策开展后评估。",
                    "政府常务会议审议的涉法议题全部经过合法性审查，全年审查议题{a=20~160}件。",
                    "对{a=3~20:cn}个重点项目的招商合同，组织法律顾问全程参与谈判和审查。",
                    "建立行政决策咨询论证专家库，入库专家{a=30~260}名，全年参与论证{b=4~40}次。",
                ]),
            Area(
                chapter: "坚持严格规范公正文明执法",
                headings: [
                    "严格规范公正文明执法", "深化综合行政执法体制改革", "全面落实行政执法三项制度",
                    "加强行政执法队伍建设", "推行包容审慎监管", "强化行政执法监督",
                ],
                sentences: [
                    "全年作出行政处罚决定{a=300~9800}件，罚没款{b=120~5600}万元，处罚案件数同比下降{d=1.2~15.8}%。",
                    "重大执法决定法制审核{a=40~420}件，审核意见采纳率100%。",
                    "依法作出不予处罚决定{a=20~400}件、减轻处罚决定{b=10~160}件，合计{t=a+b}件。",
                    "开展行政执法案卷评查，抽查案卷{a=100~900}卷，其中优秀{b=a*15~30}卷、合格{c=a*55~68}卷，合格率{p=s/a%}。{!s=b+c}",
                    "组织执法人员法律知识培训{a=2~12}期，参训{b=300~4800}人次，考试合格率{d=95.0~99.9}%。",
                    "{Q}持证行政执法人员{a=300~6800}名，年内新申领行政执法证{b=a*5~15}本。",
                    "整合组建乡镇（街道）综合行政执法队{a=4~26}支，向基层赋予执法事项{b=30~220}项。",
                    "开展行政执法监督检查{a=6~48}次，发现问题{b=12~160}个，已整改{c=b*80~100}个，整改率{p=c/b%}。",
                    "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法行为进一步规范。",
                    "在市场监管、生态环境、交通运输等领域推行轻微违法行为免罚清单，覆盖事项{a=40~380}项。",
                    "为一线执法队伍新配执法记录仪{a=60~900}台，现场执法音像记录实现全覆盖。",
                ]),
            Area(
                chapter: "依法有效化解社会矛盾纠纷",
                headings: [
                    "依法有效化解社会矛盾纠纷", "发挥行政复议化解行政争议主渠道作用", "做好行政应诉工作",
                    "完善矛盾纠纷多元化解机制", "健全公共法律服务体系",
                ],
                sentences: [
                    "全年收到行政复议申请{a=30~1200}件，受理{b=a*82~98}件，审结{c=b*85~100}件，审结率{p=c/b%}。",
                    "全年审结行政复议案件{a=30~900}件，其中通过调解、和解方式结案{b=a*8~30}件，调撤率{p=b/a%}。",
                    "全年审结复议案件{a=40~900}件，其中撤销、变更或确认违法{b=a*4~16}件，直接纠错率{p=b/a%}。",
                    "{Q}发生一审行政诉讼案件{a=15~600}件，行政机关负责人出庭应诉{b=a*80~100}件，出庭应诉率{p=b/a%}。",
                    "已审结行政诉讼案件{a=10~500}件，其中败诉{b=a*1~9}件，败诉率{p=b/a%}。",
                    "各级人民调解组织全年调解矛盾纠纷{a=800~26000}件，调解成功{b=a*96~100}件，调解成功率{p=b/a%}。",
                    "办理法律援助案件{a=120~6800}件，接待群众法律咨询{d=0.3~6.8}万余人次。",
                    "受理群众信访事项{a=100~3800}件，按期办结率{d=96.0~99.9}%。",
                    "坚持和发展新时代“枫桥经验”，推动矛盾纠纷在基层就地化解。",
                    "建成公共法律服务实体平台{a=20~3400}个，县、乡、村三级平台实现全覆盖。",
                    "全年办理公证事项{a=1200~28000}件，同比增长{d=1.5~12.5}%。",
                    "全年排查化解各类矛盾纠纷{a=80~900:cn}起，未发生因调处不当引发的群体性事件。",
                ]),
            Area(
                chapter: "强化对行政权力的制约和监督",
                headings: [
                    "强化行政权力制约和监督", "全面推进政务公开", "自觉接受各方面监督", "加强审计监督",
                ],
                sentences: [
                    "办理人大代表建议{a=40~520}件、政协委员提案{b=50~640}件，办复率均为100%。",
                    "全年主动公开政府信息{a=1200~98000}条，办理依申请公开{b=10~1900}件，均在法定期限内答复。",
                    "完成审计项目{a=10~90}个，审计查出问题金额{b=300~48000}万元。",
                    "主动接受人大法律监督、工作监督和政协民主监督，认真执行人大及其常委会的决议决定。",
                    "对审计发现的问题建立整改台账，实行清单化管理、销号式落实。",
                    "全年收到人民法院司法建议{a=1~9}份、人民检察院检察建议{b=1~14}份，均按期回复。",
                    "通过政府网站和政务新媒体发布政策解读{a=30~600}篇，回应社会关切{b=10~300}次。",
                    "严格执行重大事项向人大常委会报告制度，全年报告重大事项{a=2~12:cn}项。",
                ]),
            Area(
                chapter: "推进数字法治政府建设",
                headings: ["加快推进数字法治政府建设", "提升政务数据共享水平", "推进“互联网+监管”"],
                sentences: [
                    "政务数据共享平台全年为各部门提供数据调用{a=12~860:r}万余次。",
                    "电子证照库归集证照{a=40~320}类、{b=12~960}万张，高频证照实现“免提交”。",
                    "依托“互联网+监管”系统开展非现场监管，全年通过非现场方式发现处置问题{d=0.3~9.6}万件。",
                    "建成行政执法综合管理监督平台，执法数据实现实时归集和动态监测。",
                    "全面推行电子印章和电子签名，政务服务事项“不见面审批”比例达到{d=60.0~95.0}%。",
                    "建设“一网统管”城市运行平台，接入各类感知设备{a=800~26000}个。",
                    "推动执法信息平台与“互联网+监管”系统对接，归集执法检查数据{d=0.2~8.6}万条。",
                ]),
            Area(
                chapter: "依法预防处置突发事件",
                headings: ["依法预防处置突发事件", "提升应急管理法治化水平"],
                sentences: [
                    "修订完善专项应急预案{a=6~40}部，组织开展各类应急演练{b=10~260}场次，参演人员{c=800~36000}人次。",
                    "开展安全生产执法检查{a=300~12000}家次，立案查处违法行为{b=20~900}起。",
                    "汛期依法启动防汛应急响应，提前转移受威胁群众{a=200~9800}人。",
                    "依法规范应急处置措施，坚决防止简单化和“一刀切”。",
                    "严格落实防汛、森林防火等重点领域行政首长负责制，全年未发生较大以上安全事故。",
                    "建成应急避难场所{a=12~260}处，储备各类应急物资{d=0.5~9.8}万件（套）。",
                    "{Q}生产安全事故起数和死亡人数同比分别下降{d=3.0~28.0}%和{e=2.0~25.0}%。",
                ]),
            Area(
                chapter: "加强党对法治政府建设的领导",
                headings: [
                    "加强党对法治政府建设的领导", "深入推进法治宣传教育", "提高领导干部法治素养",
                    "压实法治建设工作责任",
                ],
                sentences: [
                    "政府常务会议专题研究法治政府建设工作{a=3~9}次，会前学法{b=6~24}次。",
                    "组织领导干部旁听庭审{a=1~6}次，参加人员{b=60~900}人次。",
                    "开展普法宣传活动{a=60~2600:r}余场次，发放宣传资料{d=0.6~48.0}万份，受教育群众{e=1.2~96.0}万余人次。",
                    "{Q}国家工作人员参加年度学法考试{a=1200~48000}人，参考率和合格率均达到100%。",
                    "培育农村“法律明白人”{a=200~9800}名，创建民主法治示范村（社区）{b=5~120}个。",
                    "落实“谁执法谁普法”普法责任制，年初公布普法责任清单，年底开展评议。",
                    "把法治建设成效纳入年度综合考核，分值占比提高到{a=3~10}%。",
                    "组织开展法治政府建设督察，发现问题{a=10~120}个，已完成整改{b=a*80~100}个。",
                ]),
        ]

        static let firstResponsible: [Template] = [
            "{B}主要负责人认真履行推进法治建设第一责任人职责，把法治政府建设与经济社会发展同部署、同推进、同督促、同考核。",
            "年内主持召开常务会议或办公会议研究法治议题{a=3~9}次，审议重大行政决策事项{b=2~12}件。",
            "带头开展会前学法，全年集体学法{a=6~24}次，学习法律法规{b=6~30}部。",
            "带头出庭应诉行政案件{a=1~3:cn}次，带动各部门负责人出庭应诉。",
            "年终在述职中报告履行推进法治建设第一责任人职责情况，并组织{a=8~46}个部门主要负责人开展述法。",
            "对重大事项坚持先审查后决策，未经合法性审查的议题不提交会议讨论。",
            "定期听取法治政府建设工作汇报，对督察发现的问题亲自督办、限期整改。",
        ].map(Template.init)

        static let shortcomings: [[UInt8]] = [
            "部分领导干部运用法治思维和法治方式推动发展的能力还有待提升",
            "基层执法力量与执法任务不相匹配，具有法律专业背景的人员偏少",
            "行政执法规范化水平仍需提高，个别案件存在文书制作不规范、程序不严谨的问题",
            "规范性文件制定前的调研论证不够深入，个别文件出台后不久即需修改",
            "行政复议案件数量持续增长，办案力量相对不足",
            "部门之间数据共享不够充分，部分业务系统之间仍有信息壁垒",
            "普法宣传的针对性和实效性有待增强，农村群众法治意识仍需提高",
            "重大行政决策公众参与的广度和深度还不够",
            "法治督察和考核的刚性约束不强，个别问题整改出现反复",
            "乡镇（街道）承接赋权事项的能力参差不齐",
        ].map { Array($0.utf8) }

        static let causes: [[UInt8]] = [
            "上述问题的原因主要在于基层法治人才储备不足、培训针对性不强。",
            "究其原因，既有机构改革后人员尚未完全到位的客观因素，也有部分单位重视程度不够的主观因素。",
            "产生这些问题，主要是考核约束不够刚性、经费和装备保障不足。",
        ].map { Array($0.utf8) }

        static let plans: [Template] = [
            "深入学习宣传宪法和与政府工作密切相关的法律法规，将其纳入政府常务会议年度学法计划。",
            "持续优化法治化营商环境，年内新增“一件事”集成服务{a=5~30}项以上。",
            "完善规范性文件制定和监督管理机制，加快规范性文件数据库建设。",
            "严格落实重大行政决策程序，探索开展重大行政决策后评估。",
            "深化综合行政执法改革，力争行政执法案卷合格率保持在{a=90~98}%以上。",
            "发挥行政复议化解行政争议主渠道作用，提高调解和解结案比例。",
            "坚持行政机关负责人出庭应诉常态化，出庭应诉率保持100%。",
            "深入推进普法依法治理，到{N}年底完成新一轮普法责任清单编制。",
            "加快执法信息平台建设，到{N}年底实现执法数据全量归集。",
            "健全法治政府建设督察考核机制，进一步压实第一责任人职责。",
            "推进乡镇（街道）法治建设，打造一批基层法治示范点。",
        ].map(Template.init)

        static let rectification: [Template] = [
            "针对上年度报告中指出的执法力量不足、规范性文件清理不及时等问题，逐项制定整改措施，明确责任单位和完成时限。",
            "组织基层执法人员集中培训考试{a=2~4:cn}次，新取得执法证件{b=60~600}人。",
            "建立规范性文件定期清理制度，年内完成{a=1~3:cn}轮集中清理。",
            "截至年底，{a=3~12:cn}项整改任务已全部完成，整改情况向{C}作了专题报告。",
        ].map(Template.init)

        static let other: [Template] = [
            "{Y}年，{W}未发生因违法行政被上级机关通报批评的情形。",
            "年内首次引入第三方机构对政府部门依法行政情况开展评估，评估报告已向社会公开。",
        ].map(Template.init)

        static let openings: [Template] = [
            "{Y}年，{B}{U}，{G}，全面推进依法行政，法治政府建设取得新的进展。现将一年来的主要工作报告如下：",
            "{Y}年，{W}{X}，{G}，统筹推进法治政府建设各项工作，较好完成了年度目标任务。根据法治政府建设年度报告制度的要求，现将{Y}年度法治政府建设情况作如下报告。",
            "{Y}年，{W}{U}，围绕高质量发展大局，把法治政府建设摆在突出位置，依法行政水平不断提升。按照有关要求，现将{W}{Y}年度法治政府建设工作报告如下：",
        ].map(Template.init)

        /// Elaborations that lengthen a paragraph after its sentences with figures.
        static let elaborations: [[UInt8]] = [
            "相关做法得到上级部门肯定。",
            "工作中坚持问题导向，建立任务清单、责任清单和问题清单，逐项推进落实。",
            "同时注重总结提炼经验做法，形成了一批可复制、可推广的制度成果。",
            "各责任单位按月报送工作进展，确保各项任务按期完成。",
            "通过典型案例通报、专题培训等方式，推动有关单位举一反三、建章立制。",
            "群众的获得感和满意度进一步提升。",
        ].map { Array($0.utf8) }

        static let achievementsTitles: [Template] = [
            "推进法治政府建设的主要举措和成效", "{Y}年法治政府建设主要举措和成效", "主要工作及成效",
            "{Y}年度主要工作完成情况", "法治政府建设工作开展情况",
        ].map(Template.init)
        static let firstResponsibleTitles: [Template] = [
            "党政主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人履行推进法治建设第一责任人职责的情况",
        ].map(Template.init)
        static let shortcomingsTitles: [Template] = [
            "存在的不足和原因", "存在的问题和不足", "主要存在问题", "推进法治政府建设存在的不足和原因", "存在的短板和不足",
        ].map(Template.init)
        static let plansTitles: [Template] = [
            "下一年度推进法治政府建设的主要安排", "{N}年推进法治政府建设的主要安排", "{N}年工作计划", "下一步工作打算",
            "{N}年主要计划安排", "下一步工作计划",
        ].map(Template.init)
        static let rectificationTitles: [Template] = ["{P}年度存在问题整改情况", "上年度问题整改落实情况"].map(Template.init)
        static let combinedTitle = Template("存在的问题及下步工作打算")
        static let otherTitle = Template("其他需要报告的情况")

        static let titles: [Template] = [
            "{R}{Y}年法治政府建设年度报告", "{B}关于{Y}年度法治政府建设情况的报告", "{R}{Y}年度法治政府建设情况报告",
            "{R}{Y}年法治政府建设进展情况报告", "{B}{Y}年法治政府建设工作情况报告",
        ].map(Template.init)
        static let departmentTitles: [Template] = [
            "{B}{Y}年法治政府建设年度报告", "{B}关于{Y}年度法治政府建设工作情况的报告", "{B}{Y}年度法治政府建设情况报告",
        ].map(Template.init)

        static let surnames: [String] = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"]
        static let givenNames: [String] = ["建国", "明华", "志强", "晓东", "立新", "国平", "海涛", "文军", "春雷", "振宇", "红梅", "卫东"]
        static let newsTitles: [String] = [
            "召开全面依法治{S}委员会会议", "举办行政执法人员专题培训班",
            "部署年度法治政府建设重点工作", "召开政府常务会议专题学法", "开展年度普法责任制考核",
        ]

        static let chineseUnits: [[UInt8]] = ["", "十", "百", "千", "万"].map { Array($0.utf8) }
        static let chineseDigits: [[UInt8]] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"].map { Array($0.utf8) }
    }
}

// MARK: - Composition

extension SyntheticReports {
    /// Which part a first-level section plays.
    fileprivate enum Section {
        case achievements, chapter(Int), firstResponsible, shortcomings, plans, combined, rectification, other
    }

    fileprivate struct Composer {
        var out: [UInt8] = []
        var rng: Dice
        let index: Int
        let division: Division
        let year: Int
        let recording: Bool
        var expected: Expected
        var values = [Int](repeating: 0, count: 26)
        var asciiBrackets: Bool
        var asciiPunctuation: Bool
        var thousands: Bool
        var defect: Defect?
        var perturbRatio = false
        var placeholderYear = false

        // Per-report words, as bytes.
        let region: [UInt8], we: [UInt8], whole: [UInt8], body: [UInt8], lead: [UInt8], goal: [UInt8], committee: [UInt8]
        let guidance: [UInt8]

        init(seed: UInt64, index: Int, recording: Bool) {
            rng = Dice(seed: seed, index: index)
            self.index = index
            self.recording = recording
            division = rng.pick(SyntheticReports.divisions)
            year = rng.int(2016, 2024)
            asciiBrackets = rng.chance(15)
            asciiPunctuation = rng.chance(12)
            thousands = rng.chance(15)
            let d = division
            let s = d.selfWord
            region = Array(d.titleName.utf8)
            we = Array((d.department != nil ? "我局" : "我" + s).utf8)
            whole = Array(("全" + s).utf8)
            body = Array(d.body.utf8)
            let committeeText: String
            let leadText: String
            switch (d.level, d.department) {
            case (_, .some):
                committeeText = s + "委"
                leadText = "在" + s + "委、" + s + "政府和上级业务主管部门的领导下"
            case ("township", _):
                committeeText = s == "街道" ? "街道党工委" : s + "党委"
                let up = d.parent ?? d.prefecture
                leadText = "在" + up + "委、" + up + "政府的领导下"
            default:
                committeeText = s + "委"
                leadText = "在" + s + "委的坚强领导下，在" + s + "人大及其常委会的监督支持下"
            }
            committee = Array(committeeText.utf8)
            lead = Array(leadText.utf8)
            goal = Array(
                (year <= 2020
                    ? "对照职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府建设目标"
                    : "对照职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的总体目标").utf8)
            let guidanceText: String
            switch year {
            case ...2017: guidanceText = "深入贯彻落实党中央关于全面依法治国的决策部署"
            case 2018...2020: guidanceText = "坚持以习近平新时代中国特色社会主义思想为指导"
            default: guidanceText = "坚持以习近平法治思想为指导"
            }
            guidance = Array(guidanceText.utf8)
            expected = Expected(
                title: "", body: d.body, regionName: d.name,
                level: d.department != nil ? "department" : d.level, divisionType: d.type,
                prefecture: d.prefecture, province: d.province, reportYear: year, recipients: [],
                signedDate: "", publishedDate: nil, docNumber: nil, firstLevelHeadings: [], parts: [], defect: nil)
            if rng.chance(10) {
                defect = rng.pick(Defect.allCases)
                expected.defect = defect
            }
            out.reserveCapacity(24_576)
        }

        func fileName() -> String {
            var digits = String(index)
            while digits.count < 6 { digits = "0" + digits }
            return "synthetic-\(digits)-\(year).txt"
        }

        func text() -> String {
            String(decoding: asciiPunctuation ? Composer.narrowed(out) : out, as: UTF8.self)
        }

        // MARK: Writing primitives

        mutating func append(_ bytes: [UInt8]) { out.append(contentsOf: bytes) }
        mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        mutating func newline() { out.append(0x0A) }

        mutating func appendNumber(_ value: Int, separators: Bool = false) {
            var v = value
            if v < 0 {
                out.append(UInt8(ascii: "-"))
                v = -v
            }
            var divisor = 1
            var remaining = 1  // digits still to write
            while divisor <= v / 10 {
                divisor *= 10
                remaining += 1
            }
            while divisor > 0 {
                out.append(UInt8(48 + v / divisor % 10))
                remaining -= 1
                if separators, remaining > 0, remaining % 3 == 0 { out.append(UInt8(ascii: ",")) }
                divisor /= 10
            }
        }

        /// Writes 0…99999 in Chinese numerals: 十二, 一百零六, 三千四百.
        mutating func appendChinese(_ value: Int) {
            let digits = Lexicon.chineseDigits
            if value == 0 {
                append(digits[0])
                return
            }
            let units = Lexicon.chineseUnits
            var divisor = 1
            var top = 0
            while divisor <= value / 10 {
                divisor *= 10
                top += 1
            }
            var position = top
            var pendingZero = false
            while divisor > 0 {
                let d = value / divisor % 10
                if d == 0 {
                    pendingZero = true
                } else {
                    if pendingZero {
                        append(digits[0])
                        pendingZero = false
                    }
                    if !(d == 1 && position == 1 && position == top) { append(digits[d]) }
                    append(units[position])
                }
                divisor /= 10
                position -= 1
            }
        }

        mutating func appendMarker(first index: Int) {
            appendChinese(index)
            append("、")
        }

        mutating func appendMarker(second index: Int) {
            append(asciiBrackets ? "(" : "（")
            appendChinese(index)
            append(asciiBrackets ? ")" : "）")
        }

        mutating func appendDate(_ y: Int, _ m: Int, _ d: Int, iso: Bool) {
            appendNumber(y)
            if iso {
                append("-")
                if m < 10 { append("0") }
                appendNumber(m)
                append("-")
                if d < 10 { append("0") }
                appendNumber(d)
            } else {
                append("年")
                appendNumber(m)
                append("月")
                appendNumber(d)
                append("日")
            }
        }

        /// Replaces full-width punctuation with ASCII, as many web copies do.
        static func narrowed(_ bytes: [UInt8]) -> [UInt8] {
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBC {
                    switch bytes[i + 2] {
                    case 0x8C: result.append(UInt8(ascii: ",")); i += 3; continue  // ，
                    case 0x9A: result.append(UInt8(ascii: ":")); i += 3; continue  // ：
                    case 0x9B: result.append(UInt8(ascii: ";")); i += 3; continue  // ；
                    case 0x88: result.append(UInt8(ascii: "(")); i += 3; continue  // （
                    case 0x89: result.append(UInt8(ascii: ")")); i += 3; continue  // ）
                    default: break
                    }
                }
                result.append(b)
                i += 1
            }
            return result
        }

        // MARK: Templates

        mutating func render(_ template: Template) {
            for definition in template.definitions {
                values[definition.variable] = evaluate(definition.rule)
            }
            for piece in template.pieces {
                switch piece {
                case .text(let bytes): append(bytes)
                case .token(let token): appendToken(token)
                case .variable(let v, let format): appendValue(values[v], format: format)
                }
            }
        }

        mutating func evaluate(_ rule: Rule) -> Int {
            switch rule {
            case .uniform(let low, let high):
                return rng.int(low, high)
            case .fraction(let of, let low, let high):
                let base = values[of]
                return (base * rng.int(low, high) + 50) / 100
            case .linear(let terms):
                var sum = 0
                for term in terms { sum += term.sign * values[term.variable] }
                return sum
            case .ratio(let numerator, let denominator):
                let d = max(values[denominator], 1)
                var hundredths = (values[numerator] * 20_000 + d) / (2 * d)
                if perturbRatio {
                    perturbRatio = false
                    let delta = rng.int(130, 470)
                    hundredths = hundredths + delta > 10_000 ? hundredths - delta : hundredths + delta
                }
                return hundredths
            }
        }

        mutating func appendValue(_ value: Int, format: Format) {
            switch format {
            case .integer:
                appendNumber(value, separators: thousands && value >= 1000)
            case .tenths:
                appendNumber(value / 10)
                if value % 10 != 0 {
                    out.append(UInt8(ascii: "."))
                    appendNumber(value % 10)
                }
            case .percent:
                appendNumber(value / 100)
                let fraction = value % 100
                if fraction != 0 {
                    out.append(UInt8(ascii: "."))
                    if fraction % 10 == 0 {
                        appendNumber(fraction / 10)
                    } else {
                        if fraction < 10 { out.append(UInt8(ascii: "0")) }
                        appendNumber(fraction)
                    }
                }
                out.append(UInt8(ascii: "%"))
            case .rounded:
                var unit = 1
                while value / unit >= 100 { unit *= 10 }
                let rounded = value / unit * unit
                appendNumber(rounded, separators: thousands && rounded >= 1000)
            case .chinese:
                appendChinese(value)
            }
        }

        mutating func appendToken(_ token: Token) {
            switch token {
            case .region: append(region)
            case .we: append(we)
            case .whole: append(whole)
            case .year: appendNumber(year)
            case .next:
                if placeholderYear {
                    placeholderYear = false
                    append(rng.chance(50) ? "20xx" : "20XX")
                } else {
                    appendNumber(year + 1)
                }
            case .previous: appendNumber(year - 1)
            case .body: append(body)
            case .lead: append(lead)
            case .goal: append(goal)
            case .committee: append(committee)
            case .guidance: append(guidance)
            }
        }

        /// Renders a title or heading and, when recording, returns what it wrote.
        mutating func writeRecorded(_ template: Template) -> String {
            let start = out.count
            render(template)
            return recording ? String(decoding: out[start...], as: UTF8.self) : ""
        }

        mutating func writeRecorded(_ bytes: [UInt8]) -> String {
            append(bytes)
            return recording ? String(decoding: bytes, as: UTF8.self) : ""
        }

        // MARK: The report

        mutating func compose() {
            let d = division
            let signedMonth: Int
            if d.department != nil {
                signedMonth = rng.chance(80) ? rng.int(1, 2) : 3
            } else {
                signedMonth = rng.int(1, 3)
            }
            let signedDay = rng.int(1, 28)
            let hasChrome = rng.chance(40)
            let hasDocNumber = rng.chance(20)
            let hasAddressee = d.level == "township" ? rng.chance(70) : rng.chance(30)
            // The title is written once here to learn its bytes, then reused for chrome and body.
            let titleTemplate = rng.pick(d.department != nil ? Lexicon.departmentTitles : Lexicon.titles)
            let titleStart = out.count
            render(titleTemplate)
            let titleBytes = Array(out[titleStart...])
            out.removeSubrange(titleStart...)
            if recording { expected.title = String(decoding: titleBytes, as: UTF8.self) }

            // Published a few days after signing.
            var publishedMonth = signedMonth
            var publishedDay = signedDay + rng.int(1, 20)
            if publishedDay > 28 {
                publishedDay -= 28
                publishedMonth += 1
            }

            if hasChrome {
                if recording { expected.publishedDate = isoDate(year + 1, publishedMonth, publishedDay) }
                writeTopChrome(title: titleBytes, month: publishedMonth, day: publishedDay)
            }
            if hasDocNumber {
                let number = rng.int(1, 40)
                let kind: StaticString = d.department != nil ? "发" : (rng.chance(50) ? "政发" : "政")
                let start = out.count
                append(Array(d.abbreviation.utf8))
                append(kind)
                append("〔")
                appendNumber(year + 1)
                append("〕")
                appendNumber(number)
                append("号")
                if recording { expected.docNumber = String(decoding: out[start...], as: UTF8.self) }
                if rng.chance(60) {
                    append("　　　　签发人：")
                    append(Array((rng.pick(Lexicon.surnames) + rng.pick(Lexicon.givenNames)).utf8))
                }
                newline()
                newline()
            }
            append(titleBytes)
            newline()
            newline()
            if hasAddressee {
                let superior = d.superior
                append(Array(superior.utf8))
                append("：")
                newline()
                newline()
                if recording { expected.recipients = [superior] }
            }
            render(rng.pick(Lexicon.openings))
            newline()
            newline()

            writeOutline()
            if perturbRatio {
                // No percentage was written after all: the report is clean.
                perturbRatio = false
                defect = nil
                expected.defect = nil
            }

            if rng.chance(70) {
                append("特此报告。")
                newline()
                newline()
            }
            append(body)
            newline()
            appendDate(year + 1, signedMonth, signedDay, iso: false)
            newline()
            if recording { expected.signedDate = isoDate(year + 1, signedMonth, signedDay) }
            if rng.chance(15) {
                newline()
                append("抄送：")
                append(committee)
                append("全面依法治")
                append(Array(d.selfWord.utf8))
                append("委员会办公室，")
                append(Array(d.selfWord.utf8))
                append("人大常委会办公室。")
                newline()
            }
            if hasChrome { writeBottomChrome() }
        }

        func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
            "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }

        mutating func writeTopChrome(title: [UInt8], month: Int, day: Int) {
            let source = division.titleName + (division.department ?? "司法局")
            if rng.chance(50) {
                append("发布时间：")
                appendDate(year + 1, month, day, iso: true)
                append(" ")
                appendNumber(rng.int(8, 17))
                append(":")
                appendNumber(rng.int(10, 59))
                append("　　来源：")
                append(Array(source.utf8))
                append("　　浏览次数：")
                appendNumber(rng.int(80, 4000))
                newline()
                append("字号：大 中 小　　打印　　关闭")
                newline()
            } else {
                append("索引号：")
                appendNumber(rng.int(100_000, 999_999))
                append("-")
                appendNumber(rng.int(1000, 9999))
                append("/")
                appendNumber(year + 1)
                append("-")
                appendNumber(rng.int(10_000, 99_999))
                append("　　发布机构：")
                append(body)
                append("办公室")
                newline()
                append("发布日期：")
                appendDate(year + 1, month, day, iso: true)
                newline()
                append("标题：")
                append(title)
                newline()
                append("字号：[大 中 小]　　打印本页")
                newline()
            }
            newline()
        }

        mutating func writeBottomChrome() {
            newline()
            append("【打印本页】　　【关闭窗口】")
            newline()
            append("扫一扫在手机上查看当前页面")
            newline()
            if rng.chance(70) {
                append("相关新闻")
                newline()
                let first = rng.int(0, Lexicon.newsTitles.count - 1)
                for k in 0..<2 {
                    let pattern = Lexicon.newsTitles[(first + k) % Lexicon.newsTitles.count]
                    append("· ")
                    append(region)
                    for scalar in pattern.unicodeScalars {
                        if scalar == "{" || scalar == "}" { continue }
                        if scalar == "S" { append(Array(division.selfWord.utf8)) } else {
                            append(Array(String(scalar).utf8))
                        }
                    }
                    newline()
                }
            }
        }

        // MARK: Outline

        mutating func writeOutline() {
            var sections: [Section] = []
            let layout = rng.int(0, 99)
            if layout < 55 {
                // The mandated order, sometimes with 其他需要报告的情况.
                sections = [.achievements, .firstResponsible, .shortcomings, .plans]
                if rng.chance(25) { sections.append(.other) }
                if rng.chance(20) { sections.remove(at: 1) }
            } else if layout < 75 {
                // 纲要 chapters as first-level headings, problems and plans at the end.
                var chapters = Array(0..<Lexicon.areas.count)
                for i in stride(from: chapters.count - 1, to: 0, by: -1) { chapters.swapAt(i, rng.int(0, i)) }
                if defect == .percentageMismatch, let k = chapters.firstIndex(where: { Lexicon.areas[$0].sentences.contains(where: \.hasRatio) }) {
                    chapters.swapAt(0, k)
                }
                let count = rng.int(2, 4)
                sections = chapters.prefix(count).map { .chapter($0) }
                sections.append(rng.chance(50) ? .combined : .shortcomings)
                if case .shortcomings = sections.last! { sections.append(.plans) }
            } else if layout < 90 {
                sections = [.rectification, .achievements, .combined]
                if rng.chance(50) { sections.insert(.firstResponsible, at: 2) }
            } else {
                // Shortcomings only in an unnumbered paragraph at the end of the first part.
                sections = [.achievements, .firstResponsible, .plans]
            }
            let inlineShortcomings = !sections.contains { if case .shortcomings = $0 { return true }; if case .combined = $0 { return true }; return false }
            if recording {
                var parts: [String] = []
                for s in sections {
                    switch s {
                    case .achievements, .chapter: if !parts.contains("achievements") { parts.append("achievements") }
                    case .firstResponsible: parts.append("firstResponsible")
                    case .shortcomings: parts.append("shortcomings")
                    case .plans: parts.append("plans")
                    case .combined: parts.append(contentsOf: ["shortcomings", "plans"])
                    case .rectification: parts.append("rectification")
                    case .other: parts.append("other")
                    }
                }
                if inlineShortcomings { parts.insert("shortcomings", at: 1) }
                expected.parts = parts
            }
            // The defect that belongs to a section is placed in the first main part.
            var mainDone = false
            for (i, section) in sections.enumerated() {
                appendMarker(first: i + 1)
                let heading: String
                switch section {
                case .achievements: heading = writeRecorded(rng.pick(Lexicon.achievementsTitles))
                case .chapter(let a): heading = writeRecorded(Lexicon.areas[a].chapter)
                case .firstResponsible: heading = writeRecorded(rng.pick(Lexicon.firstResponsibleTitles))
                case .shortcomings: heading = writeRecorded(rng.pick(Lexicon.shortcomingsTitles))
                case .plans: heading = writeRecorded(rng.pick(Lexicon.plansTitles))
                case .combined: heading = writeRecorded(Lexicon.combinedTitle)
                case .rectification: heading = writeRecorded(rng.pick(Lexicon.rectificationTitles))
                case .other: heading = writeRecorded(Lexicon.otherTitle)
                }
                newline()
                newline()
                if recording { expected.firstLevelHeadings.append(heading) }
                switch section {
                case .achievements:
                    writeMain(areas: nil, count: rng.int(2, 8), isFirstMainPart: !mainDone)
                    mainDone = true
                    if inlineShortcomings { writeInlineShortcomings() }
                case .chapter(let a):
                    writeMain(areas: a, count: rng.int(2, 4), isFirstMainPart: !mainDone)
                    mainDone = true
                case .firstResponsible: writeFirstResponsible()
                case .shortcomings: writeShortcomings()
                case .plans: writePlans()
                case .combined:
                    writeShortcomings()
                    writePlans()
                case .rectification: writeParagraph(Lexicon.rectification, sentences: 4)
                case .other: writeParagraph(Lexicon.other, sentences: 2)
                }
            }
        }

        /// Second-level subsections with paragraphs of sentences with figures.
        mutating func writeMain(areas chapter: Int?, count requested: Int, isFirstMainPart: Bool) {
            var count = requested
            let myDefect = isFirstMainPart ? defect : nil
            if myDefect == .lostHeadingMarker { count = max(count, 3) }
            let lostAt = myDefect == .lostHeadingMarker ? rng.int(1, count - 2) : -1
            let repeatAt = myDefect == .repeatedParagraph ? rng.int(0, count - 1) : -1
            if myDefect == .percentageMismatch { perturbRatio = true }
            // Areas for subsections: the chapter's own, or a shuffled walk over all of them.
            var order = Array(0..<Lexicon.areas.count)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(0, i)) }
            if myDefect == .percentageMismatch, let k = order.firstIndex(where: { Lexicon.areas[$0].sentences.contains(where: \.hasRatio) }) {
                order.swapAt(0, k)
            }
            let inlineHeadings = lostAt < 0 && rng.chance(45)
            var usedHeadings: [Int] = []
            for s in 0..<8 {
                // A short report gets extra subsections, so every report reaches about 3 KB.
                if s >= count, !(isFirstMainPart && out.count < 2_700) { break }
                let area = Lexicon.areas[chapter ?? order[s % order.count]]
                var h = rng.int(0, area.headings.count - 1)
                var tries = 0
                while usedHeadings.contains(h * 16 + (chapter ?? order[s % order.count])), tries < 4 {
                    h = rng.int(0, area.headings.count - 1)
                    tries += 1
                }
                usedHeadings.append(h * 16 + (chapter ?? order[s % order.count]))
                if s != lostAt { appendMarker(second: s + 1) }
                append(area.headings[h])
                let paragraphStart: Int
                if inlineHeadings {
                    append("。")
                    paragraphStart = out.count
                } else {
                    newline()
                    newline()
                    paragraphStart = out.count
                }
                // Paragraphs of 200–900 characters (about three UTF-8 bytes each); few
                // subsections get longer ones, so short reports still reach about 3 KB.
                let long = count <= 3 ? 60 : 20
                let target = (rng.chance(long) ? rng.int(450, 900) : rng.int(220, 560)) * 3
                writeSentences(area.sentences, targetBytes: target, enumerate: rng.chance(35), forceRatioFirst: perturbRatio)
                newline()
                newline()
                if s == repeatAt {
                    let paragraph = Array(out[paragraphStart...])
                    if inlineHeadings {
                        // Repeat the whole line, heading included, as a copy-paste would.
                        appendMarker(second: s + 1)
                        append(area.headings[h])
                        append("。")
                    }
                    append(paragraph)
                }
            }
        }

        /// Sentences drawn without replacement until the paragraph reaches its target length.
        mutating func writeSentences(_ pool: [Template], targetBytes: Int, enumerate: Bool, forceRatioFirst: Bool) {
            let start = out.count
            var order = Array(0..<pool.count)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(0, i)) }
            if forceRatioFirst, let k = order.firstIndex(where: { pool[$0].hasRatio }) { order.swapAt(0, k) }
            var n = 0
            for t in order {
                if enumerate, n == 8 { return }  // 一是 … 八是 at most
                if enumerate {
                    appendChinese(n + 1)
                    append("是")
                }
                render(pool[t])
                n += 1
                if out.count - start >= targetBytes { return }
            }
            // A pool that runs dry gets at most two general remarks.
            var e = rng.int(0, Lexicon.elaborations.count - 1)
            var remarks = 0
            while out.count - start < targetBytes, remarks < 2 {
                append(Lexicon.elaborations[e % Lexicon.elaborations.count])
                e += rng.int(1, 3)
                remarks += 1
            }
        }

        /// The first `sentences` templates of a pool, in order, as one paragraph.
        mutating func writeParagraph(_ pool: [Template], sentences: Int) {
            for k in 0..<min(sentences, pool.count) { render(pool[k]) }
            newline()
            newline()
        }

        mutating func writeFirstResponsible() {
            let pool = Lexicon.firstResponsible
            render(pool[0])
            var order = Array(1..<pool.count)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(0, i)) }
            for t in order.prefix(rng.int(3, order.count)) { render(pool[t]) }
            newline()
            newline()
        }

        mutating func writeShortcomingItems(count: Int) {
            let pool = Lexicon.shortcomings
            var order = Array(0..<pool.count)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(0, i)) }
            for k in 0..<count {
                appendChinese(k + 1)
                append("是")
                append(pool[order[k]])
                append(k == count - 1 ? "。" : "；")
            }
        }

        mutating func writeShortcomings() {
            writeShortcomingItems(count: rng.int(2, 4))
            append(rng.pick(Lexicon.causes))
            newline()
            newline()
        }

        mutating func writeInlineShortcomings() {
            appendNumber(year)
            append("年，")
            append(we)
            append("法治政府建设虽然取得了一定成效，但也还存在一些短板弱项，主要表现在：")
            writeShortcomingItems(count: rng.int(2, 3))
            newline()
            newline()
        }

        mutating func writePlans() {
            let pool = Lexicon.plans
            var order = Array(0..<pool.count)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(0, i)) }
            if defect == .yearPlaceholder, let k = order.firstIndex(where: { pool[$0].mentionsNextYear }) {
                order.swapAt(0, k)
                placeholderYear = true
            }
            let count = rng.int(2, 5)
            let asItems = rng.chance(65)
            for k in 0..<count {
                if asItems {
                    appendMarker(second: k + 1)
                    render(pool[order[k]])
                    newline()
                    newline()
                } else {
                    appendChinese(k + 1)
                    append("是")
                    render(pool[order[k]])
                }
            }
            if !asItems {
                newline()
                newline()
            }
        }
    }
}
