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

extension DocumentKind {
    /// 年度报告, 工作方案或要点, 政府工作报告 ….
    public var chineseName: String {
        switch self {
        case .annualReport: "法治政府建设年度报告"
        case .workPlan: "工作方案或要点"
        case .governmentWorkReport: "政府工作报告"
        case .disclosureReport: "政府信息公开年度报告"
        case .dutyReport: "个人述法或履职报告"
        case .selfAssessment: "自查报告"
        case .news: "新闻报道"
        case .notice: "通知或通报"
        case .courtReport: "法院工作报告"
        case .procuratorateReport: "检察院工作报告"
        case .research: "研究或评估"
        case .other: "其他文件"
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

extension FigureStatus {
    /// 本年成果, 目标, 基数, 变化.
    public var chineseName: String {
        switch self {
        case .achieved: "本年成果"
        case .target: "目标"
        case .baseline: "基数"
        case .change: "变化"
        }
    }
}

extension FigureScope {
    /// 本级, 下级, 上级.
    public var chineseName: String {
        switch self {
        case .own: "本级"
        case .subordinate: "下级"
        case .higher: "上级"
        }
    }
}

extension TaskAreaClassifier {
    /// The Chinese name of a task area, after the chapters of the 2021–2025 纲要 (the id itself when unknown).
    public static func chineseName(of area: String) -> String {
        switch area {
        case "functions": "政府职能"
        case "rules": "制度体系"
        case "decisions": "行政决策"
        case "enforcement": "行政执法"
        case "emergencies": "突发事件应对"
        case "disputes": "矛盾纠纷化解"
        case "oversight": "权力制约监督"
        case "digital": "数字法治政府"
        case "leadership": "组织领导"
        default: area
        }
    }
}

extension ReadError {
    /// Why the file could not be read, in Chinese, as the review desk tells a person.
    public var chineseDescription: String {
        switch self {
        case .empty: "文件是空的"
        case .pdfNeedsExtraction: "这是 PDF 文件，需先用 pdftotext 提取文字"
        case .noTextLayer: "PDF 中没有文字层（可能是扫描图片），无法分析"
        case .binary: "文件不是文本、网页、DOCX 或 PDF，无法读取"
        case .docx: "DOCX 文件已损坏或无法读取"
        }
    }
}
