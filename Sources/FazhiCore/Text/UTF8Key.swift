/// A string hashed and compared by its UTF-8 bytes, as the key of a dictionary of Chinese words: a `String` hashes and
/// compares non-ASCII text through Unicode normalization, several times the cost of its bytes.
///
/// Two strings that differ only in normalization (a decomposed é) are different keys; Fazhi's words are NFC.
struct UTF8Key: Hashable, Sendable {
    let string: String
    /// An FNV-1a digest of the bytes, made once: it feeds the hasher, and keys that differ in it differ.
    private let digest: UInt64

    init(_ string: String) {
        var bytes = string
        digest = bytes.withUTF8 { bytes in
            var digest: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return digest
        }
        self.string = string
    }

    static func == (left: UTF8Key, right: UTF8Key) -> Bool {
        guard left.digest == right.digest, left.string.utf8.count == right.string.utf8.count else { return false }
        var left = left.string, right = right.string
        return left.withUTF8 { left in right.withUTF8 { left.elementsEqual($0) } }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}
