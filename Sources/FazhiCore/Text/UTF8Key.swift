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
        left.string.utf8.elementsEqual(right.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
