import Foundation
import ZIPFoundation

/// Why a Word document could not be read.
public enum DOCXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not a ZIP archive (or one too damaged to open).
    case notAZIPArchive
    /// The archive has no word/document.xml part.
    case missingDocumentXML
    /// Inflating the document's parts would exceed `limit` bytes (a zip bomb or an absurdly large file).
    case tooLarge(limit: Int)
    /// A part could not be read or is not WordprocessingML.
    case malformedXML(String)

    /// A plain-English explanation (a lowercase fragment, to follow "could not be read: ").
    public var description: String {
        switch self {
        case .notAZIPArchive:
            return "it is not a ZIP archive, so it cannot be a Word (.docx) document"
        case .missingDocumentXML:
            return "the ZIP archive has no word/document.xml, so it is not a Word (.docx) document"
        case .tooLarge(let limit):
            return "its text parts inflate to more than \(limit / (1 << 20)) MB (a zip bomb?); reading was stopped"
        case .malformedXML(let detail):
            return "its XML is not readable WordprocessingML: \(detail)"
        }
    }
}

/// Reads the text of a Word (.docx) document, rendering automatic numbering.
public enum DOCXReader {
    /// Most bytes inflated from the archive, over all parts read, before giving up with `.tooLarge`.
    static let defaultInflatedLimit = 64 << 20

    /// Whether bytes start like a ZIP archive (PK\u{3}\u{4}).
    public static func looksLikeZIP(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    /// The document's paragraphs, one per line, with Word's automatic list numbers (一、 （一） 1. （1） ①) rendered as text. Tables: one line per row, cells separated by "\t".
    public static func text(from bytes: [UInt8]) throws(DOCXError) -> String {
        try text(from: bytes, inflatedLimit: defaultInflatedLimit)
    }

    /// `text(from:)` with an explicit cap on inflated bytes.
    static func text(from bytes: [UInt8], inflatedLimit: Int) throws(DOCXError) -> String {
        let parts = try DOCXPackage.read(bytes, inflatedLimit: inflatedLimit)
        var numbering = DOCXNumbering(numberingXML: parts.numbering, stylesXML: parts.styles)
        var walker = DOCXDocumentWalker()
        return try walker.render(parts.document, numbering: &numbering)
    }
}

// MARK: - Package

/// The parts of a .docx package that the reader needs, inflated in memory under a size cap.
struct DOCXPackage {
    static let documentPath = "word/document.xml"
    static let numberingPath = "word/numbering.xml"
    static let stylesPath = "word/styles.xml"

    var document: [UInt8]
    var numbering: [UInt8]?
    var styles: [UInt8]?

    /// Opens the archive and inflates document, numbering and styles, throwing `.tooLarge` once more than `inflatedLimit` bytes come out.
    static func read(_ bytes: [UInt8], inflatedLimit: Int) throws(DOCXError) -> DOCXPackage {
        guard DOCXReader.looksLikeZIP(bytes), let layout = ZIPLayout(bytes) else { throw .notAZIPArchive }
        var entries: [String: ZIPLayout.Entry] = [:]
        for entry in layout.entries {
            // Tolerate backslash separators, a leading slash and odd case from non-Word zippers.
            var path = entry.path.replacingOccurrences(of: "\\", with: "/").lowercased()
            if path.hasPrefix("/") { path.removeFirst() }
            if path == documentPath || path == numberingPath || path == stylesPath, entries[path] == nil {
                entries[path] = entry
            }
        }
        guard let documentEntry = entries[documentPath] else { throw .missingDocumentXML }
        var inflated = 0
        let document = try inflate(documentEntry, from: bytes, total: &inflated, limit: inflatedLimit)
        let numbering = try entries[numberingPath].map { (entry) throws(DOCXError) in
            try inflate(entry, from: bytes, total: &inflated, limit: inflatedLimit)
        }
        let styles = try entries[stylesPath].map { (entry) throws(DOCXError) in
            try inflate(entry, from: bytes, total: &inflated, limit: inflatedLimit)
        }
        return DOCXPackage(document: document, numbering: numbering, styles: styles)
    }

