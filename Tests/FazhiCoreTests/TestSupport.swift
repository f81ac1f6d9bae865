@testable import FazhiCore
import FazhiTesting
import Foundation

/// One analyzer for all tests: loading resources once keeps the suites fast.
enum Shared {
    static let analyzer = try! Analyzer.bundled()
    static let resources = try! AnalysisResources.bundled()

    /// Analyses UTF-8 text.
    static func analyze(_ text: String, format: DocumentFormat? = nil) throws -> Report {
        try analyzer.analyze(Array(text.utf8), source: "fixture", format: format, includeText: true)
    }

    /// Cleans UTF-8 text.
    static func clean(_ text: String) throws -> CleanedDocument {
        let cleaner = Cleaner(
            chrome: ChromeClassifier(terms: resources.chromeTerms),
            scripts: ScriptConverter(protectedTerms: resources.protectedTerms + resources.gazetteer.divisions.map(\.name)))
        return cleaner.clean(try DocumentReader.read(Array(text.utf8)))
    }

    /// The fictional county report with a sentence inserted into its plans part (line 14).
    static func countyReport(inserting sentence: String) -> String {
        FazhiTesting.Fixtures.countyReport.replacingOccurrences(of: "下一步，我县将", with: sentence + "下一步，我县将")
    }

    /// Encodes a string with a Foundation encoding number (GB18030 0x80000632, Big5 0x80000A03).
    static func encode(_ text: String, _ encoding: UInt) -> [UInt8] {
        [UInt8](text.data(using: String.Encoding(rawValue: encoding))!)
    }
}
