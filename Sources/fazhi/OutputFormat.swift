import ArgumentParser

/// How a command prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Readable text, in Chinese.
    case text
    /// One JSON document (an object for one file, an array for several).
    case json
    /// One JSON object per line, per file.
    case jsonl
}

/// Output of the store commands: readable text or JSON.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Output of `compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case csv
    case json
}
