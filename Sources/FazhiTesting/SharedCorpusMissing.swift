import Foundation

/// The team's shared development material (../shared beside the checkout) is not where the tests read it.
public struct SharedCorpusMissing: Error, CustomStringConvertible {
    /// The folder looked for.
    public var directory: URL
    /// The environment variable that names another place.
    public var variable: String

    public var description: String {
        "\(directory.path) is missing: these tests read the team's shared development corpus from ../shared beside the "
            + "checkout (never copied into the project); put it there or name the folder with \(variable)"
    }

    /// Throws when `directory` does not exist.
    static func check(_ directory: URL, variable: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SharedCorpusMissing(directory: directory, variable: variable)
        }
    }
}
