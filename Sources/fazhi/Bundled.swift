import ArgumentParser
import Dispatch
import FazhiCore

/// Fazhi's bundled resources, loaded once per command; a failure is a usage-level error.
enum Bundled {
    /// The gazetteer, lexicons and catalogues bundled with FazhiCore.
    static func resources() throws -> AnalysisResources {
        // The township gazetteer is the largest part of the start-up: it is read on another core while the rest loads
        // here (AnalysisResources takes it last).
        DispatchQueue.global(qos: .userInitiated).async { _ = TownshipGazetteer.embedded }
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
