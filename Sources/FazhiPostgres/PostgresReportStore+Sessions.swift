import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore {
    public func openSession(idHash: String, user: String, expires: Date) async throws {
        try await transaction { connection in
            var sweep = SQLBuilder()
            sweep.append("DELETE FROM desk_session WHERE expires < \(sweep.bind(Date().timeIntervalSince1970))")
            _ = try await rows(sweep, on: connection)
            var insert = SQLBuilder()
            insert.append("""
                INSERT INTO desk_session (id_hash, user_name, expires)
                VALUES (\(insert.bind(idHash)), \(insert.bind(user)), \(insert.bind(expires.timeIntervalSince1970)))
                """)
            _ = try await rows(insert, on: connection)
        }
    }

    public func sessionUser(idHash: String) async throws -> String? {
        var sql = SQLBuilder()
        sql.append("""
            SELECT user_name FROM desk_session WHERE id_hash = \(sql.bind(idHash)) AND expires > \(sql.bind(Date().timeIntervalSince1970))
            """)
        return try await rows(sql).first?.decode(String.self)
    }

    public func closeSession(idHash: String) async throws {
        var sql = SQLBuilder()
        sql.append("DELETE FROM desk_session WHERE id_hash = \(sql.bind(idHash))")
        _ = try await rows(sql)
    }
}
