import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// Mutation fuzzing: every sample, damaged thousands of ways, is analysed without a crash.
@Suite("mutation fuzzing of the samples")
struct MutationFuzzTests {
    static let samples = PackageRoot.sampleFiles

    /// Splices that stress the parsers: markers, brackets, numerals, tags, invalid bytes.
    static let splices: [[UInt8]] = [
        "一、", "（一）", "1.", "①", "〔2019〕", "质(zhì)", "?", "锟斤拷", "<div>", "</p>", "<!--", "&#x4E00;", "万余",
        "百分之", "\u{FEFF}", "\r\n", "特此报告。", "PK\u{3}\u{4}",
    ].map { Array($0.utf8) } + [[0xFF, 0xFE], [0x81, 0x30], [0xC0], [0xA4, 0x40], [0x00, 0x00]]

    @Test("damaged samples never crash the analyzer", arguments: samples)
    func mutate(sample: String) throws {
        let original = [UInt8](try Data(contentsOf: PackageRoot.samples.appendingPathComponent(sample)))
        let analyzer = try Analyzer.bundled()
        var random = SplitMix64(seed: UInt64(sample.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                guard !bytes.isEmpty else { break }
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[position] ^= UInt8.random(in: 1...255, using: &random)
                case 1: bytes.insert(contentsOf: Self.splices.randomElement(using: &random)!, at: position)
                case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &random)))
                default: bytes = Array(bytes.prefix(position))
                }
            }
            let format: DocumentFormat? = sample.hasSuffix(".docx") ? .docx : nil
            _ = try? analyzer.analyze(bytes, source: sample, format: format)
        }
    }
}
