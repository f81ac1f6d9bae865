/// Checks that a ZIP archive's directory stays inside its bytes before ZIPFoundation reads it.
///
/// ZIPFoundation's in-memory archive traps when a damaged directory points past the end of the
/// data; a damaged upload must be an error, never a crash. This walks the end-of-central-directory
/// record, every central-directory entry and its local header, and rejects any offset or size
/// that leaves the buffer (and ZIP64 archives, which .docx files never need).
enum ZIPLayout {
    /// Whether every structure the archive's directory names lies within `bytes`.
    static func isSound(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        func u16(_ offset: Int) -> Int? {
            offset >= 0 && offset + 2 <= count ? Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 : nil
        }
        func u32(_ offset: Int) -> Int? {
            guard let low = u16(offset), let high = u16(offset + 2) else { return nil }
            return low | high << 16
        }
        guard count >= 22 else { return false }
        var end = count - 22
        let earliest = max(0, count - 22 - 65_535)
        while end >= earliest, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= earliest, let entries = u16(end + 10), let directorySize = u32(end + 12),
              let directoryOffset = u32(end + 16), directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF,
              entries != 0xFFFF, directoryOffset + directorySize <= end else { return false }
        var cursor = directoryOffset
        for _ in 0..<entries {
            guard u32(cursor) == 0x0201_4B50, let compressed = u32(cursor + 20), let uncompressed = u32(cursor + 24),
                  let nameLength = u16(cursor + 28), let extraLength = u16(cursor + 30),
                  let commentLength = u16(cursor + 32), let local = u32(cursor + 42),
                  compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                  u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28),
                  local + 30 + localName + localExtra + compressed <= count
            else { return false }
            cursor += 46 + nameLength + extraLength + commentLength
            guard cursor <= directoryOffset + directorySize else { return false }
        }
        return true
    }
}
