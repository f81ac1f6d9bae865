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
        try analyzer.clean(Array(text.utf8))
    }

    /// The findings of one rule on a text.
    static func findings(of rule: String, in text: String) throws -> [Finding] {
        try analyze(text).findings.filter { $0.rule == rule }
    }

    /// The findings of one rule on the fictional county report with `sentence` inserted (line 14).
    static func findings(of rule: String, inserting sentence: String) throws -> [Finding] {
        try findings(of: rule, in: countyReport(inserting: sentence))
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
