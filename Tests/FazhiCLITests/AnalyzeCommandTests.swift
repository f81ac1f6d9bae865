import FazhiCore
import FazhiTesting
import Foundation
import Testing

@Suite("fazhi analyze, run as a user would")
struct AnalyzeCommandTests {
    static func write(_ files: [String: [UInt8]]) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        for (name, bytes) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return directory
    }

    @Test("the indicator ids compare's help suggests exist")
    func compareHelp() throws {
        let help = try CommandRunner.run(["compare", "--help"]).stdout
        let known = Set(try AnalysisResources.bundled().indicators.indicators.map(\.id))
        let indicatorsHelp = help.components(separatedBy: "Indicator ids").dropFirst().first?.prefix { $0 != ")" } ?? ""
        let suggested = indicatorsHelp.split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.first?.isLowercase == true && $0.contains(where: \.isUppercase) }
        #expect(!suggested.isEmpty)
        #expect(suggested.allSatisfy(known.contains), "\(suggested)")
    }

    @Test("--version prints the release and exits 0")
    func version() throws {
        let outcome = try CommandRunner.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test("one file as JSON is one object with the documented keys")
    func jsonOne() throws {
        let directory = try Self.write(["report.txt": Array(Fixtures.countyReport.utf8)])
        let outcome = try CommandRunner.run(["analyze", "--format", "json", directory.appendingPathComponent("report.txt").path])
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        for key in ["isAnnualReport", "title", "body", "region", "bodyKind", "reportYear", "recipients", "signedDate",
                    "publishedDate", "docNumber", "signer", "script", "encoding", "source", "sha256", "outline", "parts"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["publishedDate"] is NSNull)
        let report = try JSONDecoder().decode(Report.self, from: Data(outcome.stdout.utf8))
        #expect(report.metadata.reportYear == 2022)
        #expect(report.sha256.count == 64)
    }

    @Test("a report rendered where it is analysed and a huge one written in pieces make the same JSON as each alone")
    func renderedAndStreamed() throws {
        // Past 200,000 characters a report's JSON is written in pieces instead of being made whole on its core.
        let generator = SyntheticReports(seed: 7)
        let huge = (0..<90).map { generator.report($0).text }.joined(separator: "\n")
        let directory = try Self.write(["a.txt": Array(Fixtures.countyReport.utf8), "b.txt": Array(huge.utf8)])
        let alone = try ["a.txt", "b.txt"].map { name in
            try CommandRunner.run(["analyze", "--format", "json", directory.appendingPathComponent(name).path]).stdout
        }
        let big = try JSONDecoder().decode(Report.self, from: Data(alone[1].utf8))
        #expect(big.statistics.characters > 200_000)
        let array = try CommandRunner.run(["analyze", "--format", "json", directory.path])
        #expect(array.status == 0)
        #expect(array.stdout == "[\n" + alone[0].dropLast() + ",\n" + alone[1].dropLast() + "\n]\n")
        let lines = try CommandRunner.run(["analyze", "--format", "jsonl", directory.path]).stdout.split(separator: "\n")
        #expect(try lines.map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)).sha256 }
                == [try JSONDecoder().decode(Report.self, from: Data(alone[0].utf8)).sha256, big.sha256])
    }

    @Test("a directory is walked recursively; jsonl gives one line per file")
    func jsonlDirectory() throws {
        let directory = try Self.write([
            "a.txt": Array(Fixtures.countyReport.utf8),
            "nested/deeper/b.txt": Array(Fixtures.traditionalReport.utf8),
            "nested/ignored.bin": [0, 1, 2],
        ])
        let outcome = try CommandRunner.run(["analyze", "--format", "jsonl", directory.path])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let scripts = try lines.map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)).script }
        #expect(scripts == [.simplified, .traditional])
    }

    @Test("files a folder walk passes over are counted by type with what to do, for analyze and ingest alike")
    func skippedFiles() throws {
        let directory = try Self.write([
            "a.txt": Array(Fixtures.countyReport.utf8), "old.doc": [0xD0, 0xCF], "x.wps": [1], "y.WPS": [2],
            "page.mht": [3], "README": [4], ".DS_Store": [5],
        ])
        let outcome = try CommandRunner.run(["analyze", "--format", "jsonl", directory.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: "\n").count == 1)
        for line in ["skipped 1 .doc file: convert them to .docx or PDF", "skipped 2 .wps files: convert them to .docx or PDF",
                     "skipped 1 .mht file: save them as .html", "skipped 1 file without an extension: add the extension"] {
            #expect(outcome.stderr.contains("fazhi: note: " + line), "\(outcome.stderr)")
        }
        #expect(!outcome.stderr.contains("DS_Store") && !outcome.stderr.contains("error"))
        let db = directory.appendingPathComponent("db.sqlite").path
        let ingest = try CommandRunner.run(["ingest", "--db", db, directory.path])
        #expect(ingest.status == 0 && ingest.stderr.contains("skipped 2 .wps files"))
    }

    @Test("bad files are reported by name and the batch goes on, exit code 1")
    func badFiles() throws {
        let directory = try Self.write([
            "good.txt": Array(Fixtures.countyReport.utf8),
            "empty.txt": [],
            "binary.txt": [UInt8](repeating: 0, count: 64) + [1, 2, 3, 4, 5, 6, 7, 8],
        ])
        let missing = directory.appendingPathComponent("missing.txt").path
        let outcome = try CommandRunner.run(["analyze", "--format", "jsonl", directory.path, missing])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.split(separator: "\n").count == 1)
        #expect(outcome.stderr.contains("empty.txt: the file is empty"))
        #expect(outcome.stderr.contains("binary.txt: the file is binary"))
        #expect(outcome.stderr.contains("missing.txt: no such file or directory"))
    }

    @Test("usage errors exit with 2")
    func usage() throws {
        #expect(try CommandRunner.run(["analyze", "--format", "xml", "x.txt"]).status == 2)
        #expect(try CommandRunner.run(["analyze"]).status == 2)
        #expect(try CommandRunner.run(["analyze", "--no-such-flag", "x.txt"]).status == 2)
    }

    @Test("a PDF goes through pdftotext; without it the error says how to install it")
    func pdf() throws {
        let directory = try Self.write(["report.pdf": Array("%PDF-1.4\n% fictional\n".utf8)])
        let fake = directory.appendingPathComponent("fake-pdftotext")
        try Data("#!/bin/sh\ncat <<'EOF'\n\(Fixtures.countyReport)\nEOF\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let pdf = directory.appendingPathComponent("report.pdf").path
        let converted = try CommandRunner.run(["analyze", "--format", "json", pdf], environment: ["FAZHI_PDFTOTEXT": fake.path])
        #expect(converted.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(converted.stdout.utf8))
        #expect(report.format == .pdf)
        #expect(report.metadata.body == "开化县人民政府")
        let missing = try CommandRunner.run(["analyze", pdf], environment: ["FAZHI_PDFTOTEXT": "/nonexistent/pdftotext"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("apt-get install poppler-utils"))
    }

    @Test("text output is readable Chinese")
    func text() throws {
        let directory = try Self.write(["report.txt": Array(Fixtures.countyReport.utf8)])
        let outcome = try CommandRunner.run(["analyze", directory.appendingPathComponent("report.txt").path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("报告主体: 开化县人民政府"))
        #expect(outcome.stdout.contains("报告年度: 2022"))
    }
}

@Suite("fazhi extract, run as a user would")
struct ExtractCommandTests {
    static func reportFile() throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        let url = directory.appendingPathComponent("report.txt")
        try Data(Fixtures.countyReport.utf8).write(to: url)
        return url
    }

    @Test("CSV: a header and one row per figure, with the report's columns")
    func csv() throws {
        let outcome = try CommandRunner.run(["extract", try Self.reportFile().path])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasPrefix("file,body,region,province,prefecture,level,reportYear,line,column,text,value") == true)
        let row = try #require(lines.first { $0.contains(",540余人次,") })
        #expect(row.contains(",开化县人民政府,开化县,浙江省,衢州市,county,2022,"))
        #expect(row.contains(",540,人次,atLeast,540,"))
        #expect(lines.contains { $0.contains(",98.5%,98.5,%,exact,") })
    }

    @Test("CSV with a byte-order mark for Excel")
    func bom() throws {
        let outcome = try CommandRunner.run(["extract", "--bom", try Self.reportFile().path])
        #expect(outcome.stdout.hasPrefix("\u{FEFF}file,"))
    }

    @Test("JSON and JSON Lines carry exact decimal values")
    func json() throws {
        let path = try Self.reportFile().path
        let json = try CommandRunner.run(["extract", "--format", "json", path])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let rate = try #require(rows.first { $0["text"] as? String == "98.5%" })
        #expect(rate["unit"] as? String == "%")
        #expect(rate["kind"] as? String == "percent")
        #expect(rate["body"] as? String == "开化县人民政府")
        let jsonl = try CommandRunner.run(["extract", "--format", "jsonl", path])
        #expect(jsonl.stdout.split(separator: "\n").count == rows.count)
        #expect(jsonl.stdout.contains("\"value\":98.5"))
    }

    @Test("a bad file is reported and the others still extracted, exit code 1")
    func badFile() throws {
        let good = try Self.reportFile()
        let empty = good.deletingLastPathComponent().appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let outcome = try CommandRunner.run(["extract", "--format", "jsonl", good.path, empty.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("empty.txt: the file is empty"))
        #expect(!outcome.stdout.isEmpty)
    }
}

@Suite("fazhi check, run as a user would")
struct CheckCommandTests {
    @Test("findings print like a compiler; an error-level finding exits 1, a clean report 0")
    func check() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let clean = directory.appendingPathComponent("clean.txt")
        try Data(Fixtures.countyReport.utf8).write(to: clean)
        let cleanOutcome = try CommandRunner.run(["check", clean.path])
        #expect(cleanOutcome.status == 0)
        #expect(cleanOutcome.stdout.contains("0 个错误，0 个警告，0 个提示"))

        let flawed = directory.appendingPathComponent("flawed.txt")
        try Data(Fixtures.countyReport.replacingOccurrences(of: "下一步，我县将", with: "到20xx年，我县将").utf8).write(to: flawed)
        let outcome = try CommandRunner.run(["check", flawed.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("\(flawed.path):14:2: error [placeholder] "))
        #expect(outcome.stdout.contains(": error [placeholder] "))
        let json = try CommandRunner.run(["check", "--format", "json", flawed.path])
        let files = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "placeholder")
        #expect(findings.first?["line"] as? Int == 14)
    }

    @Test("an unreadable file exits 2")
    func unreadable() throws {
        let unreadable = try CommandRunner.run(["check", "/nonexistent/report.txt"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stdout.isEmpty, "no summary claims 0 errors when nothing was checked")
        #expect(unreadable.stderr.contains("/nonexistent/report.txt"))
    }
}

@Suite("fazhi check: SARIF and configuration")
struct CheckConfigurationTests {
    static func flawedReport() throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        let url = directory.appendingPathComponent("flawed.txt")
        try Data(Fixtures.countyReport.replacingOccurrences(of: "下一步，我县将", with: "到20xx年，我县将").utf8).write(to: url)
        return url
    }

    @Test("SARIF 2.1.0 carries rule, level and location")
    func sarif() throws {
        let outcome = try CommandRunner.run(["check", "--format", "sarif", try Self.flawedReport().path])
        #expect(outcome.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "placeholder")
        #expect(result["level"] as? String == "error")
        let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 14)
    }

    @Test("flags and a config file switch rules off or re-level them; unknown rules are usage errors")
    func configuration() throws {
        let report = try Self.flawedReport()
        #expect(try CommandRunner.run(["check", "--disable", "placeholder", report.path]).status == 0)
        let relevelled = try CommandRunner.run(["check", "--severity", "placeholder=warning", report.path])
        #expect(relevelled.status == 0)
        #expect(relevelled.stdout.contains(": warning [placeholder] "))
        let config = report.deletingLastPathComponent().appendingPathComponent("fazhi.json")
        try Data(#"{"rules": {"placeholder": "off"}}"#.utf8).write(to: config)
        #expect(try CommandRunner.run(["check", "--config", config.path, report.path]).status == 0)
        #expect(try CommandRunner.run(["check", "--disable", "no-such-rule", report.path]).status == 2)
        #expect(try CommandRunner.run(["check", "--severity", "placeholder=fatal", report.path]).status == 2)
        try Data("not json".utf8).write(to: config)
        #expect(try CommandRunner.run(["check", "--config", config.path, report.path]).status == 2)
    }
}
