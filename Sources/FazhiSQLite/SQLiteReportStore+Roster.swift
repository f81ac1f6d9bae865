import FazhiCore
import FazhiStore
import Foundation
import GRDB

extension SQLiteReportStore {
    public func parts(of ids: [Int64]) async throws -> [Int64: Set<MandatedPart>] {
        guard !ids.isEmpty else { return [:] }
        return try await read { db in
            var parts: [Int64: Set<MandatedPart>] = Dictionary(uniqueKeysWithValues: ids.map { ($0, []) })
            // In chunks: SQLite limits the number of placeholders in one statement.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT reportId, part FROM part WHERE reportId IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ", ")))
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    if let part = MandatedPart(rawValue: row["part"]) { parts[row["reportId"], default: []].insert(part) }
                }
            }
            return parts
        }
    }

    public func importRoster(_ departments: [RosterEntry], by author: String?) async throws -> Int {
        let now = ISO8601DateFormatter().string(from: Date())
        return try await write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO roster_department (divisionCode, sector, name, divisionName, level, importedAt, importedBy)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for entry in departments where entry.identity.kind == .department {
                try insert.execute(arguments: [entry.identity.divisionCode, entry.identity.sector ?? "", entry.name,
                                               entry.divisionName, entry.level.rawValue, now, author])
            }
            return departments.filter { $0.identity.kind == .department }.count
        }
    }

    public func rosterDepartments(divisionCode: String) async throws -> [RosterEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT divisionCode, sector, name, divisionName, level FROM roster_department WHERE divisionCode = ? ORDER BY sector
                """, arguments: [divisionCode]).map { row in
                    RosterEntry(name: row["name"],
                                identity: BodyIdentity(divisionCode: row["divisionCode"], kind: .department, sector: row["sector"]),
                                divisionName: row["divisionName"], level: RegionLevel(rawValue: row["level"]) ?? .county)
                }
        }
    }
}
