import FazhiStore
import Foundation

/// Signed-in desk sessions: a random id in an HttpOnly, SameSite=Strict cookie, kept in the report store for 12 hours
/// (only its SHA-256), so every server over one store knows every session and none holds state of its own.
struct SessionStore: Sendable {
    let store: any ReportStore
    private let lifetime: TimeInterval = 12 * 3600

    /// The cookie's name.
    static let cookie = "fazhi_session"

    /// A new session for `user`; returns its id.
    func open(for user: ServerUser) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
        try await store.openSession(idHash: ServerUser.hash(id), user: user.name, expires: Date().addingTimeInterval(lifetime))
        return id
    }

    /// The user of a live session, as the users file has them now (a user taken out of it is signed out).
    func user(_ id: String, in directory: UserDirectory) async -> ServerUser? {
        guard id.count == 64, id.allSatisfy(\.isHexDigit),
              let name = try? await store.sessionUser(idHash: ServerUser.hash(id)) else { return nil }
        return directory.users.first { $0.name == name }
    }

    /// Ends a session.
    func close(_ id: String) async throws {
        try await store.closeSession(idHash: ServerUser.hash(id))
    }
}
