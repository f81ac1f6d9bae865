import FazhiCore
import Foundation

extension PositionMap {
    /// A text's map back to its original as a store keeps it (its compact JSON, or the Codable form of early stores);
    /// nil for reports stored before maps were kept.
    public static func stored(_ json: String?) throws -> PositionMap? {
        try json.map { json in try PositionMap(json: json.utf8) ?? JSONDecoder().decode(PositionMap.self, from: Data(json.utf8)) }
    }
}
