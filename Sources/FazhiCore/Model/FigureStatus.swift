/// What kind of statement a figure makes about the report year.
public enum FigureStatus: String, Codable, Sendable, CaseIterable {
    /// This year's result: 全年受理行政复议案件86件.
    case achieved
    /// A plan or goal: 力争…达到95%, 计划组织培训3次, figures in the plans part.
    case target
    /// A starting point or an earlier year: 由年初的71.6%, 上年受理72件, 2021年.
    case baseline
    /// A change, never a level: 同比增长12.5%, 提高3.1个百分点, 增加12件.
    case change
}

/// Whose figure it is, seen from the reporting body.
public enum FigureScope: String, Codable, Sendable, CaseIterable {
    /// The body itself, or its whole area as its own result: 全县共受理….
    case own
    /// One of its subordinate places named apart: 城关镇受理12件.
    case subordinate
    /// A higher level quoted: 全省, 全国.
    case higher
}
