/// How serious a review finding is.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem review found in a report, located in the original file.
public struct Finding: Codable, Hashable, Sendable {
    /// The rule that found it, e.g. `missing-part`.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in Chinese.
    public var message: String
    /// Line in the original file.
    public var line: Int
    /// Column in the original file.
    public var column: Int
    /// The text at that place.
    public var excerpt: String
    /// What the rules or the report's own figures lead one to expect, if anything.
    public var expected: String?
    /// What the report has instead.
    public var found: String?
    /// Scalar offset in the cleaned text; nil for a finding about the whole document, and in analyses stored before
    /// offsets were kept.
    public var offset: Int?

    public init(rule: String, severity: Severity, message: String, line: Int, column: Int, excerpt: String,
                expected: String? = nil, found: String? = nil, offset: Int? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.expected = expected
        self.found = found
        self.offset = offset
    }
}
