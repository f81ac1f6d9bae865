import ArgumentParser
import FazhiCore
import FazhiStore

/// The report filters shared by list, search, compare, stats and export.
struct FilterOptions: ParsableArguments {
    @Option(help: "Province, or the start of its name (浙江).")
    var province: String?

    @Option(help: "Prefecture, or the start of its name (衢州).")
    var prefecture: String?

    @Option(help: "Level of the reporting division: province, prefecture, county or township.")
    var level: RegionLevel?

    @Option(help: "Year reported on, or a range (2021-2023).")
    var year: YearRange?

    @Option(name: .customLong("body-kind"), help: "Kind of body: government, partyAndGovernment, department or other.")
    var bodyKind: BodyKind?

    @Option(help: "Text the reporting body's name contains (司法局).")
    var body: String?

    @Option(name: .customLong("finding"), help: "Only reports with a finding of this rule (percentage-mismatch).")
    var findingRule: String?

    @Option(name: .customLong("missing-part"), help: "Only reports lacking this mandated part (shortcomings).")
    var missingPart: MandatedPart?

    @Option(help: "Only these reports: ids, comma-separated (3,7,12).")
    var ids: String?

    @Option(help: ArgumentHelp(
        "Document kinds, comma-separated (annualReport,workPlan,news …), or all.",
        discussion: "search, compare and stats count annual reports unless this says otherwise; list and export show every kind."))
    var kind: DocumentKindSelection?

    @Option(help: "Only departments of this sector (justice, publicSecurity, education …).")
    var sector: String?

    func validate() throws {
        _ = try filter
        if let sector {
            let sectors = try Bundled.resources().departments.sectors
            guard sectors.contains(where: { $0.id == sector }) else {
                throw ValidationError("--sector: unknown sector \(sector); one of \(sectors.map(\.id).joined(separator: ", "))")
            }
        }
    }

    /// The filter of a counting command (search, compare, stats): annual reports unless `--kind` says otherwise.
    var countingFilter: ReportFilter {
        get throws {
            var counting = try filter
            if kind == nil { counting.kinds = ReportFilter.annualReports }
            return counting
        }
    }

    /// The filter these options describe.
    var filter: ReportFilter {
        get throws {
            var picked: [Int64]?
            if let ids {
                picked = try ids.split(separator: ",").map { text in
                    guard let id = Int64(text.trimmingCharacters(in: .whitespaces).drop(while: { $0 == "#" })) else {
                        throw ValidationError("--ids: \(text) is not a report id")
                    }
                    return id
                }
            }
            return ReportFilter(province: province, prefecture: prefecture, level: level, years: year?.range,
                                bodyKind: bodyKind, body: body, findingRule: findingRule, missingPart: missingPart, ids: picked,
                                kinds: kind?.kinds, sector: sector)
        }
    }
}

/// A year (2022) or an inclusive range of years (2021-2023) given on the command line.
struct YearRange: ExpressibleByArgument {
    let range: ClosedRange<Int>

    init?(argument: String) {
        let bounds = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch bounds.count {
        case 1:
            guard let year = bounds[0] else { return nil }
            range = year...year
        case 2:
            guard let from = bounds[0], let to = bounds[1], from <= to else { return nil }
            range = from...to
        default:
            return nil
        }
    }
}

/// Document kinds given on the command line: a comma-separated list, or `all`.
struct DocumentKindSelection: ExpressibleByArgument {
    /// The kinds; nil for all.
    let kinds: [DocumentKind]?

    init?(argument: String) {
        if argument == "all" {
            kinds = nil
            return
        }
        let parsed = argument.split(separator: ",").map { DocumentKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        guard !parsed.isEmpty, !parsed.contains(where: { $0 == nil }) else { return nil }
        kinds = parsed.compactMap { $0 }
    }

    static var allValueStrings: [String] { ["all"] + DocumentKind.allCases.map(\.rawValue) }
}

extension RegionLevel: ExpressibleByArgument {}
extension BodyKind: ExpressibleByArgument {}
extension MandatedPart: ExpressibleByArgument {}