    /// The compressed data ran out before the deflate stream ended (a cut or forged entry).
    private struct Truncated: Error {}

    /// Inflates one entry from the archive's bytes chunk by chunk, stopping as soon as the running total passes the
    /// limit, and when the compressed data runs out before the stream ends (ZIPFoundation's reader would otherwise
    /// ask for more forever, and reads past a short last chunk: both found by the fuzzer).
    private static func inflate(_ entry: ZIPLayout.Entry, from bytes: [UInt8], total: inout Int, limit: Int) throws(DOCXError) -> [UInt8] {
        // A declared size over the limit fails before anything is inflated; a lying one is caught while streaming.
        guard entry.uncompressedSize <= max(limit - total, 0) else { throw .tooLarge(limit: limit) }
        let data = bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]
        switch entry.method {
        case 0:
            guard total + data.count <= limit else { throw .tooLarge(limit: limit) }
            total += data.count
            return Array(data)
        case 8:
            var buffer: [UInt8] = []
            buffer.reserveCapacity(entry.uncompressedSize)
            var running = total
            do {
                _ = try Data.decompress(size: Int64(data.count), bufferSize: 64 * 1024, skipCRC32: true, provider: { position, size in
                    let start = data.startIndex + Int(position)
                    guard start < data.endIndex else { throw Truncated() }
                    // Always a full chunk: ZIPFoundation tells zlib a whole buffer is there, so a short last chunk
                    // would let zlib read past it. The zeros after the data end a cut stream with an error.
                    var chunk = Data(data[start..<min(start + size, data.endIndex)])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                }, consumer: { chunk in
                    running += chunk.count
                    if running > limit { throw DOCXError.tooLarge(limit: limit) }
                    buffer.append(contentsOf: chunk)
                })
            } catch let error as DOCXError {
                throw error
            } catch {
                throw .malformedXML("\(entry.path) could not be inflated (\(error is Truncated ? "its data ends before its stream" : "\(error)"))")
            }
            total = running
            return buffer
        default:
            throw .malformedXML("\(entry.path) uses compression method \(entry.method), which .docx files do not")
        }
    }
}

// MARK: - XML scanning

/// A start or empty-element tag from `XMLTagScanner`, with attribute ranges into the scanned bytes.
struct XMLTag {
    /// The namespace prefix ("" when unprefixed).
    var prefix: String
    /// The local name.
    var local: String
    /// Whether the tag was an empty-element tag (`<w:tab/>`).
    var selfClosing: Bool
    /// Byte ranges of each attribute's qualified name and (still entity-encoded) value.
    var attributes: [(name: Range<Int>, value: Range<Int>)]
}

/// One event of `XMLTagScanner`.
enum XMLEvent {
    case start(XMLTag)
    case end(prefix: String, local: String)
    /// Character data, still entity-encoded.
    case text(Range<Int>)
    /// A CDATA section's content (no entities).
    case cdata(Range<Int>)
}

/// A small streaming, non-recursive XML tag scanner over UTF-8 bytes.
///
/// It does not validate; comments, processing instructions and DOCTYPEs are skipped, entity
/// declarations are never expanded, and unterminated constructs end at the end of input.
struct XMLTagScanner {
    let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next event, or nil at the end of input.
    mutating func next() -> XMLEvent? {
        let count = bytes.count
        while position < count {
            let start = position
            if bytes[start] != UInt8(ascii: "<") {
                var index = start + 1
                while index < count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                position = index
                return .text(start..<index)
            }
            if has("<?", at: start) {
                position = skip(past: "?>", from: start + 2)
            } else if has("<!--", at: start) {
                position = skip(past: "-->", from: start + 4)
            } else if has("<![CDATA[", at: start) {
                let contentStart = start + 9
                let end = find("]]>", from: contentStart) ?? count
                position = min(end + 3, count)
                return .cdata(contentStart..<end)
            } else if has("<!", at: start) {
                position = skipDeclaration(from: start + 2)
            } else if has("</", at: start) {
                let (prefix, local, afterName) = scanName(from: start + 2)
                position = skip(past: ">", from: afterName)
                return .end(prefix: prefix, local: local)
            } else {
                return .start(scanStartTag(from: start + 1))
            }
        }
        return nil
    }

