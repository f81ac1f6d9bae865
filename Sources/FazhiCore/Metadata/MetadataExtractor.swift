import Foundation

/// Reads a report's metadata from its cleaned text and outline.
public struct MetadataExtractor: Sendable {
    private let gazetteer: Gazetteer

    /// Creates an extractor that places bodies with `gazetteer`.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Titles of documents that are not annual reports, even when they speak of 法治政府建设.
    static let otherDocumentTypes = [
        "实施方案", "工作方案", "工作要点", "要点", "工作计划", "规划", "政府工作报告", "法院工作报告", "检察院工作报告",
        "意见", "通知", "办法", "决定", "通报", "研究", "浅析", "探析", "浅谈", "论文", "指引", "指南", "纲要",
    ]

    /// Extracts the metadata.
    public func extract(_ document: CleanedDocument, outline: Outline) -> Metadata {
        let lines = document.lines
        let front = FrontMatter(lines: lines, bodyStart: outline.bodyStart, chrome: document.chrome)
        let back = BackMatter(lines: lines[min(outline.backMatterStart, lines.count)...])
        var metadata = Metadata()
        metadata.title = front.title
        metadata.docNumber = front.docNumber
        metadata.signer = front.signer
        metadata.recipients = front.recipients
        metadata.publishedDate = front.publishedDate
        metadata.signedDate = back.signedDate

        let titleBody = front.title.flatMap(Self.body(fromTitle:))
        var body = back.signature.flatMap { hasPlace($0) ? $0 : nil } ?? titleBody ?? back.signature
        let found = RegionFinder(gazetteer: gazetteer).region(ofBody: body, text: document.text.scalars)
        metadata.region = found.region
        metadata.regionAmbiguous = found.ambiguous
        if body == nil, let region = found.region {
            body = region.name + (region.level == .township && region.divisionType == "街道" ? "办事处" : "人民政府")
        }
        if let current = body, !FrontMatter.organSuffixes.contains(where: { current.hasSuffix($0) }) {
            body = current + "人民政府"
        }
        metadata.body = body
        metadata.bodyKind = body.map(Self.kind(ofBody:))
        metadata.reportYear = ReportYearFinder.year(
            title: front.title, lines: lines, bodyStart: outline.bodyStart, headings: outline.headings,
            signedDate: back.signedDate, publishedDate: front.publishedDate)
        metadata.isAnnualReport = Self.isAnnualReport(title: front.title, document: document, outline: outline)
        return metadata
    }

    private func hasPlace(_ name: String) -> Bool {
        !gazetteer.mentions(in: Array(name.unicodeScalars)).isEmpty
            || RegionFinder.township(in: Array(name.unicodeScalars), after: 0) != nil
    }

    /// The issuing body named at the head of a title: the text before 关于 or the year.
    static func body(fromTitle title: String) -> String? {
        let scalars = Array(title.unicodeScalars)
        var end = scalars.count
        if let about = title.range(of: "关于") {
            end = title.unicodeScalars.distance(from: title.unicodeScalars.startIndex, to: about.lowerBound)
        }
        var index = 0
        while index + 4 < min(end, scalars.count) {
            if scalars[index].isDigit, ReportYearFinder.firstYear(in: scalars[index...].prefix(5).string) != nil {
                end = index
                break
            }
            index += 1
        }
        let body = scalars[0..<end].string.trimmingCharacters(in: .whitespaces)
        return body.unicodeScalars.count >= 2 ? body : nil
    }

    /// What kind of body a name denotes.
    static func kind(ofBody body: String) -> BodyKind {
        let party = body.hasPrefix("中共") || body.contains("党委") || body.range(of: "[县区市州旗镇乡]委", options: .regularExpression) != nil
        let government = body.hasSuffix("人民政府") || body.hasSuffix("政府") || body.hasSuffix("街道办事处")
        if party && (government || body.contains("人民政府")) { return .partyAndGovernment }
        if government { return .government }
        let departmentSuffixes = ["局", "厅", "委员会", "办公室", "中心", "署", "委", "部", "办"]
        if body.contains("法院") || body.contains("检察院") { return .other }
        if departmentSuffixes.contains(where: { body.hasSuffix($0) }) { return .department }
        return .other
    }

    /// Whether the document is an annual rule-of-law report rather than a plan, guideline or other report.
    static func isAnnualReport(title: String?, document: CleanedDocument, outline: Outline) -> Bool {
        if let title {
            if otherDocumentTypes.contains(where: { title.contains($0) }) { return false }
            let topic = ["法治政府建设", "依法行政", "法治建设", "法治政府"].contains { title.contains($0) }
            if topic, title.hasSuffix("报告") || title.hasSuffix("情况") { return true }
            if !topic { return false }
        }
        let text = document.text.scalars[...]
        let topic = Array("法治政府建设".unicodeScalars)
        var mentions = 0
        var rest = text
        while mentions < 2, let found = rest.firstIndex(of: topic) {
            mentions += 1
            rest = rest[(found + topic.count)...]
        }
        let reportPhrases = ["报告如下", "特此报告", "汇报如下", "现将", "情况报告"].contains {
            text.contains(Array($0.unicodeScalars))
        }
        let hasParts = outline.parts.contains(.achievements)
            && (outline.parts.contains(.plans) || outline.parts.contains(.shortcomings))
        return mentions >= 2 && (reportPhrases || hasParts)
    }
}
