/// A report file decoded into text, before cleaning.
public struct DecodedDocument: Sendable {
    /// The format the file was read as.
    public var format: DocumentFormat
    /// The detected character encoding.
    public var encoding: TextEncoding
    /// The decoded original; positions refer to it.
    public var source: SourceText
    /// The report text extracted from it (the page body for HTML), mapped to `source`.
    public var body: MappedText
    /// Bytes that could not be decoded and became U+FFFD.
    public var replacements: Int
}

/// Why a file could not be read as a report.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no bytes.
    case empty
    /// The bytes are a PDF; its text must be extracted first (the CLI runs pdftotext).
    case pdfNeedsExtraction
    /// The PDF has no text layer (a scan).
    case noTextLayer
    /// The bytes are binary data of an unsupported kind.
    case binary
    /// A DOCX file could not be read.
    case docx(DOCXError)

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .pdfNeedsExtraction: return "the file is a PDF; its text must be extracted with pdftotext first"
        case .noTextLayer: return "the PDF has no text layer (a scanned image?); nothing to analyse"
        case .binary: return "the file is binary, not text, HTML, DOCX or PDF"
        case .docx(let error): return "the DOCX file could not be read: \(error)"
        }
    }
}

/// Reads report bytes of any supported format and encoding into a `DecodedDocument`.
public enum DocumentReader {
    /// Reads bytes; `format` overrides sniffing (the CLI passes `.pdf` with pdftotext's output); a web page's body is
    /// found with `htmlChrome`.
    public static func read(_ bytes: [UInt8], format: DocumentFormat? = nil,
                            htmlChrome: HTMLChromeTerms) throws(ReadError) -> DecodedDocument {
        guard !bytes.isEmpty else { throw .empty }
        let format = format ?? sniff(bytes)
        switch format {
        case .docx:
            let text: String
            do { text = try DOCXReader.text(from: bytes) } catch { throw .docx(error) }
            let source = SourceText(text)
            return DecodedDocument(format: .docx, encoding: .utf8, source: source,
                                   body: MappedText(identity: source), replacements: 0)
        case .html:
            let declared = HTMLBodyExtractor.declaredCharset(in: bytes).flatMap(TextEncoding.init(label:))
            let decoded = EncodingDetector.decode(bytes, declared: declared)
            let source = SourceText(scalars: decoded.scalars)
            return DecodedDocument(format: .html, encoding: decoded.encoding, source: source,
                                   body: HTMLBodyExtractor.extract(source, chrome: htmlChrome), replacements: decoded.replacements)
        case .text, .pdf:
            if format == .text, bytes.starts(with: Array("%PDF".utf8)) { throw .pdfNeedsExtraction }
            if format == .text, isBinary(bytes) { throw .binary }
            let decoded = EncodingDetector.decode(bytes)
            let source = SourceText(scalars: decoded.scalars)
            if format == .pdf, !source.scalars.contains(where: { $0.isHan || $0.isASCIILetter }) {
                throw .noTextLayer
            }
            return DecodedDocument(format: format, encoding: decoded.encoding, source: source,
                                   body: MappedText(identity: source), replacements: decoded.replacements)
        }
    }

    /// The format bytes look like.
    public static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        if DOCXReader.looksLikeZIP(bytes) { return .docx }
        if HTMLBodyExtractor.looksLikeHTML(bytes) { return .html }
        return .text
    }

    /// Whether bytes are binary: NUL bytes outside a UTF-16 pattern, or many control bytes.
    private static func isBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return false }
        var controls = 0, evenNUL = 0, oddNUL = 0
        sample.withUnsafeBufferPointer { sample in
            for offset in sample.indices {
                let byte = sample[offset]
                guard byte < 0x20 else { continue }
                if byte == 0 { if offset % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 } }
                if byte < 0x09 || (byte > 0x0D && byte != 0x1B) { controls += 1 }
            }
        }
        let half = sample.count / 2
        let looksUTF16 = (oddNUL > half / 3 && evenNUL < half / 20) || (evenNUL > half / 3 && oddNUL < half / 20)
        if looksUTF16 { return false }
        return controls * 20 > sample.count
    }
}
