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
