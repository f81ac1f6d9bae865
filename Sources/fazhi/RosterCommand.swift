import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi roster`: who must report to a supervising office.
struct RosterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "报送名单：下级政府由区划库生成，本级部门由名单文件导入。",
        subcommands: [Import.self, Show.self])

    /// `fazhi roster import FILE`: reads a department roster CSV into the database.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "导入部门名单（CSV：名称, 部门类别, 所属政府；模板见 Samples/）。",
            discussion: """
                Each row is a department: its name, its sector (an id such as justice, or its Chinese name; empty: read \
                from the name) and the government it belongs to (云浮市人民政府, 云浮市 or 445300). Rows that cannot be \
                read are reported by line and left out; the rest are stored (a department imported again replaces its \
                row). Exit 1 when any row was left out.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The roster CSV file (UTF-8).")
        var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("\(file): cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("\(file): not UTF-8 text; save the roster as CSV UTF-8")
            }
            let resources = try Bundled.resources()
            let roster = RosterBuilder(resources: resources).departments(csv: text)
            for problem in roster.problems { Diagnostics.report("\(file): \(problem)") }
            let database = try await store.open()
            let stored = try await StoreOptions.reporting { try await database.importRoster(roster.entries, by: nil) }
            FileHandle.standardError.write(Data("roster: \(stored) departments stored, \(roster.problems.count) rows left out → \(database.location)\n".utf8))
            if !roster.problems.isEmpty { throw ExitCode(1) }
        }
    }

    /// `fazhi roster show --scope 云浮市`: the bodies that must report to an office.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出某一范围应当报送的政府和部门。")

        @OptionGroup var store: StoreOptions
        @OptionGroup var scope: ScopeOption

        @Option(help: "Output format: text or json.")
        var format: ListFormat = .text

        func run() async throws {
            let resources = try Bundled.resources()
            let builder = RosterBuilder(resources: resources)
            let division = try scope.division(builder)
            let database = try await store.openExisting()
            let entries = builder.governments(under: division)
                + (try await StoreOptions.reporting { try await database.rosterDepartments(divisionCode: division.code) })
            switch format {
            case .json: Output.write(try JSONOutput.encode(entries) + "\n")
            case .text:
                let names = Dictionary(resources.departments.sectors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                var table = TextTable(header: ["名称", "类型", "部门类别", "区划代码", "地区"])
                for entry in entries {
                    table.append([entry.name, entry.identity.kind.chineseName, entry.identity.sector.map { names[$0] ?? $0 } ?? "",
                                  entry.identity.divisionCode, entry.divisionName])
                }
                let departments = entries.filter { $0.identity.kind == .department }.count
                Output.write(table.render() + "\(division.name)：应报送 \(entries.count) 个主体（政府 \(entries.count - departments)，部门 \(departments)）。\n")
            }
        }
    }
}
