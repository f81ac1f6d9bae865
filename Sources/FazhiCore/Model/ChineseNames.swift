/// Names shown to users, in Simplified Chinese.
extension MandatedPart {
    /// 主要举措和成效, 第一责任人职责 ….
    public var chineseName: String {
        switch self {
        case .achievements: "主要举措和成效"
        case .firstResponsible: "第一责任人职责"
        case .shortcomings: "存在的不足和原因"
        case .plans: "下一年度主要安排"
        case .rectification: "上年度问题整改"
        case .other: "其他"
        }
    }
}

extension BodyKind {
    /// 政府, 党委和政府, 政府部门, 其他.
    public var chineseName: String {
        switch self {
        case .government: "政府"
        case .partyAndGovernment: "党委和政府"
        case .department: "政府部门"
        case .other: "其他"
        }
    }
}

extension RegionLevel {
    /// 省级, 地级, 县级, 乡级.
    public var chineseName: String {
        switch self {
        case .province: "省级"
        case .prefecture: "地级"
        case .county: "县级"
        case .township: "乡级"
        }
    }
}

extension Severity {
    /// 错误, 警告, 提示.
    public var chineseName: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }
}
