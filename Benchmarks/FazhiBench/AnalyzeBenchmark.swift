import Dispatch
import FazhiCore
import FazhiTesting
import Foundation

/// Analysis throughput on a generated corpus, on one core and on all, and figure extraction's share.
///
/// Reports are generated in memory first (not timed), so the figures measure analysis alone.
func analyzeBenchmark(count: Int) throws {
    let generator = SyntheticReports(seed: 2024)
    let corpus = (0..<count).map { Array(generator.report($0).text.utf8) }
    let bytes = corpus.reduce(0) { $0 + $1.count }
    let analyzer = try Analyzer.bundled()

    func measure(_ label: String, _ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let megabytes = Double(bytes) / 1_048_576
        print(String(format: "%@: %d reports, %.1f MB in %.2f s — %.1f MB/s, %.0f reports/s",
                     label, count, megabytes, seconds, megabytes / seconds, Double(count) / seconds))
        return seconds
    }

    print("fazhi-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(count) generated reports, average \(bytes / max(count, 1)) bytes")
    let singleCore = measure("analyze, 1 core") {
        for (index, report) in corpus.enumerated() {
            _ = try? analyzer.analyze(report, source: "synthetic-\(index)")
        }
    }
    _ = measure("analyze, all cores") {
        DispatchQueue.concurrentPerform(iterations: corpus.count) { index in
            _ = try? analyzer.analyze(corpus[index], source: "synthetic-\(index)")
        }
    }

    let figureSeconds = try figureBenchmark(corpus: corpus, measure: measure)
    print(String(format: "  figure extraction is %.0f%% of single-core analyze time", figureSeconds / singleCore * 100))

    // Linearity: analysis time per byte should not grow with document size.
    var rows: [String] = []
    for factor in [1, 4, 16, 64] {
        let document = Array(String(repeating: generator.report(1).text + "\n", count: factor).utf8)
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try? analyzer.analyze(document, source: "scaled")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        rows.append(String(format: "%6d KB: %.1f ms (%.2f µs/KB)", document.count / 1024, seconds * 1000,
                           seconds * 1e6 / Double(max(document.count / 1024, 1))))
    }
    print("linearity (one document repeated):")
    rows.forEach { print("  " + $0) }
}

/// Figure extraction alone on `count` generated reports (`fazhi-bench figures`: a focused run to profile).
func figureBenchmark(count: Int) throws {
    let generator = SyntheticReports(seed: 2024)
    let corpus = (0..<count).map { Array(generator.report($0).text.utf8) }
    let megabytes = Double(corpus.reduce(0) { $0 + $1.count }) / 1_048_576
    _ = try figureBenchmark(corpus: corpus) { label, body in
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "%@: %d reports, %.1f MB in %.2f s — %.1f MB/s", label, count, megabytes, seconds, megabytes / seconds))
        return seconds
    }
}

/// Times figure extraction on documents already cleaned and outlined; returns the seconds it took.
private func figureBenchmark(corpus: [[UInt8]], measure: (String, () -> Void) -> Double) throws -> Double {
    let resources = try AnalysisResources.bundled()
    let cleaner = Cleaner(resources: resources)
    let outlines = OutlineBuilder(resources: resources)
    let figures = FigureExtractor(resources: resources)
    let prepared = corpus.compactMap { bytes -> (CleanedDocument, Outline)? in
        guard let decoded = try? DocumentReader.read(bytes, htmlChrome: resources.htmlChrome) else { return nil }
        let cleaned = cleaner.clean(decoded)
        return (cleaned, outlines.build(cleaned.lines, scalars: cleaned.text.scalars))
    }
    var figureCount = 0
    let seconds = measure("figure extraction alone, 1 core") {
        for (cleaned, outline) in prepared { figureCount += figures.quantities(in: cleaned, outline: outline, metadata: Metadata()).count }
    }
    print(String(format: "  %d figures, %.1f per report", figureCount, Double(figureCount) / Double(max(corpus.count, 1))))
    return seconds
}
