/// The summary of a set of stored reports a supervising office or researcher asks for.
public struct CorpusStatistics: Codable, Sendable {
    /// Reports counted (current versions only).
    public var reports: Int
    /// Reports per province (未识别 where unknown), most first.
    public var byProvince: [Count]
    /// Reports per level of division.
    public var byLevel: [Count]
    /// Reports per year reported on.
    public var byYear: [Count]
    /// Reports per kind of body.
    public var byBodyKind: [Count]
    /// Reports that have each mandated part.
    public var parts: [Count]
    /// Reports signed or published after the deadline.
    public var late: Int
    /// Rules by the number of reports they fired in, most first.
    public var findings: [FindingCount]
    /// Characters of cleaned text per report.
    public var length: Distribution?
    /// Figures per thousand characters.
    public var figureDensity: Distribution?

    /// The summary from its parts.
    package init(reports: Int, byProvince: [Count], byLevel: [Count], byYear: [Count], byBodyKind: [Count], parts: [Count],
                 late: Int, findings: [FindingCount], length: Distribution?, figureDensity: Distribution?) {
        self.reports = reports
        self.byProvince = byProvince
        self.byLevel = byLevel
        self.byYear = byYear
        self.byBodyKind = byBodyKind
        self.parts = parts
        self.late = late
        self.findings = findings
        self.length = length
        self.figureDensity = figureDensity
    }

    /// A label and how many reports have it.
    public struct Count: Codable, Sendable, Equatable {
        /// What is counted (a province, a level, a year, a part).
        public var key: String
        /// How many reports.
        public var reports: Int

        /// A count.
        package init(key: String, reports: Int) {
            self.key = key
            self.reports = reports
        }
    }

    /// How often a review rule fired.
    public struct FindingCount: Codable, Sendable, Equatable {
        /// The rule's id.
        public var rule: String
        /// The most serious severity it was reported at.
        public var severity: String
        /// Reports with at least one such finding.
        public var reports: Int
        /// Findings in all.
        public var findings: Int
        /// Findings of the rule reviewers judged not a problem (their latest decision), over all current reports: how
        /// often the rule misleads.
        public var dismissed: Int = 0

        /// A rule's count.
        package init(rule: String, severity: String, reports: Int, findings: Int, dismissed: Int) {
            self.rule = rule
            self.severity = severity
            self.reports = reports
            self.findings = findings
            self.dismissed = dismissed
        }
    }

    /// Quantiles of a per-report measure.
    public struct Distribution: Codable, Sendable, Equatable {
        /// Smallest value.
        public var min: Double
        /// 10th percentile.
        public var p10: Double
        /// 25th percentile.
        public var p25: Double
        /// Median.
        public var median: Double
        /// 75th percentile.
        public var p75: Double
        /// 90th percentile.
        public var p90: Double
        /// Largest value.
        public var max: Double
        /// Arithmetic mean.
        public var mean: Double

        /// Quantiles of the values (nearest rank); nil for no values.
        public init?(_ values: [Double]) {
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            func quantile(_ q: Double) -> Double {
                sorted[Swift.min(sorted.count - 1, Swift.max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
            }
            min = sorted[0]
            p10 = quantile(0.10)
            p25 = quantile(0.25)
            median = quantile(0.5)
            p75 = quantile(0.75)
            p90 = quantile(0.90)
            max = sorted[sorted.count - 1]
            mean = sorted.reduce(0, +) / Double(sorted.count)
        }
    }
}
