/// The report text after cleaning, with what was removed and repaired, and a map to the original.
public struct CleanedDocument: Sendable {
    /// The decoded original.
    public var source: SourceText
    /// The cleaned text: kept lines joined by line feeds, each scalar mapped to the original.
    public var text: MappedText
    /// The lines of `text`.
    public var lines: [TextLine]
    /// Chrome lines removed from the head and tail of a web page (metadata may still be read from them).
    public var chrome: [TextLine]
    /// Chrome-like lines kept inside the report body (打印, 相关链接 …), for review to flag.
    public var chromeInBody: [TextLine] = []
    /// Every removal and repair, located in the original.
    public var edits: [TextEdit]
    /// Garbled text that could not be repaired.
    public var garbled: [GarbledSpan]
    /// The script of the original text.
    public var script: Script

    /// The original location of a position in the cleaned text.
    public func location(ofCleaned offset: Int) -> SourceLocation {
        source.location(of: text.origin(at: offset))
    }
}
