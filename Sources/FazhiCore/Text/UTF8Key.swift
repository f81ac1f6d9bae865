/// A string hashed and compared by its UTF-8 bytes, as the key of a dictionary of Chinese words: a `String` hashes and
/// compares non-ASCII text through Unicode normalization, several times the cost of its bytes.
///
/// Two strings that differ only in normalization (a decomposed é) are different keys; Fazhi's words are NFC.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (left: UTF8Key, right: UTF8Key) -> Bool {
        var left = left.string, right = right.string
        guard left.utf8.count == right.utf8.count else { return false }
        return left.withUTF8 { left in right.withUTF8 { left.elementsEqual($0) } }
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
