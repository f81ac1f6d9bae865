@testable import FazhiCore
@testable import FazhiServer
import FazhiStore
import NIOCore
import Foundation

/// The parsers a coverage-guided fuzzer feeds, one input at a time. Each must return for any bytes; a crash, a hang or
/// a memory error (address sanitizer) is a finding.
enum FuzzTarget: String, CaseIterable {
    /// The whole analysis of a file of any format (text in any encoding, HTML, DOCX): reader, cleaner, outline,
    /// metadata, figures, review.
    case document
    /// The DOCX reader alone (ZIP layout, XML, numbering).
    case docx
    /// The HTML tokenizer and body extractor.
    case html
    /// The numeral parser and quantity scanner on one line.
    case numerals
    /// A search query as a user types it.
    case query
    /// An upload's multipart/form-data body (the first line is the boundary), and its header parameters.
    case multipart

    /// The target `FAZHI_FUZZ_TARGET` names (document when unset).
    static var current: FuzzTarget {
        ProcessInfo.processInfo.environment["FAZHI_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .document
    }

    private static let resources = try! AnalysisResources.bundled()
    private static let analyzer = Analyzer(resources: resources)

    /// Runs one input through the target.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .document:
            _ = try? Self.analyzer.analyze(bytes, source: "fuzz")
        case .docx:
            _ = try? DOCXReader.text(from: bytes)
        case .html:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = HTMLBodyExtractor.extract(SourceText(text), chrome: Self.resources.htmlChrome)
        case .numerals:
            let line = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            for index in line.indices.prefix(256) { _ = NumeralParser.parse(line, at: index) }
            _ = Self.resources.quantityScanner.scan(line)
        case .query:
            let query = SearchQuery(String(decoding: bytes, as: UTF8.self), simplify: Self.analyzer.simplifiedSpelling)
            _ = query.terms
        case .multipart:
            let boundaryEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
            let boundary = String(decoding: bytes[..<boundaryEnd], as: UTF8.self)
            let body = ByteBuffer(bytes: bytes[min(boundaryEnd + 1, bytes.count)...])
            if let parts = try? Uploads.parts(body, boundary: boundary) {
                for part in parts {
                    for value in part.headers.values { _ = Uploads.parameter("filename", of: value) }
                }
            }
            _ = Uploads.parameter("boundary", of: boundary)
        }
    }
}
