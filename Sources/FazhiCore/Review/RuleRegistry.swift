/// Every review rule Fazhi has, in the order findings are reported.
public enum RuleRegistry {
    /// The rules.
    public static let rules: [any ReviewRule] = [
        MissingPartRule(),
        RepeatedPassageRule(),
        GarbledTextRule(),
        PlaceholderRule(),
        PercentageMismatchRule(),
        NumberingRule(),
        LateReportRule(),
        YearMismatchRule(),
        MaskedTextRule(),
        SumMismatchRule(),
        RateOutOfRangeRule(),
        WebChromeRule(),
        FewFiguresRule(),
        TitleYearRule(),
    ]

    /// The ids of the rules whose findings concern the whole document.
    public static let wholeDocumentRules: Set<String> = Set(rules.filter(\.concernsWholeDocument).map(\.id))

    /// Rule id → Chinese title, for display.
    public static let titles: [String: String] = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.title) })

    /// All findings of all rules, sorted by place.
    public static func review(_ context: ReviewContext) -> [Finding] {
        rules.flatMap { $0.findings(in: context) }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
