import Foundation

/// The data files analysis needs: gazetteer, lexicons. Loaded once, then shared read-only.
public struct AnalysisResources: Sendable {
    /// Administrative divisions.
    public var gazetteer: Gazetteer
    /// Township-level divisions.
    public var townships: TownshipGazetteer
    /// Department names and their sectors.
    public var departments: DepartmentCatalogue
    /// Words that tell annual reports from look-alikes.
    public var documentKinds: DocumentKindClassifier
    /// Terms that open web-chrome lines.
    public var chromeTerms: [String]
    /// Simplified terms to protect from script conversion (besides place names).
    public var protectedTerms: [String]
    /// Words that open mandated parts, in priority order.
    public var partWords: PartClassifier
    /// Units, qualifiers and the fixed phrases whose numerals are not figures.
    public var quantityScanner: QuantityScanner
    /// Indicators that reports disclose.
    public var indicators: IndicatorCatalogue
    /// Words of the task areas.
    public var taskAreas: TaskAreaClassifier
    /// Words that tell a figure's status (target, baseline …) and scope (subordinates …).
    public var figureStatements: FigureStatementClassifier
    /// Kinds that make a whole (民事|刑事|行政), for lists that must add up.
    public var completeSplits: CompleteSplits
    /// Words of omitted or replaced text (（略）, injected spam).
    public var masking: MaskingWords
    /// Words of titles and of the names that address and sign a report.
    public var frontMatter: FrontMatterWords
    /// Terms that mark a block of a web page as chrome.
    public var htmlChrome: HTMLChromeTerms
    /// Words that name a share of a whole (占比, 比例).
    public var shares: ShareSubject

    public init(gazetteer: Gazetteer, townships: TownshipGazetteer, departments: DepartmentCatalogue,
                documentKinds: DocumentKindClassifier, chromeTerms: [String], protectedTerms: [String], partWords: PartClassifier,
                quantityScanner: QuantityScanner, indicators: IndicatorCatalogue, taskAreas: TaskAreaClassifier,
                figureStatements: FigureStatementClassifier, frontMatter: FrontMatterWords, htmlChrome: HTMLChromeTerms,
                shares: ShareSubject,
                completeSplits: CompleteSplits = CompleteSplits(), masking: MaskingWords = MaskingWords()) {
        self.gazetteer = gazetteer
        self.townships = townships
        self.departments = departments
        self.documentKinds = documentKinds
        self.chromeTerms = chromeTerms
        self.protectedTerms = protectedTerms
        self.partWords = partWords
        self.quantityScanner = quantityScanner
        self.indicators = indicators
        self.taskAreas = taskAreas
        self.figureStatements = figureStatements
        self.completeSplits = completeSplits
        self.masking = masking
        self.frontMatter = frontMatter
        self.htmlChrome = htmlChrome
        self.shares = shares
    }

    /// The resources bundled with FazhiCore.
    public static func bundled() throws -> AnalysisResources {
        let gazetteer = Gazetteer.embedded
        let departments = try DepartmentCatalogue(tsv: resourceText("sectors", extension: "tsv"))
        let documentKinds = try DocumentKindClassifier(tsv: resourceText("document-kinds", extension: "tsv"))
        let partWords = try PartClassifier(tsv: resourceText("mandated-parts", extension: "tsv"))
        let quantityScanner = try QuantityScanner(unitsTSV: resourceText("units", extension: "tsv"),
                                                  phrases: resourceText("numeric-phrases", extension: "txt"))
        let indicators = try IndicatorCatalogue(json: resourceText("indicators", extension: "json"))
        let taskAreas = try TaskAreaClassifier(tsv: resourceText("task-areas", extension: "tsv"))
        let statements = try resourceText("figure-statements", extension: "tsv")
        let frontMatter = try FrontMatterWords(tsv: resourceText("front-matter", extension: "tsv"))
        let completeSplits = try CompleteSplits(tsv: resourceText("complete-splits", extension: "tsv"))
        let masking = try MaskingWords(tsv: resourceText("masking", extension: "tsv"))
        // The township gazetteer, the largest resource, is taken last: a shell that loads it on another core meanwhile
        // (the CLI does) waits for it least.
        let townships = TownshipGazetteer.embedded
        return AnalysisResources(
            gazetteer: gazetteer, townships: townships, departments: departments, documentKinds: documentKinds,
            chromeTerms: try wordList("web-chrome"), protectedTerms: try wordList("protected-terms"), partWords: partWords,
            quantityScanner: quantityScanner, indicators: indicators, taskAreas: taskAreas,
            figureStatements: try FigureStatementClassifier(tsv: statements, gazetteer: gazetteer, townships: townships),
            frontMatter: frontMatter, htmlChrome: HTMLChromeTerms(try wordList("html-chrome")),
            shares: ShareSubject(words: try wordList("share-words")), completeSplits: completeSplits, masking: masking)
    }

    /// Builds the tables that are loaded once per process and that `bundled()` and the analyzer take last: the
    /// township gazetteer and the script conversion tables. A shell calls this on another core first, so they are
    /// read while `bundled()` reads the rest.
    public static func preloadSharedTables() {
        _ = TownshipGazetteer.embedded
        _ = SimplificationRules.bundled
        _ = CommonCharacters.shared
    }

    static func resourceText(_ name: String, extension ext: String) throws(ResourceError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: ext),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else { throw .missing(resource: "\(name).\(ext)") }
        return text
    }

    /// A resource of one entry per line, without comments and blank lines.
    static func wordList(_ name: String) throws(ResourceError) -> [String] {
        try resourceText(name, extension: "txt").split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
