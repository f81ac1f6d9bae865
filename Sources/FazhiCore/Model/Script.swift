/// Whether a report is written in simplified or traditional characters.
public enum Script: String, Codable, Sendable {
    case simplified
    case traditional
}
