/// What kind of body issued a report.
public enum BodyKind: String, Codable, Sendable, CaseIterable {
    /// A people's government (人民政府), township governments and 街道办事处 included.
    case government
    /// A Party committee and government reporting jointly (中共X委 X人民政府).
    case partyAndGovernment
    /// A government department (司法局, 市场监督管理局 …).
    case department
    /// Anything else (a court, a committee office …).
    case other
}
