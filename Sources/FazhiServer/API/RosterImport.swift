/// What an API roster import did: departments stored, rows left out by line.
struct RosterImport: Codable, Sendable {
    struct Problem: Codable, Sendable {
        var line: Int
        var reason: String
    }

    var stored: Int
    var problems: [Problem]
}
