/// What kind of change cleaning made to the original text.
public enum EditKind: String, Codable, Sendable, CaseIterable {
    /// Web-page navigation, metadata or footer lines around the report.
    case webChrome = "web-chrome"
    /// A passage that repeats an earlier one (a body pasted twice).
    case repeatedPassage = "repeated-passage"
    /// Pinyin glued after a character, such as 質(zhì).
    case pinyinAnnotation = "pinyin-annotation"
    /// Text that was mis-decoded and could be decoded again cleanly.
    case mojibakeRepaired = "mojibake-repaired"
    /// Control, zero-width or other invisible characters.
    case invisibleCharacters = "invisible-characters"
}

/// One change cleaning made, located in the original file.
public struct TextEdit: Codable, Hashable, Sendable {
    /// What kind of change.
    public var kind: EditKind
    /// Where the changed text starts in the original.
    public var line: Int
    /// Column (1-based, in characters) where the changed text starts.
    public var column: Int
    /// How many characters of the original were affected.
    public var length: Int
    /// The original text that was removed or replaced (shortened when long).
    public var text: String

    public init(kind: EditKind, line: Int, column: Int, length: Int, text: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.length = length
        self.text = text
    }
}

/// A stretch of text that is garbled beyond repair, marked rather than guessed.
public struct GarbledSpan: Codable, Hashable, Sendable {
    /// Where it starts in the original.
    public var line: Int
    /// Column (1-based) where it starts.
    public var column: Int
    /// The garbled text.
    public var text: String

    public init(line: Int, column: Int, text: String) {
        self.line = line
        self.column = column
        self.text = text
    }
}
