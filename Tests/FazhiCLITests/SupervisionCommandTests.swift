import FazhiCore
import FazhiStore
import FazhiTesting
import Foundation
import Testing

@Suite("fazhi roster and fazhi status")
struct SupervisionCommandTests {
    /// A database with the supervision fixtures ingested, and a folder for files.
    static func prepared() throws -> (db: String, folder: URL) {
        let folder = try CommandRunner.temporaryDirectory()
        for (name, text) in SupervisionFixtures.reports {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let db = folder.appendingPathComponent("office.sqlite").path
        let ingest = try CommandRunner.run(["ingest", "--db", db, folder.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (db, folder)
    }

    @Test("roster import stores the good rows and names each bad one by its line; exit 1")
    func rosterImport() throws {
        let (db, folder) = try Self.prepared()
        let file = folder.appendingPathComponent("名单.csv")
        try Data((SupervisionFixtures.roster + "衢州市民政局,,火星市\n").utf8).write(to: file)
        let imported = try CommandRunner.run(["roster", "import", "--db", db, file.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("\(file.path): 第 4 行：找不到所属政府“火星市”"), "\(imported.stderr)")
        #expect(imported.stderr.contains("2 departments stored, 1 rows left out"))
        let shown = try CommandRunner.run(["roster", "show", "--db", db, "--scope", "衢州市"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("衢州市公安局") && shown.stdout.contains("柯城区人民政府"))
        #expect(shown.stdout.contains("应报送 8 个主体（政府 6，部门 2）"), "\(shown.stdout)")
        let missing = try CommandRunner.run(["roster", "import", "--db", db, folder.appendingPathComponent("none.csv").path])
        #expect(missing.status != 0 && missing.stderr.contains("cannot read"))
    }

    @Test("status: a table, CSV or JSON of who has reported; an unknown or shared scope is a usage error")
    func status() throws {
        let (db, folder) = try Self.prepared()
        let file = folder.appendingPathComponent("roster.csv")
        try Data(SupervisionFixtures.roster.utf8).write(to: file)
        #expect(try CommandRunner.run(["roster", "import", "--db", db, file.path]).status == 0)
        let table = try CommandRunner.run(["status", "--db", db, "--scope", "330800", "--year", "2022"])
        #expect(table.status == 0, "\(table.stderr)")
        // Files are ingested in name order: of 常山县's two reports the later stored is its own, late one.
        #expect(table.stdout.hasPrefix("衢州市 2022 年度：应报 8，已报 3（逾期 1），未报 5。"), "\(table.stdout)")
        #expect(table.stdout.contains("名单外的报告") && table.stdout.contains("衢州市教育局"))
        let csv = try CommandRunner.run(["status", "--db", db, "--scope", "衢州市", "--year", "2022", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").count == 1 + 8 + 1)
        let json = try CommandRunner.run(["status", "--db", db, "--scope", "衢州", "--year", "2022", "--format", "json"])
        let decoded = try JSONDecoder().decode(SubmissionStatus.self, from: Data(json.stdout.utf8))
        #expect(decoded.scopeCode == "330800" && decoded.rows.count == 8 && decoded.missing == 5)
        let shared = try CommandRunner.run(["status", "--db", db, "--scope", "鼓楼区", "--year", "2022"])
        #expect(shared.status == 64 || shared.status == 2, "usage error: \(shared.status)")
        #expect(shared.stderr.contains("names several divisions"))
        let unknown = try CommandRunner.run(["status", "--db", db, "--scope", "火星市", "--year", "2022"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no such division"))
    }
}
