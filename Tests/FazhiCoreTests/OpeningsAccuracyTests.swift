import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// End-to-end: per-field accuracy on the 150 hand-labelled real report openings in ../shared/corpus/openings.
///
/// The floors are the 97% each field must reach (document kind, not a labelled field of the goal, at
/// today's level); `swift run -c release --static-swift-stdlib fazhi-bench accuracy` prints every miss.
@Suite("real report openings against their labels")
struct OpeningsAccuracyTests {
    static let floors: [FieldAccuracy.Field: Double] = [
        .isAnnualReport: 0.97, .documentKind: 0.90, .body: 0.97, .region: 0.97, .level: 0.97, .reportYear: 0.98, .headings: 0.97,
    ]

    @Test("every labelled field is right at least as often as today")
    func accuracy() throws {
        let analyzer = try Analyzer.bundled()
        let labels = try OpeningsCorpus.labels()
        #expect(labels.count == 150)
        var accuracy = FieldAccuracy(simplify: analyzer.simplifiedSpelling)
        for label in labels {
            accuracy.score(try analyzer.analyze(OpeningsCorpus.bytes(of: label), source: label.id), against: label)
        }
        for (field, floor) in Self.floors {
            #expect(accuracy.rate(field) >= floor, "\(field.rawValue): \(accuracy.rate(field))\n\(accuracy.summary)")
        }
    }
}