    /// The decoded value of the first attribute whose local name is `localName`.
    func attribute(_ localName: String, of tag: XMLTag) -> String? {
        let wanted = Array(localName.utf8)
        for (name, value) in tag.attributes {
            var localStart = name.lowerBound
            for index in name where bytes[index] == UInt8(ascii: ":") { localStart = index + 1 }
            if bytes[localStart..<name.upperBound].elementsEqual(wanted) { return decodedText(value) }
        }
        return nil
    }

    /// The qualified name of an attribute, as a string.
    func name(of range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Character data with XML's predefined and numeric entities decoded (unknown ones kept literally).
    func decodedText(_ range: Range<Int>) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"), let semicolon = bytes[(index + 1)..<min(range.upperBound, index + 12)]
                .firstIndex(of: UInt8(ascii: ";")) else {
                result.append(byte)
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            if let scalar = Self.entityScalar(name) {
                result.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = semicolon + 1
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func entityScalar(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    // MARK: Scanning helpers

    private mutating func scanStartTag(from nameStart: Int) -> XMLTag {
        let count = bytes.count
        let (prefix, local, afterName) = scanName(from: nameStart)
        var tag = XMLTag(prefix: prefix, local: local, selfClosing: false, attributes: [])
        var index = afterName
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                position = index + 1
                return tag
            }
            if byte == UInt8(ascii: "/"), index + 1 < count, bytes[index + 1] == UInt8(ascii: ">") {
                tag.selfClosing = true
                position = index + 2
                return tag
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let attributeStart = index
            while index < count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            let attributeName = attributeStart..<index
            while index < count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == UInt8(ascii: "=") else {
                if index == attributeStart { index += 1 }
                continue
            }
            index += 1
            while index < count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < count else { break }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                var end = valueStart
                while end < count, bytes[end] != quote, bytes[end] != UInt8(ascii: "<") { end += 1 }
                tag.attributes.append((attributeName, valueStart..<end))
                index = end < count && bytes[end] == quote ? end + 1 : end
            } else {
                let valueStart = index
                while index < count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
                      bytes[index] != UInt8(ascii: "/") {
                    index += 1
                }
                tag.attributes.append((attributeName, valueStart..<index))
            }
        }
        position = count
        return tag
    }

    /// Scans a qualified name; returns prefix, local name and the index after the name.
    private func scanName(from start: Int) -> (String, String, Int) {
        let count = bytes.count
        var index = start
        var colon: Int?
        while index < count {
            let byte = bytes[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            if byte == UInt8(ascii: ":"), colon == nil { colon = index }
            index += 1
        }
        let end = min(index, start + 256)
        if let colon, colon < end {
            return (String(decoding: bytes[start..<colon], as: UTF8.self),
                    String(decoding: bytes[(colon + 1)..<end], as: UTF8.self), index)
        }
        return ("", String(decoding: bytes[start..<end], as: UTF8.self), index)
    }

    /// Skips a `<!DOCTYPE …>` (with an internal subset in brackets) or other declaration.
    private func skipDeclaration(from start: Int) -> Int {
        var index = start
        var bracketDepth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): bracketDepth += 1
            case UInt8(ascii: "]"): bracketDepth = max(bracketDepth - 1, 0)
            case UInt8(ascii: ">") where bracketDepth == 0: return index + 1
            default: break
            }
            index += 1
        }
        return bytes.count
    }

