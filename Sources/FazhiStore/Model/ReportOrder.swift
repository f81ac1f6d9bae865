/// The order a list of reports is given in.
public enum ReportOrder: String, Codable, Sendable, CaseIterable {
    /// By division code (province, its cities, counties and townships; reports without one last), then year.
    case division
    /// Newest report year first, then by division code.
    case year
    /// Most error-level findings first, then by division code.
    case errors
    /// Most figures first, then by division code.
    case figures
}
