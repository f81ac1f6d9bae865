import FazhiStore
import GRDB
import GRDBSQLite

/// SQLite FTS5 tokenizer `fazhi_bigram`: Chinese character pairs and folded words (see ``BigramScanner``).
final class BigramTokenizer: FTS5CustomTokenizer {
    static let name = "fazhi_bigram"

    private let documents = BigramScanner(emitsRunEnds: true)
    private let queries = BigramScanner(emitsRunEnds: false)

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?, nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let scanner = tokenization.contains(.query) ? queries : documents
        var status = SQLITE_OK
        scanner.scan(buffer) { token, start, end, colocated in
            status = token.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, colocated ? FTS5_TOKEN_COLOCATED : 0,
                              chars.baseAddress, CInt(chars.count), CInt(start), CInt(end))
            }
            return status == SQLITE_OK
        }
        return status
    }
}
