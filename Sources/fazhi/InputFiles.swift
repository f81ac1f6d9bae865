import Foundation

/// Expands command-line paths into report files: directories are walked recursively.
enum InputFiles {
    /// File extensions read when walking a directory.
    static let extensions: Set<String> = ["txt", "text", "htm", "html", "shtml", "xhtml", "docx", "pdf"]

    /// The files named by `paths`, in a stable order, and the paths that do not exist.
    static func expand(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                for case let relative as String in walker {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var isDir: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue,
                       extensions.contains((relative as NSString).pathExtension.lowercased()) {
                        found.append(full)
                    }
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, missing)
    }
}
