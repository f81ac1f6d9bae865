import FazhiCore
import Foundation

extension IngestItem {
    /// What a store keeps of an analysed file besides its figures and findings (which go to rows of their own): the
    /// analysis JSON without text, figures, findings and positions; the cleaned text; the positions' JSON; and the
    /// province and prefecture the report is filed under.
    public struct StoredForm: Sendable {
        public var analysis: String
        public var text: String
        public var positions: String?
        public var province: String?
        public var prefecture: String?
    }

    /// The item as a store keeps it.
    public func storedForm() throws -> StoredForm {
        let encoder = JSONFormat.encoder(pretty: false)
        var stripped = report
        stripped.text = nil
        stripped.quantities = []
        stripped.findings = []
        stripped.positions = nil
        let region = report.metadata.region
        return StoredForm(
            analysis: String(decoding: try encoder.encode(stripped), as: UTF8.self), text: report.text ?? "",
            positions: try report.positions.map { String(decoding: try encoder.encode($0), as: UTF8.self) },
            province: region?.level == .province ? region?.name : region?.province,
            prefecture: region?.level == .prefecture ? region?.name : region?.prefecture)
    }
}
