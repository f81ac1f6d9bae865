import Foundation

/// The governments a supervising office receives reports from, generated from the gazetteers: a province's
/// prefectures and the counties directly under it, a prefecture's counties and districts, a county's townships and
/// street offices.
public struct RosterBuilder: Sendable {
    private let gazetteer: Gazetteer
    private let townships: TownshipGazetteer
    private let departments: DepartmentCatalogue

    /// A builder over the gazetteers and the department catalogue.
    public init(gazetteer: Gazetteer, townships: TownshipGazetteer, departments: DepartmentCatalogue) {
        self.gazetteer = gazetteer
        self.townships = townships
        self.departments = departments
    }

    /// A builder over loaded resources.
    public init(resources: AnalysisResources) {
        self.init(gazetteer: resources.gazetteer, townships: resources.townships, departments: resources.departments)
    }

    /// Reads an office's department file against these resources.
    public func departments(csv: String) -> DepartmentRoster {
        DepartmentRoster(csv: csv, gazetteer: gazetteer, departments: departments)
    }

    /// The division a scope names: a code (445300) or a name (云浮市, 云浮); nil when unknown, every candidate when
    /// the name is shared.
    public func scope(_ text: String) -> [Division] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let division = gazetteer.division(code: trimmed) { return [division] }
        return gazetteer.divisions(named: trimmed)
    }

    /// The governments one level below `scope`, in code order.
    public func governments(under scope: Division) -> [RosterEntry] {
        switch scope.level {
        case .province, .prefecture:
            return gazetteer.divisions.filter { $0.parentCode == scope.code && $0.level != .township }
                .sorted { $0.code < $1.code }
                .map { division in
                    RosterEntry(name: division.name + "人民政府", identity: BodyIdentity(divisionCode: division.code, kind: .government),
                                divisionName: division.name, level: division.level)
                }
        case .county:
            return townships.townships.filter { $0.countyCode == scope.code && $0.code != nil }
                .sorted { $0.code! < $1.code! }
                .map { township in
                    RosterEntry(name: township.name + (township.type == "街道" ? "办事处" : "人民政府"),
                                identity: BodyIdentity(divisionCode: township.code!, kind: .government),
                                divisionName: township.name, level: .township)
                }
        case .township:
            return []
        }
    }
}
