/// A ZIP archive's directory, read from its bytes with every offset and size checked against them.
///
/// A damaged upload must be an error, never a crash or a hang: this walks the end-of-central-directory record, every
/// central-directory entry and its local header, and rejects any offset or size that leaves the buffer (and ZIP64
/// archives, which .docx files never need). The entries' data is then inflated from these bytes directly.
struct ZIPLayout {
    /// One stored file: where its data lies in the archive's bytes and how it is compressed.
    struct Entry {
        /// The path as the archive writes it.
        var path: String
        /// 0 stored, 8 deflated; others are not read.
        var method: Int
        /// Where the file's (compressed) data starts.
        var dataOffset: Int
        /// Its length in the archive.
        var compressedSize: Int
        /// Its length once inflated, as the directory declares it.
        var uncompressedSize: Int
    }

    /// Every entry, in directory order.
    let entries: [Entry]

    /// Reads the directory; nil when any structure it names leaves `bytes`.
    init?(_ bytes: [UInt8]) {
        let count = bytes.count
        func u16(_ offset: Int) -> Int? {
            offset >= 0 && offset + 2 <= count ? Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 : nil
        }
        func u32(_ offset: Int) -> Int? {
            guard let low = u16(offset), let high = u16(offset + 2) else { return nil }
            return low | high << 16
        }
        guard count >= 22 else { return nil }
        var end = count - 22
        let earliest = max(0, count - 22 - 65_535)
        while end >= earliest, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= earliest, let entryCount = u16(end + 10), let directorySize = u32(end + 12),
              let directoryOffset = u32(end + 16), directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF,
              entryCount != 0xFFFF, directoryOffset + directorySize <= end else { return nil }
        var entries: [Entry] = []
        var cursor = directoryOffset
        for _ in 0..<entryCount {
            guard u32(cursor) == 0x0201_4B50, let method = u16(cursor + 10), let compressed = u32(cursor + 20),
                  let uncompressed = u32(cursor + 24), let nameLength = u16(cursor + 28), let extraLength = u16(cursor + 30),
                  let commentLength = u16(cursor + 32), let local = u32(cursor + 42),
                  compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                  u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= count,
                  cursor + 46 + nameLength <= count
            else { return nil }
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(path: name, method: method, dataOffset: local + 30 + localName + localExtra,
                                 compressedSize: compressed, uncompressedSize: uncompressed))
            cursor += 46 + nameLength + extraLength + commentLength
            guard cursor <= directoryOffset + directorySize else { return nil }
        }
        self.entries = entries
    }
}
