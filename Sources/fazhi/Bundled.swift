import ArgumentParser
import FazhiCore

/// Fazhi's bundled resources, loaded once per command; a failure is a usage-level error.
enum Bundled {
    /// The gazetteer, lexicons and catalogues bundled with FazhiCore.
    static func resources() throws -> AnalysisResources {
        do {
            return try AnalysisResources.bundled()
        } catch {
            throw ValidationError("cannot load Fazhi's bundled resources: \(error)")
        }
    }

    /// An analyzer over the bundled resources.
    static func analyzer() throws -> Analyzer {
        Analyzer(resources: try resources())
    }
}
