import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresReportStore {
    public func importRoster(_ departments: [RosterEntry], by author: String?) async throws -> Int {
        let now = ISO8601DateFormatter().string(from: Date())
        let entries = departments.filter { $0.identity.kind == .department }
        // One row per government and sector: the last of the file wins, as an import replaces what was there.
        var latest: [String: RosterEntry] = [:]
        for entry in entries { latest[entry.identity.divisionCode + "\u{1F}" + (entry.identity.sector ?? "")] = entry }
        let ordered = latest.values.sorted { $0.name < $1.name }
        try await transaction { connection in
            for start in stride(from: 0, to: ordered.count, by: 5_000) {
                let batch = ordered[start..<min(start + 5_000, ordered.count)]
                var sql = SQLBuilder()
                sql.append("INSERT INTO roster_department (division_code, sector, name, division_name, level, imported_at, imported_by) VALUES ")
                sql.append(batch.map { entry in
                    """
                    (\(sql.bind(entry.identity.divisionCode)), \(sql.bind(entry.identity.sector ?? "")), \(sql.bind(entry.name)),
                    \(sql.bind(entry.divisionName)), \(sql.bind(entry.level.rawValue)), \(sql.bind(now)), \(sql.bind(author)))
                    """
                }.joined(separator: ", "))
                sql.append("""
                     ON CONFLICT (division_code, sector) DO UPDATE SET name = excluded.name, division_name = excluded.division_name,
                        level = excluded.level, imported_at = excluded.imported_at, imported_by = excluded.imported_by
                    """)
                _ = try await rows(sql, on: connection)
            }
        }
        return entries.count
    }

    public func rosterDepartments(divisionCode: String) async throws -> [RosterEntry] {
        var sql = SQLBuilder()
        sql.append("""
            SELECT division_code, sector, name, division_name, level FROM roster_department
            WHERE division_code = \(sql.bind(divisionCode)) ORDER BY sector COLLATE "C"
            """)
        return try await rows(sql).map { row in
            let (code, sector, name, divisionName, level) = try row.decode((String, String, String, String, String).self)
            return RosterEntry(name: name, identity: BodyIdentity(divisionCode: code, kind: .department, sector: sector),
                               divisionName: divisionName, level: RegionLevel(rawValue: level) ?? .county)
        }
    }
}
