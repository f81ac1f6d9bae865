import FazhiCore
import FazhiTesting
import Foundation
import Testing

/// A real PDF (Samples/10-county.pdf, CID font, wrapped lines, page numbers) read end to end
/// through pdftotext, as its README row says.
@Suite("The PDF sample, through pdftotext")
struct PDFSampleTests {
    static let file = PackageRoot.samples.appendingPathComponent("10-county.pdf").path

    @Test("metadata, outline and parts as Samples/README.md says")
    func metadata() throws {
        let outcome = try CommandRunner.run(["analyze", "--format", "json", Self.file])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(outcome.stdout.utf8))
        #expect(report.format == .pdf)
        #expect(report.metadata.body == "婺源县人民政府")
        #expect(report.metadata.region?.code == "361130")
        #expect(report.metadata.region?.prefecture == "上饶市")
        #expect(report.metadata.reportYear == 2022)
        #expect(report.metadata.recipients == ["上饶市人民政府"])
        #expect(report.metadata.signedDate == "2023-03-20")
        #expect(report.parts == [.achievements, .firstResponsible, .shortcomings, .plans])
        #expect(report.outline.map { $0.marker ?? "" } == ["一、", "二、", "三、", "四、"])
        #expect(report.quantities.contains { $0.text == "97.31%" && $0.indicator == "onlineRate" })
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings.map(\.message))")
    }

    @Test("stored text has the wrapped lines rejoined and no page numbers; the original PDF is kept")
    func stored() throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("pdf.sqlite").path
        #expect(try CommandRunner.run(["ingest", "--db", db, Self.file]).status == 0)
        let text = try CommandRunner.run(["show", "--db", db, "1", "--text"]).stdout
        #expect(text.contains("（虚构示例：本文由 Fazhi 项目编写，用于演示和测试，不是真实政府文件。）\n"))
        #expect(text.contains("可网办率97.31%。推行证明事项告知承诺制"))
        #expect(!text.contains("- 1 -") && !text.contains("-1-"))
        let original = try CommandRunner.run(["show", "--db", db, "1", "--original"]).stdout
        #expect(original.hasPrefix("%PDF"))
    }
}
