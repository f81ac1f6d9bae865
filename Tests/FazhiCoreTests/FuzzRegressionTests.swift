@testable import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// Inputs the coverage-guided fuzzer (scripts/fuzz.sh) found that a parser mishandled, each kept as a regression test.
@Suite("fuzzer findings stay fixed")
struct FuzzRegressionTests {
    /// Runs `work` on a thread of its own and says whether it finished within `seconds`.
    static func finishes(within seconds: Double, _ work: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread {
            work()
            done.signal()
        }.start()
        return done.wait(timeout: .now() + seconds) == .success
    }

    @Test("a DOCX whose deflate stream outlasts its data, or ends in a short chunk, is an error at once: no endless read, no read past it", arguments: [
        "docx-stream-ends-early.docx", "docx-unopenable.docx", "docx-short-last-chunk.docx",
    ])
    func docx(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: PackageRoot.url.appendingPathComponent("Tests/FazhiCoreTests/Gold/fuzz/\(name)")))
        #expect(Self.finishes(within: 30) {
            _ = try? DOCXReader.text(from: bytes)
            _ = try? Shared.analyzer.analyze(bytes, source: name)
        }, "\(name) is still being read after 30 s")
    }

    /// Foundation's GB18030 encoder sized a line of noncharacters and private-use code points as convertible, then
    /// converted fewer and trapped ("didn't convert all characters"): any upload could stop the server. The mojibake
    /// repair now encodes through a table of GBK's codes and never calls it.
    @Test("a line that made Foundation's GB18030 encoder trap is analysed, and its garbling left alone")
    func gb18030EncoderTrap() throws {
        let name = "document-gb18030-encode-trap.bin"
        let bytes = [UInt8](try Data(contentsOf: PackageRoot.url.appendingPathComponent("Tests/FazhiCoreTests/Gold/fuzz/\(name)")))
        _ = try Shared.analyzer.analyze(bytes, source: name)
        let line = "\u{FF0D}" + String(repeating: "\u{FFFF}", count: 45) + "\u{F900}\u{C65B}\u{4796}\u{6195}\u{E5B8}\u{B1B1}鍏ㄥ勾"
        #expect(MojibakeDetector.repair(MappedText(line, origin: 0)).repaired.isEmpty)
    }
}
