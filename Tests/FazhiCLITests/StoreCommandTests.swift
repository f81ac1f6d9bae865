import FazhiCore
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import GRDB
import Testing

/// The store commands run as a user would, against a database in a temporary directory.
@Suite("fazhi ingest, search, list, show, compare, stats, export")
struct StoreCommandTests {
    /// A temporary database path and the samples ingested into it.
    static func ingestedSamples() throws -> String {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("fazhi.sqlite").path
        let outcome = try CommandRunner.run(["ingest", "--db", db, PackageRoot.samples.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return db
    }

    @Test("ingest stores every sample, then finds nothing to do on a second run")
    func ingestTwice() async throws {
        let db = try Self.ingestedSamples()
        let again = try CommandRunner.run(["ingest", "--db", db, PackageRoot.samples.path])
        #expect(again.status == 0)
        let count = PackageRoot.sampleCount
        #expect(again.stderr.contains("ingest: 0 added, 0 new versions, \(count) unchanged, 0 failed"), "\(again.stderr)")
        #expect(again.stderr.contains("\(count)/\(count) files (100%)"))
        let list = try CommandRunner.run(["list", "--db", db, "--format", "json"])
        let listing = try JSONDecoder().decode(ReportListing.self, from: Data(list.stdout.utf8))
        #expect(listing.reports.count == count && listing.total == count)
        // Named as ingested: the folder named and the path under it; the path kept is the file's full one.
        #expect(listing.reports.allSatisfy { $0.name.hasPrefix("Samples/") && $0.path.hasSuffix("/" + $0.name) }, "\(listing.reports.map(\.name))")
        // Ordered by division code (provinces, then their cities, counties and townships), reports without one last.
        let codes = listing.reports.map(\.regionCode)
        let known = codes.compactMap { $0 }
        #expect(known == known.sorted() && known.count >= count - 2)
        #expect(codes.drop { $0 != nil }.allSatisfy { $0 == nil })
        let firstPage = try CommandRunner.run(["list", "--db", db, "--format", "json", "--limit", "2"])
        let page = try JSONDecoder().decode(ReportListing.self, from: Data(firstPage.stdout.utf8))
        #expect(page.reports.count == 2 && page.total == count && page.limit == 2)
    }

    @Test("read commands never create a database: a missing one is an error naming its path", arguments: [
        ["list"], ["search", "复议"], ["show", "1"], ["compare", "--indicators", "reconsiderationReceived"], ["stats"], ["export"],
        ["serve", "--port", "0"],
    ])
    func missingDatabase(command: [String]) async throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("mistyped.sqlite").path
        let outcome = try CommandRunner.run(command + ["--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(db) && outcome.stderr.contains("fazhi ingest"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("FAZHI_DB names the database when --db is not given")
    func environment() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = directory.appendingPathComponent("env.sqlite").path
        let sample = PackageRoot.samples.appendingPathComponent("01-county-utf8.txt").path
        #expect(try CommandRunner.run(["ingest", sample], environment: ["FAZHI_DB": db]).status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        let inCwd = try CommandRunner.run(["ingest", sample], environment: ["FAZHI_DB": ""], in: directory)
        #expect(inCwd.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("fazhi.sqlite").path))
    }

    @Test("a bad file is reported and skipped; the rest are stored; exit 1")
    func badFile() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        try Data(Fixtures.countyReport.utf8).write(to: directory.appendingPathComponent("good.txt"))
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: directory.appendingPathComponent("broken.docx"))
        let db = directory.appendingPathComponent("db.sqlite").path
        let outcome = try CommandRunner.run(["ingest", "--db", db, directory.path, directory.appendingPathComponent("missing.txt").path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("broken.docx"))
        #expect(outcome.stderr.contains("missing.txt: no such file"))
        #expect(outcome.stderr.contains("1 added"))
        let list = try CommandRunner.run(["list", "--db", db, "--format", "json"])
        #expect(try JSONDecoder().decode(ReportListing.self, from: Data(list.stdout.utf8)).reports.map(\.path).map { ($0 as NSString).lastPathComponent } == ["good.txt"])
    }

    @Test("a changed file becomes version 2")
    func newVersion() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("report.txt")
        let db = directory.appendingPathComponent("db.sqlite").path
        try Data(Fixtures.countyReport.utf8).write(to: file)
        #expect(try CommandRunner.run(["ingest", "--db", db, file.path]).status == 0)
        try Data((Fixtures.countyReport + "\n补充说明。\n").utf8).write(to: file)
        let second = try CommandRunner.run(["ingest", "--db", db, file.path])
        #expect(second.stderr.contains("0 added, 1 new versions"), "\(second.stderr)")
        let shown = try CommandRunner.run(["show", "--db", db, file.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["version"] as? Int == 2)
    }

    @Test("search: two characters, traditional spelling, highlighted lines, JSON")
    func search() async throws {
        let db = try Self.ingestedSamples()
        let text = try CommandRunner.run(["search", "--db", db, "复议"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("【复议】"))
        let simplified = try CommandRunner.run(["search", "--db", db, "复议", "--format", "json", "--limit", "50"])
        let traditional = try CommandRunner.run(["search", "--db", db, "復議", "--format", "json", "--limit", "50"])
        let simplifiedHits = try JSONDecoder().decode(SearchResults.self, from: Data(simplified.stdout.utf8)).hits
        let traditionalHits = try JSONDecoder().decode(SearchResults.self, from: Data(traditional.stdout.utf8)).hits
        #expect(!simplifiedHits.isEmpty)
        let one = try CommandRunner.run(["search", "--db", db, "复议", "--format", "json", "--limit", "1"])
        let onePage = try JSONDecoder().decode(SearchResults.self, from: Data(one.stdout.utf8))
        #expect(onePage.hits.count == 1 && onePage.total == simplifiedHits.count && onePage.query == "复议")
        #expect(text.stdout.contains("共 \(simplifiedHits.count) 份"))
        #expect(simplifiedHits.map(\.report.id) == traditionalHits.map(\.report.id))
        let filtered = try CommandRunner.run(["search", "--db", db, "复议", "--province", "浙江", "--format", "json"])
        let zhejiang = try JSONDecoder().decode(SearchResults.self, from: Data(filtered.stdout.utf8)).hits
        #expect(!zhejiang.isEmpty && zhejiang.allSatisfy { $0.report.province == "浙江省" })
        let none = try CommandRunner.run(["search", "--db", db, "不存在的词语组合"])
        #expect(none.status == 0 && none.stdout.contains("没有找到"))
        #expect(try CommandRunner.run(["search", "--db", db, "，。"]).status == 2)
    }

    @Test("show prints metadata, outline, figures and findings; --original gives the file back")
    func show() async throws {
        let db = try Self.ingestedSamples()
        let sample = PackageRoot.samples.appendingPathComponent("02-district-gb18030.txt")
        let text = try CommandRunner.run(["show", "--db", db, sample.path])
        #expect(text.status == 0)
        for label in ["报告主体", "提纲", "数字", "问题"] { #expect(text.stdout.contains(label), "\(label)") }
        let id = try #require(text.stdout.split(separator: " ").first.map { String($0.dropFirst()) })
        let original = try CommandRunner.run(["show", "--db", db, id, "--original"])
        #expect(Data(original.stdout.utf8).count > 0)
        let missing = try CommandRunner.run(["show", "--db", db, "9999"])
        #expect(missing.status == 1 && missing.stderr.contains("no stored report 9999"))
        let both = try CommandRunner.run(["show", "--db", db, id, "--text", "--original"])
        #expect(both.status == 2 && both.stderr.contains("choose one"))
        #expect(try CommandRunner.run(["show", "--db", db, id, "--text", "--format", "json"]).status == 2)
    }

    @Test("compare as CSV: value, unit and qualifier columns per indicator")
    func compare() async throws {
        let db = try Self.ingestedSamples()
        let csv = try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived,reconsiderationCorrectionRate", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n")
        let header = "编号,文件,报告主体,省份,地市,地区,层级,年度,行政复议案件受理数（reconsiderationReceived）,行政复议案件受理数·单位,"
            + "行政复议案件受理数·限定,行政复议纠错率（reconsiderationCorrectionRate）,行政复议纠错率·单位,行政复议纠错率·限定"
        #expect(lines.first.map(String.init) == header)
        #expect(!csv.stdout.contains(PackageRoot.samples.path), "files are named, not their paths")
        // Compare counts annual reports: every sample but the work plan (08), unless --kind says otherwise.
        #expect(lines.count == PackageRoot.sampleCount - 1 + 1)
        #expect(!csv.stdout.contains("08-not-a-report"))
        let everything = try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived", "--kind", "all", "--format", "csv"])
        #expect(everything.stdout.split(separator: "\r\n").count == PackageRoot.sampleCount + 1)
        #expect(lines.contains { $0.contains(",件,exact") })
        let unknown = try CommandRunner.run(["compare", "--db", db, "--indicators", "noSuchIndicator"])
        #expect(unknown.status == 2 && unknown.stderr.contains("noSuchIndicator"))
        let picked = try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived", "--ids", "1,#2", "--format", "csv"])
        #expect(picked.stdout.split(separator: "\r\n").count == 3)
        #expect(try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived", "--ids", "1,x"]).status == 2)
        let table = try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived", "--by", "year", "--body", "开化县"])
        #expect(table.stdout.contains("行政复议案件受理数"))
        // Cells hold the bodies' own results unless --status and --scope take more.
        func cells(_ extra: [String]) throws -> [[String: Any]] {
            let json = try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived,headsInCourtRate",
                                              "--format", "json"] + extra)
            let rows = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]]
            return (rows ?? []).flatMap { ($0["cells"] as? [Any] ?? []).compactMap { $0 as? [String: Any] } }
        }
        let own = try cells([])
        #expect(!own.isEmpty && own.allSatisfy { $0["status"] as? String == "achieved" && $0["scope"] as? String == "own" })
        let all = try cells(["--status", "all", "--scope", "all"])
        let count = { (list: [[String: Any]]) in list.reduce(0) { $0 + ($1["occurrences"] as? Int ?? 0) } }
        #expect(count(all) > count(own))
        let bad = try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived", "--status", "achieved,planned"])
        #expect(bad.status == 2 && bad.stderr.contains("unknown status planned"))
        #expect(try CommandRunner.run(["compare", "--db", db, "--indicators", "reconsiderationReceived", "--scope", "mine"]).status == 2)
    }

    @Test("stats as JSON agree with the listing")
    func stats() async throws {
        let db = try Self.ingestedSamples()
        let json = try CommandRunner.run(["stats", "--db", db, "--format", "json"])
        let stats = try JSONDecoder().decode(CorpusStatistics.self, from: Data(json.stdout.utf8))
        // Stats count annual reports: the work plan among the samples stays stored and listed, but is not counted.
        #expect(stats.reports == PackageRoot.sampleCount - 1)
        #expect(stats.byYear.map(\.reports).reduce(0, +) == PackageRoot.sampleCount - 1)
        let plans = try CommandRunner.run(["stats", "--db", db, "--format", "json", "--kind", "workPlan"])
        #expect(try JSONDecoder().decode(CorpusStatistics.self, from: Data(plans.stdout.utf8)).reports == 1)
        let listed = try CommandRunner.run(["list", "--db", db, "--format", "json"])
        #expect(listed.stdout.contains("documentKind") && listed.stdout.contains("workPlan"))
        #expect(try CommandRunner.run(["stats", "--db", db, "--kind", "noSuchKind"]).status == 2)
        let sector = try CommandRunner.run(["stats", "--db", db, "--sector", "noSuchSector"])
        #expect(sector.status == 2)
        #expect(sector.stderr.contains("unknown sector noSuchSector") && sector.stderr.contains("justice"))
        #expect(try CommandRunner.run(["stats", "--db", db, "--sector", "justice"]).status == 0)
        let text = try CommandRunner.run(["stats", "--db", db, "--level", "county"])
        #expect(text.stdout.contains("报告总数："))
        #expect(text.stdout.contains("县级"))
    }

    @Test("the same input gives byte-identical output: analyze, check, extract and export, run twice")
    func deterministicOutput() async throws {
        let db = try Self.ingestedSamples()
        let samples = PackageRoot.samples.path
        for command in [["analyze", "--format", "json", samples], ["analyze", "--format", "jsonl", samples],
                        ["check", "--format", "json", samples], ["extract", "--format", "json", samples],
                        ["extract", "--format", "csv", samples], ["export", "--db", db], ["list", "--db", db, "--format", "json"],
                        ["stats", "--db", db, "--format", "json"], ["search", "--db", db, "复议", "--format", "json"]] {
            let first = try CommandRunner.run(command), second = try CommandRunner.run(command)
            #expect(!first.stdout.isEmpty, "\(command)")
            #expect(first.stdout == second.stdout, "\(command) differs between runs")
        }
    }

    @Test("export writes one JSON line per report, with text and, if asked, the original")
    func export() async throws {
        let db = try Self.ingestedSamples()
        let outcome = try CommandRunner.run(["export", "--db", db, "--originals"])
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == PackageRoot.sampleCount)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["report"] is [String: Any] && first["summary"] is [String: Any])
        #expect((first["text"] as? String)?.isEmpty == false)
        #expect(Data(base64Encoded: first["original"] as? String ?? "") != nil)
    }

    @Test("a file that is not a Fazhi database is refused and left untouched")
    func foreignDatabase() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = directory.appendingPathComponent("notes.sqlite")
        let bytes = Data("我的笔记，不是数据库。".utf8)
        try bytes.write(to: db)
        let outcome = try CommandRunner.run(["ingest", "--db", db.path, PackageRoot.samples.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(db.path): not a Fazhi database"))
        #expect(try Data(contentsOf: db) == bytes)
        #expect(try CommandRunner.run(["stats", "--db", db.path]).status == 1)
    }

    @Test("an ingest killed or interrupted midway leaves a consistent database that the next run completes",
          arguments: [SIGKILL, SIGINT])
    func killMidway(_ signal: Int32) async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let reports = directory.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let generator = SyntheticReports(seed: 11)
        let total = 600
        for index in 0..<total {
            let (name, text) = generator.report(index)
            try Data(text.utf8).write(to: reports.appendingPathComponent(name))
        }
        let db = directory.appendingPathComponent("db.sqlite").path
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["ingest", "--db", db, "--batch", "4", reports.path]
        let log = directory.appendingPathComponent("stderr")
        try Data().write(to: log)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        // Kill once some batches are committed, long before all are: polled and killed from a thread of its own, which
        // the other tests' work on the cooperative pool cannot hold up.
        let pid = process.processIdentifier
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            Thread {
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline, kill(pid, 0) == 0, Self.committedCount(db) < 8 { Thread.sleep(forTimeInterval: 0.02) }
                kill(pid, signal)
                done.resume()
            }.start()
        }
        process.waitUntilExit()
        let stderr = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        if signal == SIGKILL {
            #expect(process.terminationReason == .uncaughtSignal, "the ingest must still have been running: \(stderr)")
        } else {
            #expect(process.terminationReason == .exit && process.terminationStatus == 130, "Ctrl-C stops after the files in hand")
        }
        let store = try SQLiteReportStore(path: db)
        let afterKill = try await store.count(ReportFilter())
        #expect(afterKill >= 8 && afterKill < total)
        #expect(try await store.integrityProblems() == [])
        let resumed = try CommandRunner.run(["ingest", "--db", db, reports.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(total - afterKill) added"), "\(resumed.stderr)")
        #expect(try await store.count(ReportFilter()) == total)
        #expect(try await store.integrityProblems() == [])
    }

    @Test("ingests creating a database at the same moment all succeed; reads racing them succeed or say it does not exist yet")
    func concurrentCreation() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let sample = PackageRoot.samples.appendingPathComponent("01-county-utf8.txt").path
        let other = PackageRoot.samples.appendingPathComponent("06-repeated-body.txt").path
        for round in 0..<5 {
            let db = directory.appendingPathComponent("race-\(round).sqlite").path
            let commands = [["ingest", "--db", db, sample], ["ingest", "--db", db, other], ["list", "--db", db], ["stats", "--db", db]]
            let logs = commands.indices.map { directory.appendingPathComponent("race-\(round)-\($0).log") }
            let processes = try zip(commands, logs).map { arguments, log in
                try Data().write(to: log)
                let process = Process()
                process.executableURL = CommandRunner.executable
                process.arguments = arguments
                process.standardOutput = FileHandle.nullDevice
                process.standardError = try FileHandle(forWritingTo: log)
                try process.run()
                return process
            }
            for (position, (process, log)) in zip(processes, logs).enumerated() {
                process.waitUntilExit()
                let stderr = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
                if position < 2 {
                    #expect(process.terminationStatus == 0, "round \(round): \(stderr)")
                } else {
                    #expect(process.terminationStatus == 0 || (process.terminationStatus == 1 && stderr.contains("fazhi ingest")),
                            "round \(round): \(stderr)")
                }
            }
            #expect(try await Self.storedCount(db) == 2)
        }
    }

    /// How many current reports the database file holds now, read directly (0 while it cannot be read).
    private static func committedCount(_ db: String) -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        guard FileManager.default.fileExists(atPath: db), let queue = try? DatabaseQueue(path: db, configuration: configuration) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM report WHERE isCurrent = 1") }) ?? 0
    }

    private static func storedCount(_ db: String) async throws -> Int {
        guard FileManager.default.fileExists(atPath: db) else { return 0 }
        return try await SQLiteReportStore(path: db).count(ReportFilter())
    }
}
