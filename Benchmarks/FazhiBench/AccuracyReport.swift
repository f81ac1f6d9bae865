import FazhiCore
import FazhiTesting
import Foundation

/// `fazhi-bench accuracy [folder]`: per-field accuracy on a folder of labelled openings
/// (labels.jsonl and texts/), then every miss with what was expected.
func accuracyReport(folder: URL) throws {
    let analyzer = try Analyzer.bundled()
    var accuracy = FieldAccuracy(simplify: analyzer.simplifiedSpelling)
    for label in try OpeningsCorpus.labels(in: folder) {
        let report = try analyzer.analyze(OpeningsCorpus.bytes(of: label, in: folder), source: label.id)
        accuracy.score(report, against: label)
    }
    print(accuracy.summary)
}
