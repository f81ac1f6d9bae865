/// A part of the annual report that the rules require, or another recognised part.
public enum MandatedPart: String, Codable, Sendable, CaseIterable {
    /// 主要举措和成效: the year's main measures and results.
    case achievements
    /// 党政主要负责人履行推进法治建设第一责任人职责情况.
    case firstResponsible
    /// 存在的不足和原因.
    case shortcomings
    /// 下一年度推进法治政府建设的主要安排.
    case plans
    /// 上年度问题整改情况: rectification of the previous year's problems.
    case rectification
    /// 其他需要报告的情况, or another first-level part.
    case other
}
