import FazhiCore
import Foundation

/// Which figures fill compare's cells: by default the body's own results of the report year.
public struct FigureSelection: Codable, Sendable, Equatable {
    /// The statuses taken (achieved, target, baseline, change).
    public var statuses: [FigureStatus]
    /// The scopes taken (own, subordinate, higher).
    public var scopes: [FigureScope]

    /// Creates a selection.
    public init(statuses: [FigureStatus], scopes: [FigureScope]) {
        self.statuses = statuses
        self.scopes = scopes
    }

    /// The body's own achieved figures: what a compare cell means unless asked otherwise.
    public static let ownResults = FigureSelection(statuses: [.achieved], scopes: [.own])

    /// A value of `--status` or `--scope` that names no status or scope.
    public struct UnknownValue: Error, CustomStringConvertible {
        /// The option or parameter: status or scope.
        public var option: String
        /// The value given.
        public var value: String
        public var description: String {
            let known = option == "status" ? FigureStatus.allCases.map(\.rawValue) : FigureScope.allCases.map(\.rawValue)
            return "unknown \(option) \(value); one of \(known.joined(separator: ", ")) or all, comma-separated"
        }
    }

    /// Reads comma-separated statuses and scopes (achieved,target; own,subordinate; all); nil keeps the default.
    public init(statuses: String?, scopes: String?) throws(UnknownValue) {
        func list<Value: RawRepresentable & CaseIterable>(_ text: String?, _ option: String, default value: [Value])
            throws(UnknownValue) -> [Value] where Value.RawValue == String {
            guard let text else { return value }
            if text == "all" { return Array(Value.allCases) }
            var values: [Value] = []
            for part in text.split(separator: ",", omittingEmptySubsequences: false) {
                let name = part.trimmingCharacters(in: .whitespaces)
                guard let parsed = Value(rawValue: name) else { throw UnknownValue(option: option, value: name) }
                if !values.contains(where: { $0.rawValue == parsed.rawValue }) { values.append(parsed) }
            }
            return values
        }
        self.init(statuses: try list(statuses, "status", default: Self.ownResults.statuses),
                  scopes: try list(scopes, "scope", default: Self.ownResults.scopes))
    }
}
