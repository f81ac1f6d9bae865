/// Who a report is from, however its name is spelled: the division, whether a government or one of its departments,
/// and a department's sector. 罗定市人民政府, 罗定市政府 and 中共罗定市委 罗定市人民政府 are one body.
public struct BodyIdentity: Hashable, Codable, Sendable {
    /// The division's code (6 digits; 9 for a township); a department takes its government's.
    public var divisionCode: String
    /// Government (its people's government, or Party committee and government jointly) or department.
    public var kind: RosterEntry.Kind
    /// A department's sector id (justice, publicSecurity …); nil for a government.
    public var sector: String?

    /// An identity from its parts.
    public init(divisionCode: String, kind: RosterEntry.Kind, sector: String? = nil) {
        self.divisionCode = divisionCode
        self.kind = kind
        self.sector = kind == .department ? sector : nil
    }

    /// The identity of a report's body from its analysis: nil when the division, or a department's sector, is unknown,
    /// or the body is neither a government nor a department.
    public init?(regionCode: String?, bodyKind: BodyKind?, sector: String?) {
        guard let regionCode, let bodyKind else { return nil }
        switch bodyKind {
        case .government, .partyAndGovernment: self.init(divisionCode: regionCode, kind: .government)
        case .department:
            guard let sector else { return nil }
            self.init(divisionCode: regionCode, kind: .department, sector: sector)
        case .other: return nil
        }
    }
}
