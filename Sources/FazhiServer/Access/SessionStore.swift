import Foundation

/// Signed-in desk sessions: a random id in an HttpOnly, SameSite=Strict cookie, kept in memory for 12 hours.
actor SessionStore {
    private var sessions: [String: (user: ServerUser, expires: Date)] = [:]
    private let lifetime: TimeInterval = 12 * 3600

    /// The cookie's name.
    static let cookie = "fazhi_session"

    /// A new session for `user`; returns its id.
    func open(for user: ServerUser) -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = UInt8.random(in: .min ... .max, using: &generator) }
        let id = bytes.map { String(format: "%02x", $0) }.joined()
        let now = Date()
        sessions = sessions.filter { $0.value.expires > now }
        sessions[id] = (user, now.addingTimeInterval(lifetime))
        return id
    }

    /// The user of a live session.
    func user(_ id: String) -> ServerUser? {
        guard let session = sessions[id], session.expires > Date() else { return nil }
        return session.user
    }

    /// Ends a session.
    func close(_ id: String) {
        sessions[id] = nil
    }
}
