@testable import FazhiSQLite
import GRDB
import Testing

@Suite("Rows bound through SQLite's C API")
struct RowInserterTests {
    @Test("texts (empty is not NULL), integers and NULLs land as bound; the statement is reused row after row")
    func bindsEachKind() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)")
            var insert = RowInserter(try db.cachedStatement(sql: "INSERT INTO t (id, text, number) VALUES (?, ?, ?)"))
            let rows: [(Int64, String?, Int?)] = [(1, "法治政府", 42), (2, "", nil), (3, nil, -7), (4, "引号\"与🙂", Int.max)]
            for (id, text, number) in rows {
                insert.bind(id)
                insert.bind(text)
                insert.bind(number)
                try insert.run()
            }
            let stored = try Row.fetchAll(db, sql: "SELECT id, text, number FROM t ORDER BY id")
            #expect(stored.map { $0["text"] as String? } == rows.map(\.1))
            #expect(stored.map { $0["number"] as Int? } == rows.map(\.2))
            // GRDB can use the cached statement again with its own arguments.
            try db.execute(sql: "INSERT INTO t (id, text, number) VALUES (?, ?, ?)", arguments: [5, "again", 1])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 5)
        }
    }

    @Test("a failed insert throws SQLite's error with the statement, and the next row still goes in")
    func failureIsReported() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            var insert = RowInserter(try db.cachedStatement(sql: "INSERT INTO t (id, text) VALUES (?, ?)"))
            insert.bind(Int64(1))
            insert.bind(String?.none)
            let error = #expect(throws: DatabaseError.self) { try insert.run() }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT)
            #expect(error?.sql?.contains("INSERT INTO t") == true)
            insert.bind(Int64(1))
            insert.bind("kept")
            try insert.run()
            #expect(try String.fetchOne(db, sql: "SELECT text FROM t WHERE id = 1") == "kept")
        }
    }
}
