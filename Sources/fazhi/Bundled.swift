import ArgumentParser
import Dispatch
import FazhiCore

/// Fazhi's bundled resources, loaded once per command; a failure is a usage-level error.
enum Bundled {
    /// The gazetteer, lexicons and catalogues bundled with FazhiCore.
    static func resources() throws -> AnalysisResources {
        // The township gazetteer and the script tables are about half of the start-up: they are read on another core
        // while the rest loads here (AnalysisResources and the analyzer take them last).
        DispatchQueue.global(qos: .userInitiated).async { AnalysisResources.preloadSharedTables() }
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
