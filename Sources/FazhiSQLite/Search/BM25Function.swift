import Foundation
import GRDB
import GRDBSQLite

/// SQLite FTS5 ranking function `fazhi_bm25(report_fts, share…)`: BM25 as FTS5's own `bm25` computes it (k1 1.2,
/// b 0.75, lower is better), with the share of reports holding each phrase given as an argument instead of counted.
///
/// FTS5's `bm25` counts the reports holding each phrase by matching the phrase over the whole index, once a query;
/// for a phrase of common pairs on 100,000 reports that alone takes 20 ms. A search that ranks a bounded window of
/// candidates passes estimates, or nothing: every phrase then weighs the same, which keeps the order of a one-term
/// query exactly as `bm25` gives it.
enum BM25Function {
    static let name = "fazhi_bm25"

    /// Registers the function on a connection.
    static func register(_ db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
    }

    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api = api?.pointee, let fts else { return sqlite3_result_null(context) }
        let phrases = Int(api.xPhraseCount(fts))
        var frequencies = [Int](repeating: 0, count: phrases)
        var instances: Int32 = 0
        guard api.xInstCount(fts, &instances) == SQLITE_OK else { return sqlite3_result_error_code(context, SQLITE_ERROR) }
        for index in 0..<instances {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            if api.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK, Int(phrase) < phrases {
                frequencies[Int(phrase)] += 1
            }
        }
        var rows: Int64 = 0, totalSize: Int64 = 0
        var size: Int32 = 0
        guard api.xRowCount(fts, &rows) == SQLITE_OK, api.xColumnTotalSize(fts, 0, &totalSize) == SQLITE_OK,
              api.xColumnSize(fts, 0, &size) == SQLITE_OK else { return sqlite3_result_error_code(context, SQLITE_ERROR) }
        let averageSize = Double(totalSize) / Double(max(rows, 1))
        let k1 = 1.2, b = 0.75
        var score = 0.0
        for (phrase, frequency) in frequencies.enumerated() where frequency > 0 {
            var weight = 1.0
            if Int(count) > phrase, let value = values?[phrase], sqlite3_value_type(value) != SQLITE_NULL {
                // FTS5's inverse document frequency, kept positive.
                let documents = sqlite3_value_double(value) * Double(rows)
                weight = max(log((Double(rows) - documents + 0.5) / (documents + 0.5)), 1e-6)
            }
            let tf = Double(frequency)
            score += weight * tf * (k1 + 1) / (tf + k1 * (1 - b + b * Double(size) / averageSize))
        }
        sqlite3_result_double(context, -score)
    }
}
