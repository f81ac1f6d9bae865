import Foundation

/// How exact a stated figure is.
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    /// As stated: 7062起.
    case exact
    /// At least: 余, 多, 以上, 超, 超过.
    case atLeast
    /// Less than: 近, 不足, 不到.
    case lessThan
    /// About: 约, 左右.
    case about
    /// A range: 1万-5万元, 两到三万, 十几, 数十.
    case range
}

/// What kind of figure a quantity is.
public enum QuantityKind: String, Codable, Sendable, CaseIterable {
    /// A number of things: 件, 人, 次, 项 ….
    case count
    /// Money: 元, 万元, 亿元.
    case amount
    /// A share or rate: %.
    case percent
    /// A change in a rate: 个百分点.
    case percentagePointChange
    /// Time: 个工作日, 天, 小时, 分钟, 年 (as a span).
    case duration
    /// A rank: 第3名, 位列第一.
    case rank
}

/// The direction a figure moved, when the report says (同比上升/下降).
public enum Change: String, Codable, Sendable, CaseIterable {
    case increase
    case decrease
}

/// One figure a report states, exact and located.
public struct Quantity: Codable, Hashable, Sendable {
    /// The figure as written, e.g. 5240.84余万元.
    public var text: String
    /// Its value, multipliers (万, 亿) folded in: 5240.84余万元 → 52408400.
    public var value: Decimal
    /// The unit, without multipliers: 件, 元, %, 个百分点 ….
    public var unit: String?
    /// How exact the figure is.
    public var qualifier: Qualifier
    /// Lower bound, for at-least and range figures.
    public var lower: Decimal?
    /// Upper bound, for less-than and range figures.
    public var upper: Decimal?
    /// What kind of figure it is.
    public var kind: QuantityKind
    /// Increase or decrease, for changes.
    public var change: Change?
    /// The kind of statement: this year's result, a target, a baseline or a change.
    public var status: FigureStatus
    /// Whose figure: the body's own, a subordinate's, or a higher level's.
    public var scope: FigureScope
    /// The phrase the figure measures, e.g. 调解案件.
    public var subject: String?
    /// The catalogue indicator it reports, if recognised.
    public var indicator: String?
    /// The task area (functions, rules, decisions, enforcement, emergencies, disputes, oversight, digital, leadership).
    public var area: String?
    /// Line in the original file.
    public var line: Int
    /// Column in the original file.
    public var column: Int
    /// Scalar offset in the cleaned text (nil in analyses stored before offsets were kept).
    public var offset: Int?

    public init(text: String, value: Decimal, unit: String?, qualifier: Qualifier, lower: Decimal?, upper: Decimal?,
                kind: QuantityKind, change: Change?, status: FigureStatus = .achieved, scope: FigureScope = .own,
                subject: String?, indicator: String?, area: String?, line: Int, column: Int, offset: Int? = nil) {
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.lower = lower
        self.upper = upper
        self.kind = kind
        self.change = change
        self.status = status
        self.scope = scope
        self.subject = subject
        self.indicator = indicator
        self.area = area
        self.line = line
        self.column = column
        self.offset = offset
    }

    private enum CodingKeys: String, CodingKey {
        case text, value, unit, qualifier, lower, upper, kind, change, status, scope, subject, indicator, area, line, column, offset
    }

    /// Decodes a figure; one written before statuses and scopes existed is an achieved figure of the body's own.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text), value: try container.decode(Decimal.self, forKey: .value),
            unit: try container.decodeIfPresent(String.self, forKey: .unit),
            qualifier: try container.decode(Qualifier.self, forKey: .qualifier),
            lower: try container.decodeIfPresent(Decimal.self, forKey: .lower),
            upper: try container.decodeIfPresent(Decimal.self, forKey: .upper),
            kind: try container.decode(QuantityKind.self, forKey: .kind),
            change: try container.decodeIfPresent(Change.self, forKey: .change),
            status: try container.decodeIfPresent(FigureStatus.self, forKey: .status) ?? .achieved,
            scope: try container.decodeIfPresent(FigureScope.self, forKey: .scope) ?? .own,
            subject: try container.decodeIfPresent(String.self, forKey: .subject),
            indicator: try container.decodeIfPresent(String.self, forKey: .indicator),
            area: try container.decodeIfPresent(String.self, forKey: .area),
            line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column),
            offset: try container.decodeIfPresent(Int.self, forKey: .offset))
    }
}
