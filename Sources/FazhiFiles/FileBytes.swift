#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes read with one `open`, one `fstat` and reads straight into the array: Foundation's attributes of an
/// item and `Data(contentsOf:)` took as long as analysing a small report's metadata.
enum FileBytes {
    /// Why a file could not be read: the C library's words for `errno`, or the file's size past the limit.
    enum Failure: Error {
        case system(String)
        case tooLarge(Int)
    }

    /// The file's bytes, refused when it holds more than `limit` (checked against its size before reading, and while
    /// reading, for a file that grows or whose size the system does not state).
    static func contents(of path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(message(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(message(errno)) }
        let size = Int(status.st_size)
        guard size <= limit else { throw .tooLarge(size) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let got = read(descriptor, base + count, size - count)
                if got > 0 {
                    count += got
                } else if got == 0 || errno != EINTR {
                    failure = got < 0 ? errno : 0
                    return
                }
            }
        }
        if failure != 0 { throw .system(message(failure)) }
        // Whatever follows the stated size (a file still being written, a special file).
        // The chunk is not zeroed first: most files end at their stated size, and zeroing 64 KB for each was
        // more than reading it.
        let tail = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { chunk -> Failure? in
            while true {
                let got = read(descriptor, chunk.baseAddress, chunk.count)
                if got == 0 { return nil }
                if got < 0 {
                    if errno == EINTR { continue }
                    return .system(message(errno))
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<got]))
                guard bytes.count <= limit else { return .tooLarge(bytes.count) }
            }
        }
        if let tail { throw tail }
        return bytes
    }

    private static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
