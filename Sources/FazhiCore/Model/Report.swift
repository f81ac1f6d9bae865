/// Everything Fazhi learns from one report file: what `analyze` prints, what stores keep, what the API returns.
public struct Report: Codable, Sendable {
    /// Where the file came from (a path or an upload name).
    public var source: String
    /// SHA-256 of the original bytes, hex.
    public var sha256: String
    /// The format read.
    public var format: DocumentFormat
    /// The detected character encoding.
    public var encoding: TextEncoding
    /// The script of the original.
    public var script: Script
    /// Who, where, which year, to whom, when.
    public var metadata: Metadata
    /// The heading tree.
    public var outline: [Heading]
    /// The mandated parts present, in report order.
    public var parts: [MandatedPart]
    /// Every figure the report states, in reading order.
    public var quantities: [Quantity]
    /// What review found, sorted by place.
    public var findings: [Finding]
    /// Removals and repairs made while cleaning, located in the original.
    public var edits: [TextEdit]
    /// Garbled text that could not be repaired.
    public var garbled: [GarbledSpan]
    /// Size of the cleaned text.
    public var statistics: Statistics
    /// The cleaned text, when requested.
    public var text: String?
    /// Where each position of the cleaned text stands in the original (nil in analyses stored before it was kept):
    /// figures, findings and headings carry both, search matches and the desk's lines are shown in the original's.
    public var positions: PositionMap?

    /// Sizes of the cleaned report.
    public struct Statistics: Codable, Hashable, Sendable {
        /// Characters (Unicode scalars) of cleaned text.
        public var characters: Int
        /// Chinese characters of cleaned text.
        public var chineseCharacters: Int
        /// Non-empty lines of cleaned text.
        public var lines: Int
    }

    public init(source: String, sha256: String, format: DocumentFormat, encoding: TextEncoding, script: Script,
                metadata: Metadata, outline: [Heading], parts: [MandatedPart], quantities: [Quantity], edits: [TextEdit],
                garbled: [GarbledSpan], statistics: Statistics, text: String?) {
        self.source = source
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.script = script
        self.metadata = metadata
        self.outline = outline
        self.parts = parts
        self.quantities = quantities
        self.findings = []
        self.edits = edits
        self.garbled = garbled
        self.statistics = statistics
        self.text = text
    }

    private enum CodingKeys: String, CodingKey {
        case source, sha256, format, encoding, script, outline, parts, quantities, findings, edits, garbled, statistics, text
        case positions
    }

    /// Decodes a report, reading metadata fields from the top level.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        sha256 = try container.decode(String.self, forKey: .sha256)
        format = try container.decode(DocumentFormat.self, forKey: .format)
        encoding = try container.decode(TextEncoding.self, forKey: .encoding)
        script = try container.decode(Script.self, forKey: .script)
        metadata = try Metadata(from: decoder)
        outline = try container.decode([Heading].self, forKey: .outline)
        parts = try container.decode([MandatedPart].self, forKey: .parts)
        quantities = try container.decode([Quantity].self, forKey: .quantities)
        findings = try container.decode([Finding].self, forKey: .findings)
        edits = try container.decode([TextEdit].self, forKey: .edits)
        garbled = try container.decode([GarbledSpan].self, forKey: .garbled)
        statistics = try container.decode(Statistics.self, forKey: .statistics)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        positions = try container.decodeIfPresent(PositionMap.self, forKey: .positions)
    }

    /// Encodes a report with metadata fields at the top level, as users read them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(format, forKey: .format)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(script, forKey: .script)
        try metadata.encode(to: encoder)
        try container.encode(outline, forKey: .outline)
        try container.encode(parts, forKey: .parts)
        try container.encode(quantities, forKey: .quantities)
        try container.encode(findings, forKey: .findings)
        try container.encode(edits, forKey: .edits)
        try container.encode(garbled, forKey: .garbled)
        try container.encode(statistics, forKey: .statistics)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(positions, forKey: .positions)
    }
}
