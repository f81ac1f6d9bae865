import Foundation
import SwiftCSV

/// The departments a supervising office receives reports from, read from the CSV file it keeps: one row per
/// department with its name, its sector and the government it belongs to (templates in Samples/).
///
/// Headers may be Chinese or English: 名称/name, 部门类别/sector (an id such as justice, or its Chinese name; left
/// empty, it is read from the department's name), 所属政府/parent (云浮市人民政府, 云浮市 or 445300).
public struct DepartmentRoster: Sendable {
    /// A row that could not be read, by its line in the file.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// The line (the header is line 1).
        public var line: Int
        /// What is wrong, in Chinese.
        public var reason: String

        public var description: String { "第 \(line) 行：\(reason)" }
    }

    /// The departments read.
    public let entries: [RosterEntry]
    /// The rows left out, and why.
    public let problems: [Problem]

    private static let columns: [(key: String, names: Set<String>)] = [
        ("name", ["名称", "部门名称", "name"]),
        ("sector", ["部门类别", "类别", "sector"]),
        ("parent", ["所属政府", "上级政府", "parent", "government"]),
    ]

    /// Reads the CSV text; a file without the name and parent columns is one problem on line 1.
    public init(csv text: String, gazetteer: Gazetteer, departments: DepartmentCatalogue) {
        (entries, problems) = Self.read(text, gazetteer: gazetteer, departments: departments)
    }

    private static func read(_ text: String, gazetteer: Gazetteer, departments: DepartmentCatalogue)
        -> (entries: [RosterEntry], problems: [Problem]) {
        var entries: [RosterEntry] = [], problems: [Problem] = []
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: body, delimiter: .comma, loadColumns: false)
        } catch {
            return ([], [Problem(line: 1, reason: "不是可读的 CSV（\(error)）")])
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (key, names) in Self.columns {
            index[key] = header.firstIndex { names.contains($0) }
        }
        guard let nameColumn = index["name"], let parentColumn = index["parent"] else {
            return ([], [Problem(line: 1, reason: "表头须有“名称”和“所属政府”两列（可选“部门类别”），现为：\(csv.header.joined(separator: ", "))")])
        }
        var seen: [BodyIdentity: Int] = [:]
        for (offset, row) in csv.rows.enumerated() {
            let line = offset + 2
            func field(_ column: Int?) -> String {
                column.flatMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespaces) : nil } ?? ""
            }
            let name = field(nameColumn), parentText = field(parentColumn), sectorText = field(index["sector"])
            if name.isEmpty && parentText.isEmpty && sectorText.isEmpty { continue }
            guard !name.isEmpty else { problems.append(Problem(line: line, reason: "缺少名称")); continue }
            let parent: Division
            switch Self.division(parentText, gazetteer: gazetteer) {
            case .success(let division): parent = division
            case .failure(let failure):
                problems.append(Problem(line: line, reason: failure.description))
                continue
            }
            let sector = sectorText.isEmpty
                ? departments.sector(ofName: name)
                : departments.sector(id: sectorText) ?? departments.sectors.first { $0.name == sectorText }
            guard let sector else {
                problems.append(Problem(line: line, reason: sectorText.isEmpty
                    ? "无法从名称“\(name)”看出部门类别，请填写“部门类别”"
                    : "未知的部门类别“\(sectorText)”"))
                continue
            }
            let identity = BodyIdentity(divisionCode: parent.code, kind: .department, sector: sector.id)
            if let first = seen[identity] {
                problems.append(Problem(line: line, reason: "与第 \(first) 行是同一部门（\(parent.name) · \(sector.name)）"))
                continue
            }
            seen[identity] = line
            entries.append(RosterEntry(name: name, identity: identity, divisionName: parent.name, level: parent.level))
        }
        return (entries, problems)
    }

    /// The government a row names: by code, by full name with or without 人民政府/政府, or by a short form.
    private static func division(_ text: String, gazetteer: Gazetteer) -> Result<Division, RosterFailure> {
        guard !text.isEmpty else { return .failure("缺少所属政府") }
        if let division = gazetteer.division(code: text) { return .success(division) }
        var name = text
        for suffix in ["人民政府", "政府"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        let candidates = gazetteer.divisions(named: name).filter { $0.level != .township }
        switch candidates.count {
        case 1: return .success(candidates[0])
        case 0: return .failure("找不到所属政府“\(text)”")
        default:
            let listed = candidates.map { "\($0.name) \($0.code)" }.joined(separator: "、")
            return .failure("所属政府“\(text)”不唯一（\(listed)），请填写区划代码")
        }
    }
}

/// Why a roster row's government could not be found, in Chinese.
struct RosterFailure: Error, ExpressibleByStringLiteral, ExpressibleByStringInterpolation, CustomStringConvertible {
    let description: String
    init(stringLiteral value: String) { description = value }
    init(stringInterpolation: DefaultStringInterpolation) { description = String(stringInterpolation: stringInterpolation) }
}
