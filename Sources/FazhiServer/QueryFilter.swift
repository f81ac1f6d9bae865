import Foundation
import FazhiCore
import FazhiStore
import Hummingbird

/// Reads the shared query parameters of pages and API: filters, paging, search.
struct QueryParameters {
    let values: [String: String]
    /// Report ids picked by the user (`ids=1,5` or repeated `ids`).
    let ids: [String]

    init(_ request: Request) {
        ids = request.uri.queryParameters.getAll("ids").flatMap { value in
            (String(value).removingPercentEncoding ?? String(value)).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }.filter { !$0.isEmpty }
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let text = String(value).removingPercentEncoding ?? String(value)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { values[String(key)] = trimmed }
        }
        self.values = values
    }

    /// The parameters of an API request, where an empty value for a parameter that names one of a fixed set of values
    /// is a 400 (the desk's forms send empty values for “all”; a program leaves the parameter out).
    static func api(_ request: Request) throws -> QueryParameters {
        let enumerated: Set<String> = ["level", "bodyKind", "kind", "missingPart", "by", "format", "sort"]
        for (key, value) in request.uri.queryParameters where enumerated.contains(String(key)) {
            if (String(value).removingPercentEncoding ?? String(value)).trimmingCharacters(in: .whitespaces).isEmpty {
                throw APIError.invalid(String(key), "empty; leave the parameter out to take every value")
            }
        }
        return QueryParameters(request)
    }

    subscript(_ key: String) -> String? { values[key] }

    /// The report filter; an unknown level, kind, part or a malformed year is a 400.
    /// Counting views (overview, search, compare, stats) take annual reports unless `kind` says otherwise.
    func filter(counting: Bool = false) throws -> ReportFilter {
        func parse<T: RawRepresentable>(_ key: String, as type: T.Type) throws -> T? where T.RawValue == String {
            guard let raw = values[key] else { return nil }
            guard let value = T(rawValue: raw) else { throw APIError.invalid(key, "unknown value \(raw)") }
            return value
        }
        var years: ClosedRange<Int>?
        if let year = values["year"] {
            let bounds = year.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.count == 4 ? Int(part) : nil
            }
            if bounds.count == 1, let single = bounds[0] {
                years = single...single
            } else if bounds.count == 2, let from = bounds[0], let to = bounds[1], from <= to {
                years = from...to
            } else {
                throw APIError.invalid("year", "expected a year (2022) or a range (2021-2023)")
            }
        }
        var ids: [Int64]?
        if !self.ids.isEmpty {
            ids = try self.ids.map { text in
                guard let id = Int64(text) else { throw APIError.invalid("ids", "expected report numbers, comma-separated") }
                return id
            }
        }
        var kinds: [DocumentKind]? = counting ? ReportFilter.annualReports : nil
        if let kind = values["kind"] {
            kinds = kind == "all" ? nil : try kind.split(separator: ",").map { raw in
                guard let parsed = DocumentKind(rawValue: String(raw)) else { throw APIError.invalid("kind", "unknown value \(raw)") }
                return parsed
            }
        }
        if let sector = values["sector"], !sector.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) || sector.count > 40 {
            throw APIError.invalid("sector", "expected a sector id such as justice")
        }
        return ReportFilter(
            province: values["province"], prefecture: values["prefecture"], level: try parse("level", as: RegionLevel.self),
            years: years, bodyKind: try parse("bodyKind", as: BodyKind.self), body: values["body"],
            findingRule: values["finding"], missingPart: try parse("missingPart", as: MandatedPart.self), ids: ids,
            kinds: kinds, sector: values["sector"])
    }

    /// The figures compare takes: `status` and `scope`, comma-separated or all; the body's own results by default.
    func figureSelection() throws -> FigureSelection {
        do {
            return try FigureSelection(statuses: values["status"], scopes: values["scope"])
        } catch {
            throw APIError.invalid(error.option, error.description)
        }
    }

    /// The list order `sort` names (division, year, errors, figures); by division code when absent.
    func order() throws -> ReportOrder {
        guard let raw = values["sort"] else { return .division }
        guard let order = ReportOrder(rawValue: raw) else {
            throw APIError.invalid("sort", "expected one of \(ReportOrder.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return order
    }

    /// A bounded positive integer parameter, or the default.
    func integer(_ key: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = values[key] else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw APIError.invalid(key, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The filter parameters as they came, to carry into links.
    var filterPairs: [(String, String?)] {
        ["province", "prefecture", "level", "year", "bodyKind", "sector", "kind", "body", "finding", "missingPart"].map { ($0, values[$0]) }
            + [("ids", ids.isEmpty ? nil : ids.joined(separator: ","))]
    }
}

