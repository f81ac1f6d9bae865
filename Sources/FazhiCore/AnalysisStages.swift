/// Each stage of the analysis built from the resources in one place, so the analyzer, the tests and the benchmark
/// run the same stages: the cleaner protects current and former place names from script conversion, and so on.
extension Cleaner {
    /// The cleaner the analyzer runs.
    public init(resources: AnalysisResources) {
        let placeNames = resources.gazetteer.divisions.flatMap { [$0.name] + $0.formerNames }
        self.init(chrome: ChromeClassifier(terms: resources.chromeTerms),
                  scripts: ScriptConverter(protectedTerms: resources.protectedTerms + placeNames))
    }
}

extension OutlineBuilder {
    /// The outline builder the analyzer runs.
    public init(resources: AnalysisResources) {
        self.init(parts: resources.partWords)
    }
}

extension FigureExtractor {
    /// The figure extractor the analyzer runs.
    public init(resources: AnalysisResources) {
        self.init(scanner: resources.quantityScanner, catalogue: resources.indicators, areas: resources.taskAreas,
                  statements: resources.figureStatements)
    }
}
