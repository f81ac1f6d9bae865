import FazhiCore
import Foundation

extension IngestItem {
    /// What a store keeps of an analysed file besides its figures and findings (which go to rows of their own): the
    /// analysis JSON without text, figures, findings and positions; the cleaned text; the positions' JSON; the
    /// province and prefecture the report is filed under; and each figure's numbers as text.
    public struct StoredForm: Sendable {
        public var analysis: String
        public var text: String
        public var positions: String?
        public var province: String?
        public var prefecture: String?
        /// Each figure's value and bounds as the figure rows keep them, in the figures' order.
        public var figureNumbers: [FigureNumbers]
    }

    /// A figure's value and bounds as text (`Decimal`'s own spelling).
    public struct FigureNumbers: Sendable {
        public var value: String
        public var lower: String?
        public var upper: String?
    }

    /// Makes the stored form now, on the calling core, so that the store's single writer need not: the ingest
    /// pipelines call it where they analyse.
    public mutating func prepareStoredForm() throws {
        preparedStoredForm = try makeStoredForm()
    }

    /// The item as a store keeps it: the prepared form, or made now.
    public func storedForm() throws -> StoredForm {
        try preparedStoredForm ?? makeStoredForm()
    }

    private func makeStoredForm() throws -> StoredForm {
        var stripped = report
        stripped.text = nil
        stripped.quantities = []
        stripped.findings = []
        stripped.positions = nil
        let region = report.metadata.region
        return StoredForm(
            analysis: String(decoding: try JSONFormat.encode(stripped, pretty: false), as: UTF8.self), text: report.text ?? "",
            positions: try report.positions.map { String(decoding: try JSONFormat.encode($0, pretty: false), as: UTF8.self) },
            province: region?.level == .province ? region?.name : region?.province,
            prefecture: region?.level == .prefecture ? region?.name : region?.prefecture,
            figureNumbers: report.quantities.map {
                FigureNumbers(value: DecimalText.string($0.value), lower: $0.lower.map(DecimalText.string),
                              upper: $0.upper.map(DecimalText.string))
            })
    }
}
