import Crypto
import Foundation

/// A named person using the desk and the API, with what they may do.
public struct ServerUser: Codable, Sendable, Equatable {
    /// What a user may do; each role may do what the ones before it may.
    public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
        /// Reads (as anyone may on a server whose reads are open).
        case viewer
        /// Decides on findings, writes notes, sets a report's review state.
        case reviewer
        /// Uploads reports; manages the roster.
        case admin

        /// 查看, 审核, 管理.
        public var chineseName: String {
            switch self {
            case .viewer: "查看"
            case .reviewer: "审核"
            case .admin: "管理"
            }
        }

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The name every decision of theirs is recorded under.
    public var name: String
    /// What they may do.
    public var role: Role
    /// SHA-256 of their token, hex (the token itself is never stored): `printf %s TOKEN | sha256sum`.
    public var tokenSHA256: String

    /// A user.
    public init(name: String, role: Role, tokenSHA256: String) {
        self.name = name
        self.role = role
        self.tokenSHA256 = tokenSHA256.lowercased()
    }

    /// A user whose token is given in the clear (hashed here).
    public init(name: String, role: Role, token: String) {
        self.init(name: name, role: role, tokenSHA256: Self.hash(token))
    }

    /// SHA-256 of a secret (a token, a session id), hex.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The users of a server, read from its users file (`fazhi serve --users users.json`):
/// `{"users": [{"name": "王审", "role": "reviewer", "tokenSHA256": "…"}]}`.
public struct UserDirectory: Sendable, Equatable {
    /// Everyone, in the file's order.
    public let users: [ServerUser]

    /// A directory of these users.
    public init(_ users: [ServerUser]) {
        self.users = users
    }

    private struct File: Decodable {
        var users: [ServerUser]
    }

    /// Reads a users file; an error says what is wrong with it.
    public init(json data: Data) throws(UsersFileError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw .malformed("\(error)")
        }
        var names = Set<String>()
        for user in file.users {
            guard !user.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .malformed("a user without a name") }
            guard names.insert(user.name).inserted else { throw .malformed("two users named \(user.name)") }
            guard user.tokenSHA256.count == 64, user.tokenSHA256.allSatisfy(\.isHexDigit) else {
                throw .malformed("\(user.name): tokenSHA256 must be 64 hex digits (printf %s TOKEN | sha256sum)")
            }
        }
        users = file.users.map { ServerUser(name: $0.name, role: $0.role, tokenSHA256: $0.tokenSHA256) }
    }

    /// The user a token belongs to; every user's hash is compared, in constant time.
    public func user(token: String) -> ServerUser? {
        let hash = Array(ServerUser.hash(token).utf8)
        var found: ServerUser?
        for user in users {
            let stored = Array(user.tokenSHA256.utf8)
            var difference = UInt8(stored.count == hash.count ? 0 : 1)
            for index in 0..<min(stored.count, hash.count) { difference |= stored[index] ^ hash[index] }
            if difference == 0 { found = user }
        }
        return found
    }
}

/// Why a users file cannot be used.
public enum UsersFileError: Error, CustomStringConvertible, Equatable {
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let reason): "not a Fazhi users file: \(reason)"
        }
    }
}
