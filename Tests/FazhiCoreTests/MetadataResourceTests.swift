@testable import FazhiCore
import Testing

@Suite("resources: departments, townships, document kinds, statements, splits and masks refuse malformed rows")
struct MetadataResourceTests {
    @Test("a sectors row is refused with its line: missing fields, a name listed twice, a formal name from elsewhere")
    func malformedSectors() {
        #expect(throws: ResourceError.malformed(resource: "sectors.tsv", line: 2)) {
            try DepartmentCatalogue(tsv: "# comment\njustice\t司法行政")
        }
        #expect(throws: ResourceError.malformed(resource: "sectors.tsv", line: 2)) {
            try DepartmentCatalogue(tsv: "justice\t司法行政\t司法局\naudit\t审计\t审计局|司法局")
        }
        #expect(throws: ResourceError.malformed(resource: "sectors.tsv", line: 1)) {
            try DepartmentCatalogue(tsv: "health\t卫生健康\t卫健委=卫生健康委员会")
        }
        #expect(throws: ResourceError.malformed(resource: "sectors.tsv", line: 1)) {
            try DepartmentCatalogue(tsv: "health\t卫生健康\t卫生健康委员会|卫健委=卫生健康委员会=委")
        }
    }

    @Test("a short form with a formal name gives it; other names stand as they are")
    func formalNames() throws {
        let catalogue = try DepartmentCatalogue(tsv: "health\t卫生健康\t卫生健康委员会|卫健委=卫生健康委员会|卫计委")
        #expect(catalogue.formalName(of: "卫健委") == "卫生健康委员会")
        #expect(catalogue.formalName(of: "卫计委") == "卫计委")
        #expect(catalogue.sector(ofName: "德清县卫健委")?.id == "health")
    }

    @Test("townships: comments, blank lines and CR LF are passed over; street offices are also found by their short name")
    func townshipsParsed() throws {
        let tsv = "# 注释\r\n\r\n石门街道\t街道\t500103\t500103001\r\n新市镇\t镇\t330521\t\n新市镇\t镇\t421087\t421087103\n"
        let gazetteer = try TownshipGazetteer(tsv: tsv)
        #expect(gazetteer.townships.map(\.name) == ["石门街道", "新市镇", "新市镇"])
        #expect(gazetteer.townships[0] == Township(name: "石门街道", type: "街道", countyCode: "500103", code: "500103001"))
        #expect(gazetteer.townships[1].code == nil)
        #expect(gazetteer.townships(named: "石门街").map(\.name) == ["石门街道"])
        #expect(gazetteer.townships(named: "新市镇").map(\.countyCode) == ["330521", "421087"])
        #expect(gazetteer.townships(named: "新市").isEmpty)
        #expect(gazetteer.name(in: "在石门街道开展".scalarArray, at: 1) == "石门街道")
        #expect(gazetteer.resolve("新市镇", within: ["421000"]).map(\.countyCode) == ["421087"])
    }

    @Test("a townships row is refused with its line and reason")
    func malformedTownships() {
        #expect(throws: GazetteerError.malformedRow(line: 2, reason: "expected 4 tab-separated fields, found 3")) {
            try TownshipGazetteer(tsv: "新市镇\t镇\t330521\t330521102\n乾元镇\t镇\t330521")
        }
        #expect(throws: GazetteerError.malformedRow(line: 1, reason: "empty name or type, or a county code that is not 6 digits")) {
            try TownshipGazetteer(tsv: "新市镇\t镇\t33052\t330521102")
        }
        #expect(throws: GazetteerError.malformedRow(line: 2, reason: "empty name or type, or a county code that is not 6 digits")) {
            try TownshipGazetteer(tsv: "# 注释\n新市镇\t镇\t33O521\t330521102")
        }
    }

    @Test("a document-kinds row is refused with its line")
    func malformedDocumentKinds() {
        #expect(throws: ResourceError.malformed(resource: "document-kinds.tsv", line: 1)) {
            try DocumentKindClassifier(tsv: "noSuchKind\ttitle\t方案")
        }
    }

    @Test("a front-matter row with an unknown role or no words is refused with its line; the bundled one reads")
    func frontMatterWords() throws {
        #expect(throws: ResourceError.malformed(resource: "front-matter.tsv", line: 2)) {
            try FrontMatterWords(tsv: "documentType\t报告\nsuffix\t局")
        }
        #expect(throws: ResourceError.malformed(resource: "front-matter.tsv", line: 1)) { try FrontMatterWords(tsv: "organSuffix\t") }
        let words = Shared.resources.frontMatter
        #expect(words.documentTypes.contains("要点") && words.organSuffixes.contains("人民政府"))
        #expect(words.endsAsOrgan("绵阳市司法局") && !words.endsAsOrgan("法治政府建设"))
    }

    @Test("a figure-statements, complete-splits or masking row is refused with its line")
    func malformedReviewAndFigureResources() {
        #expect(throws: ResourceError.malformed(resource: "figure-statements.tsv", line: 2)) {
            try FigureStatementClassifier(tsv: "target\t力争\nsomeday\t明年", gazetteer: Gazetteer.embedded,
                                          townships: TownshipGazetteer.embedded)
        }
        #expect(throws: ResourceError.malformed(resource: "complete-splits.tsv", line: 1)) {
            try CompleteSplits(tsv: "民事")
        }
        #expect(throws: ResourceError.malformed(resource: "masking.tsv", line: 1)) {
            try MaskingWords(tsv: "hidden\t（略）")
        }
    }

    @Test("a complete split needs every kind once")
    func completeSplits() throws {
        let splits = try CompleteSplits(tsv: "# kinds\n民事|刑事|行政")
        #expect(splits.isComplete(["民事案件", "刑事案件", "行政案件"]))
        #expect(!splits.isComplete(["民事案件", "刑事案件"]))
        #expect(!splits.isComplete(["民事案件", "民事调解", "行政案件"]))
    }
}
