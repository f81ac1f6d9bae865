import ArgumentParser
import FazhiCore

/// `--scope`: the division a supervising office oversees, by name (云浮市, 罗定市) or code (445300).
struct ScopeOption: ParsableArguments {
    @Option(help: "The division the office oversees: a name (云浮市) or a division code (445300).")
    var scope: String

    /// The division, or a usage error naming the candidates when the name is unknown or shared.
    func division(_ builder: RosterBuilder) throws -> Division {
        let candidates = builder.scope(scope)
        guard let division = candidates.first else {
            throw ValidationError("--scope \(scope): no such division in the gazetteer; give its name (云浮市) or code (445300)")
        }
        guard candidates.count == 1 else {
            let listed = candidates.map { "\($0.name) \($0.code)" }.joined(separator: ", ")
            throw ValidationError("--scope \(scope) names several divisions (\(listed)); give the code")
        }
        return division
    }
}
