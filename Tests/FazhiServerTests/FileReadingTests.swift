import FazhiFiles
import Foundation
import Testing

/// A report file's original bytes, read with `open`, `fstat` and `read`: exactly the bytes, and each failure named.
@Suite struct FileReadingTests {
    private func failure(_ path: String) -> FileFailure? {
        do {
            _ = try FileLoader.readOriginal(path)
            return nil
        } catch {
            return error
        }
    }

    @Test func bytesComeBackExactly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 4095, 65_536, 65_537, 1_000_003] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let file = directory.appendingPathComponent("\(size).bin")
            try Data(bytes).write(to: file)
            #expect(try FileLoader.readOriginal(file.path) == bytes, "\(size) bytes")
        }
    }

    @Test func aFileWhoseSizeIsNotStatedIsReadToItsEnd() throws {
        // /proc files state a size of 0.
        let bytes = try FileLoader.readOriginal("/proc/self/status")
        #expect(String(decoding: bytes, as: UTF8.self).contains("Name:"))
    }

    @Test func failuresNameTheCause() throws {
        #expect(failure("/nonexistent/report.txt")?.reason == "cannot read the file (No such file or directory)")
        #expect(failure(NSTemporaryDirectory())?.reason == "cannot read the file (Is a directory)")
        // A sparse file past the limit is refused before anything is read.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-huge-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(FileLoader.maximumFileSize + 1))
        try handle.close()
        let refused = try #require(failure(file.path))
        #expect(refused.reason == "the file is \(FileLoader.maximumFileSize + 1) bytes, larger than the \(FileLoader.maximumFileSize)-byte limit")
        #expect(refused.chineseReason != nil)
    }
}
