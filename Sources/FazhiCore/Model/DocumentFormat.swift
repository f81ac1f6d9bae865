/// The format a report file arrived in.
public enum DocumentFormat: String, Codable, Sendable, CaseIterable {
    case text
    case html
    case docx
    /// Text extracted from a PDF by pdftotext before it reaches the core.
    case pdf
}
