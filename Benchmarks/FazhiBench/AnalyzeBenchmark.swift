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
    let analyzer = try Analyzer.bundled()
    print("fazhi-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(count) generated reports")
    let singleCore = throughput("plain text", corpus, analyzer)
    // The same reports as users feed them: traditional script with pinyin, web pages with chrome and tables, DOCX.
    let mix = RealisticMix(seed: 2024)
    _ = throughput("realistic mix", try (0..<count).map { try mix.file($0).bytes }, analyzer)
    _ = throughput("GB18030 and Big5 text", (0..<count).map { mix.legacyFile($0).bytes }, analyzer)

    let megabytes = Double(corpus.reduce(0) { $0 + $1.count }) / 1_048_576
    let figureSeconds = try figureBenchmark(corpus: corpus) { timed($0, megabytes: megabytes, $1) }
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

/// Analyses `corpus` on one core, then on every core, printing each throughput; returns the one-core seconds.
private func throughput(_ label: String, _ corpus: [[UInt8]], _ analyzer: Analyzer) -> Double {
    let megabytes = Double(corpus.reduce(0) { $0 + $1.count }) / 1_048_576
    func measure(_ cores: String, _ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "%@, analyze, %@: %d files, %.1f MB in %.2f s — %.1f MB/s, %.0f reports/s",
                     label, cores, corpus.count, megabytes, seconds, megabytes / seconds, Double(corpus.count) / seconds))
        return seconds
    }
    let single = measure("1 core") {
        for (index, file) in corpus.enumerated() { _ = try? analyzer.analyze(file, source: "synthetic-\(index)") }
    }
    _ = measure("all cores") {
        DispatchQueue.concurrentPerform(iterations: corpus.count) { index in
            _ = try? analyzer.analyze(corpus[index], source: "synthetic-\(index)")
        }
    }
    return single
}

/// Figure extraction alone on `count` generated reports (`fazhi-bench figures`: a focused run to profile).
func figureBenchmark(count: Int) throws {
    let generator = SyntheticReports(seed: 2024)
    let corpus = (0..<count).map { Array(generator.report($0).text.utf8) }
    let megabytes = Double(corpus.reduce(0) { $0 + $1.count }) / 1_048_576
    _ = try figureBenchmark(corpus: corpus) { timed($0, megabytes: megabytes, $1) }
}

/// Runs `body`, printing its throughput over `megabytes`; returns the seconds it took.
private func timed(_ label: String, megabytes: Double, _ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "%@: %.1f MB in %.2f s — %.1f MB/s", label, megabytes, seconds, megabytes / seconds))
    return seconds
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