    private func has(_ pattern: StaticString, at index: Int) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return pattern.withUTF8Buffer { buffer in
            for offset in 0..<length where bytes[index + offset] != buffer[offset] { return false }
            return true
        }
    }

    private func find(_ pattern: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if has(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func skip(past pattern: StaticString, from start: Int) -> Int {
        find(pattern, from: start).map { $0 + pattern.utf8CodeUnitCount } ?? bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

// MARK: - Document walking

/// Walks word/document.xml and renders paragraphs and table rows as lines.
struct DOCXDocumentWalker {
    /// WordprocessingML namespace URIs (transitional and strict).
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    /// WordprocessingML elements whose whole content is skipped: deletions, moved-away text and tracked property changes.
    static let skippedElements: Set<String> = [
        "del", "moveFrom", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
        "tblGridChange", "numberingChange",
    ]

    /// One open paragraph (text boxes nest paragraphs inside paragraphs).
    private struct Paragraph {
        var text = ""
        var styleId: String?
        var numId: Int?
        var ilvl: Int?
        var propertiesDepth: Int?
        var numberingDepth: Int?
        var runDepth: Int?
        var runPropertiesDepth: Int?
        var runHidden = false
        var inText = false
    }

    /// One open table: the cells of its current row.
    private struct Table {
        var cells: [String] = []
        var cell: String?
    }

    private var lines: [String] = []
    private var paragraphs: [Paragraph] = []
    private var tables: [Table] = []
    private var wordPrefix = "w"
    private var depth = 0
    private var skipUntilDepth: Int?

    /// Renders the document: one line per paragraph or table row, joined by newlines.
    mutating func render(_ document: [UInt8], numbering: inout DOCXNumbering) throws(DOCXError) -> String {
        var scanner = XMLTagScanner(bytes: DOCXText.utf8(document))
        var sawRoot = false
        while let event = scanner.next() {
            switch event {
            case .start(let tag):
                if !sawRoot {
                    sawRoot = true
                    guard tag.local == "document" || tag.local == "body" else {
                        throw .malformedXML("word/document.xml starts with <\(tag.local)>, not <w:document>")
                    }
                    wordPrefix = Self.wordPrefix(of: tag, in: scanner) ?? tag.prefix
                }
                start(tag, scanner: scanner)
            case .end(let prefix, let local):
                end(prefix: prefix, local: local, numbering: &numbering)
            case .text(let range):
                appendText(range, scanner: scanner)
            case .cdata(let range):
                if skipUntilDepth == nil, let index = paragraphs.indices.last, paragraphs[index].inText {
                    paragraphs[index].text += String(decoding: scanner.bytes[range], as: UTF8.self)
                }
            }
        }
        guard sawRoot else { throw .malformedXML("word/document.xml has no elements") }
        while !paragraphs.isEmpty { finishParagraph(numbering: &numbering) }
        return lines.joined(separator: "\n")
    }

    /// The prefix the root element binds to the WordprocessingML namespace.
    private static func wordPrefix(of root: XMLTag, in scanner: XMLTagScanner) -> String? {
        for (name, value) in root.attributes where wordNamespaces.contains(scanner.decodedText(value)) {
            let qualified = scanner.name(of: name)
            if qualified == "xmlns" { return "" }
            if qualified.hasPrefix("xmlns:") { return String(qualified.dropFirst(6)) }
        }
        return nil
    }

    private mutating func start(_ tag: XMLTag, scanner: XMLTagScanner) {
        let elementDepth = depth + 1
        if !tag.selfClosing { depth = elementDepth }
        guard skipUntilDepth == nil else { return }
        // Markup compatibility: keep mc:Choice, drop the duplicate mc:Fallback.
        let isWord = tag.prefix == wordPrefix
        if tag.local == "Fallback" || (isWord && Self.skippedElements.contains(tag.local)) {
            if !tag.selfClosing { skipUntilDepth = elementDepth }
            return
        }
        guard isWord else { return }
        switch tag.local {
        case "p":
            if !tag.selfClosing { paragraphs.append(Paragraph()) }
        case "tbl":
            if !tag.selfClosing { tables.append(Table()) }
        case "tr":
            if !tables.isEmpty { tables[tables.count - 1].cells = [] }
        case "tc":
            // An empty-element cell still takes its place in the row.
            if !tables.isEmpty {
                if tag.selfClosing { tables[tables.count - 1].cells.append("") } else { tables[tables.count - 1].cell = "" }
            }
        default:
            guard let index = paragraphs.indices.last else { return }
            Self.updateParagraph(&paragraphs[index], tag: tag, depth: elementDepth, scanner: scanner)
        }
    }

    /// Applies a tag inside the current paragraph: properties, runs and run content. Static: a method of the walker
    /// given one of its own paragraphs `inout` copied the whole walker, and then its paragraphs, at every tag.
    private static func updateParagraph(_ paragraph: inout Paragraph, tag: XMLTag, depth elementDepth: Int, scanner: XMLTagScanner) {
        let value = { scanner.attribute("val", of: tag) }
        switch tag.local {
        case "pPr":
            if paragraph.runDepth == nil, !tag.selfClosing { paragraph.propertiesDepth = elementDepth }
        case "pStyle":
            if paragraph.propertiesDepth == elementDepth - 1 { paragraph.styleId = value() }
        case "numPr":
            if paragraph.propertiesDepth == elementDepth - 1, !tag.selfClosing { paragraph.numberingDepth = elementDepth }
        case "ilvl":
            if paragraph.numberingDepth == elementDepth - 1 { paragraph.ilvl = value().flatMap { Int($0) } }
        case "numId":
            if paragraph.numberingDepth == elementDepth - 1 { paragraph.numId = value().flatMap { Int($0) } }
        case "r":
            if !tag.selfClosing {
                paragraph.runDepth = elementDepth
                paragraph.runHidden = false
            }
        case "rPr":
            if paragraph.runDepth == elementDepth - 1, !tag.selfClosing { paragraph.runPropertiesDepth = elementDepth }
        case "vanish":
            if paragraph.runPropertiesDepth == elementDepth - 1 {
                paragraph.runHidden = !["0", "false", "off"].contains(value() ?? "true")
            }
        case "t":
            if paragraph.runDepth != nil, !paragraph.runHidden, !tag.selfClosing { paragraph.inText = true }
        default:
            guard paragraph.runDepth != nil, paragraph.runPropertiesDepth == nil, !paragraph.runHidden,
                  let text = Self.runContent(tag, scanner: scanner) else { return }
            paragraph.text += text
        }
    }

    /// Text that an empty run element stands for: tabs, breaks, hyphens and symbols.
    private static func runContent(_ tag: XMLTag, scanner: XMLTagScanner) -> String? {
        switch tag.local {
        case "tab", "ptab": return "\t"
        case "br", "cr": return "\n"
        case "noBreakHyphen": return "-"
        case "sym":
            guard let code = scanner.attribute("char", of: tag).flatMap({ UInt32($0, radix: 16) }) else { return nil }
            return DOCXText.symbol(code)
        default: return nil
        }
    }

    private mutating func end(prefix: String, local: String, numbering: inout DOCXNumbering) {
        let elementDepth = depth
        depth = max(depth - 1, 0)
        if let skip = skipUntilDepth {
            if elementDepth <= skip { skipUntilDepth = nil }
            return
        }
        guard prefix == wordPrefix else { return }
        switch local {
        case "p":
            if !paragraphs.isEmpty { finishParagraph(numbering: &numbering) }
        case "tc":
            if let index = tables.indices.last, let cell = tables[index].cell {
                tables[index].cells.append(cell)
                tables[index].cell = nil
            }
        case "tr":
            if let index = tables.indices.last {
                let row = tables[index].cells.joined(separator: "\t")
                tables[index].cells = []
                emit(row, fromRow: true)
            }
        case "tbl":
            if !tables.isEmpty { tables.removeLast() }
        default:
            guard let index = paragraphs.indices.last else { return }
            switch local {
            case "pPr": paragraphs[index].propertiesDepth = nil
            case "numPr": paragraphs[index].numberingDepth = nil
            case "r":
                paragraphs[index].runDepth = nil
                paragraphs[index].runPropertiesDepth = nil
                paragraphs[index].runHidden = false
                paragraphs[index].inText = false
            case "rPr": paragraphs[index].runPropertiesDepth = nil
            case "t": paragraphs[index].inText = false
            default: break
            }
        }
    }

    private mutating func appendText(_ range: Range<Int>, scanner: XMLTagScanner) {
        guard skipUntilDepth == nil, let index = paragraphs.indices.last, paragraphs[index].inText else { return }
        paragraphs[index].text += scanner.decodedText(range)
    }

    /// Closes the innermost paragraph: prefixes its list number and emits it.
    private mutating func finishParagraph(numbering: inout DOCXNumbering) {
        let paragraph = paragraphs.removeLast()
        let label = numbering.label(numId: paragraph.numId, ilvl: paragraph.ilvl, styleId: paragraph.styleId) ?? ""
        let body = DOCXText.trimmed(paragraph.text)
        emit(label.isEmpty ? body : DOCXText.trimmed(label + body), fromRow: false)
    }

    /// Sends a paragraph or row to the enclosing table cell, or to the output lines.
    private mutating func emit(_ text: String, fromRow: Bool) {
        // A row of a nested table belongs to the enclosing table's current cell.
        let tableIndex = fromRow ? tables.count - 2 : tables.count - 1
        if tableIndex >= 0, tables[tableIndex].cell != nil {
            // Inside a cell, line breaks and tabs would split the row: they become spaces.
            let spaced = text.utf8.map { $0 == 0x0A || $0 == 0x09 ? UInt8(ascii: " ") : $0 }
            let flattened = DOCXText.trimmed(String(decoding: spaced, as: UTF8.self))
            guard !flattened.isEmpty else { return }
            if tables[tableIndex].cell!.isEmpty {
                tables[tableIndex].cell = flattened
            } else {
                tables[tableIndex].cell! += " " + flattened
            }
            return
        }
        if fromRow {
            if text.utf8.contains(where: { $0 != 0x09 }) { lines.append(text) }
            return
        }
        // Split at line feeds by bytes, as splitting by characters would: a line feed after a carriage return is part
        // of one character (CR LF) and does not split.
        // The bytes are walked by offset: stepping a string's UTF-8 indices cost more than the rest of the paragraph.
        var text = text
        let pieces = text.withUTF8 { utf8 -> [String]? in
            var pieces: [String] = []
            var lineStart = 0, previous: UInt8 = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if byte == 0x0A, previous != 0x0D {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[lineStart..<index]), as: UTF8.self))
                    lineStart = index + 1
                }
                previous = byte
            }
            guard !pieces.isEmpty else { return nil }       // one line: the text itself
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[lineStart...]), as: UTF8.self))
            return pieces
        }
        for piece in pieces ?? [text] { appendTrimmed(piece) }
    }

    private mutating func appendTrimmed(_ line: String) {
        let trimmed = DOCXText.trimmed(line)
        if !trimmed.isEmpty { lines.append(trimmed) }
    }
}

/// Text helpers shared by the DOCX reader.
enum DOCXText {
    /// The bytes as UTF-8: UTF-16 parts (with a BOM) are transcoded; a UTF-8 BOM is dropped.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                units.append(little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return Array(bytes[3...]) }
        return bytes
    }

    /// Symbol-font characters (U+F0xx) commonly used in reports, as ordinary characters.
    private static let symbolFontCharacters: [UInt32: Unicode.Scalar] = [
        0xF0B7: "•", 0xF0A7: "▪", 0xF06C: "●", 0xF06E: "■", 0xF075: "◆", 0xF0A8: "□", 0xF0D8: "➢", 0xF0FC: "✓",
    ]

    /// The text of a `<w:sym w:char="…">`: common Symbol/Wingdings bullets mapped, other code points kept as they are.
    static func symbol(_ code: UInt32) -> String? {
        if let mapped = symbolFontCharacters[code] { return String(Character(mapped)) }
        return Unicode.Scalar(code).map { String(Character($0)) }
    }

    /// The string without leading and trailing spaces, tabs, no-break and full-width spaces.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isBlank: (Unicode.Scalar) -> Bool = { [" ", "\t", "\u{A0}", "\u{3000}", "\r"].contains($0) }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
