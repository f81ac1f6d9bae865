import FazhiCore
import FazhiStore

/// A request for a submission status or roster: its scope resolved to one division, and its year.
struct StatusRequest {
    /// Why a scope or year cannot be used: in English for the API, in Chinese for the desk.
    struct Problem: Error {
        let field: String
        let english: String
        let chinese: String

        /// The API's 400.
        var apiError: APIError { APIError.invalid(field, english) }
    }

    let scope: Division
    let year: Int?

    /// The request of an API call, a problem as the API's 400.
    static func api(scope: String?, year: String?, requiringYear: Bool, roster: RosterBuilder) throws(APIError) -> StatusRequest {
        do throws(Problem) {
            return try StatusRequest(scope: scope, year: year, requiringYear: requiringYear, roster: roster)
        } catch {
            throw error.apiError
        }
    }

    /// Reads `scope` (a name or a division code) and `year`; an unknown or shared name says so, listing the candidates.
    init(scope text: String?, year yearText: String?, requiringYear: Bool, roster: RosterBuilder) throws(Problem) {
        guard let text, !text.isEmpty else {
            throw Problem(field: "scope", english: "name the scope: a division's name or code (330800)",
                          chinese: "请填写范围：地区名称（如 衢州市）或区划代码（如 330800）。")
        }
        let candidates = roster.scope(text)
        guard let division = candidates.first else {
            throw Problem(field: "scope", english: "no such division in the gazetteer; give its name or code (330800)",
                          chinese: "区划库中没有“\(text)”：请填写地区名称（如 衢州市）或区划代码。")
        }
        guard candidates.count == 1 else {
            let listed = candidates.map { "\($0.name) \($0.code)" }.joined(separator: "、")
            throw Problem(field: "scope", english: "the name is shared by \(candidates.count) divisions; give the code (\(candidates.map(\.code).joined(separator: ", ")))",
                          chinese: "“\(text)”对应多个地区（\(listed)），请填写区划代码。")
        }
        scope = division
        if let yearText, !yearText.isEmpty {
            guard let value = Int(yearText), (1990...2100).contains(value) else {
                throw Problem(field: "year", english: "expected a year such as 2023", chinese: "报告年度应为年份，如 2023。")
            }
            year = value
        } else if requiringYear {
            throw Problem(field: "year", english: "name the year reported on (year=2023)", chinese: "请填写报告年度，如 2023。")
        } else {
            year = nil
        }
    }
}
