import GRDB
import GRDBSQLite

/// A prepared insert run once per row, its values bound through SQLite's C API: for the hundred figure rows of a report,
/// GRDB's argument arrays (a boxed value per column) cost more than SQLite's insert itself.
///
/// The statement comes from GRDB's cache and is reset and cleared after each row, so GRDB can use it again.
struct RowInserter {
    private let statement: Statement
    private var column: Int32 = 0

    init(_ statement: Statement) {
        self.statement = statement
    }

    mutating func bind(_ value: String?) {
        column += 1
        guard var value else {
            sqlite3_bind_null(statement.sqliteStatement, column)
            return
        }
        value.withUTF8 { bytes in
            // An empty buffer may have no address, which SQLite would take for NULL.
            _ = bytes.isEmpty
                ? sqlite3_bind_text(statement.sqliteStatement, column, "", 0, nil)
                : sqlite3_bind_text(statement.sqliteStatement, column, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
    }

    mutating func bind(_ value: Int?) {
        column += 1
        if let value {
            sqlite3_bind_int64(statement.sqliteStatement, column, Int64(value))
        } else {
            sqlite3_bind_null(statement.sqliteStatement, column)
        }
    }

    mutating func bind(_ value: Int64) {
        column += 1
        sqlite3_bind_int64(statement.sqliteStatement, column, value)
    }

    /// Inserts the row bound so far and readies the statement for the next.
    mutating func run() throws {
        let handle = statement.sqliteStatement
        column = 0
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
        }
    }

    /// SQLite copies the value before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
