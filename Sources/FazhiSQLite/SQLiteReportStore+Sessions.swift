import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    public func openSession(idHash: String, user: String, expires: Date) async throws {
        let now = Date().timeIntervalSince1970
        try await write { db in
            try db.execute(sql: "DELETE FROM desk_session WHERE expires < ?", arguments: [now])
            try db.execute(sql: "INSERT INTO desk_session (idHash, user, expires) VALUES (?, ?, ?)",
                           arguments: [idHash, user, expires.timeIntervalSince1970])
        }
    }

    public func sessionUser(idHash: String) async throws -> String? {
        let now = Date().timeIntervalSince1970
        return try await read { db in
            try String.fetchOne(db, sql: "SELECT user FROM desk_session WHERE idHash = ? AND expires > ?", arguments: [idHash, now])
        }
    }

    public func closeSession(idHash: String) async throws {
        try await write { db in try db.execute(sql: "DELETE FROM desk_session WHERE idHash = ?", arguments: [idHash]) }
    }
}
