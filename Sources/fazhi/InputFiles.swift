import Foundation

/// Expands command-line paths into report files: directories are walked recursively.
enum InputFiles {
    /// File extensions read when walking a directory.
    static let extensions: Set<String> = ["txt", "text", "htm", "html", "shtml", "xhtml", "docx", "pdf"]

    /// What a walk found: the report files in a stable order, the paths that do not exist, and how many files of
    /// each other extension ("" for none) were passed over.
    struct Expansion {
        var files: [String] = []
        /// What readers are shown for each file: its path under the folder named, or its own name.
        var names: [String: String] = [:]
        var missing: [String] = []
        var skipped: [String: Int] = [:]
    }

    /// The files named by `paths`: a file named directly is always read; a directory gives its report files.
    static func expand(_ paths: [String]) -> Expansion {
        var expansion = Expansion()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                expansion.missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                expansion.files.append(path)
                expansion.names[path] = (path as NSString).lastPathComponent
                continue
            }
            let folder = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                for case let relative as String in walker {
                    let full = (path as NSString).appendingPathComponent(relative)
                    let name = lastComponent(of: relative)
                    var isDir: ObjCBool = false
                    guard !name.hasPrefix("."), manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
                    let type = fileExtension(of: name)
                    if extensions.contains(type) {
                        found.append(full)
                        expansion.names[full] = folder == "/" ? relative : (folder as NSString).appendingPathComponent(relative)
                    } else {
                        expansion.skipped[type, default: 0] += 1
                    }
                }
            }
            expansion.files.append(contentsOf: found.sorted())
        }
        return expansion
    }

    /// The last component of a walker's relative path (`2023/报告.txt` → `报告.txt`), cut at its last slash:
    /// `NSString`'s path methods cost tens of thousands of instructions a file.
    private static func lastComponent(of relative: String) -> Substring {
        guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return relative[...] }
        return relative[relative.utf8.index(after: slash)...]
    }

    /// A file name's extension, lowercased (`报告.PDF` → `pdf`); empty when the name has no dot after its first scalar.
    private static func fileExtension(of name: Substring) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// One line per skipped type, saying what to do: `skipped 3 .doc files: convert them to .docx or PDF`.
    static func skippedSummary(_ skipped: [String: Int]) -> [String] {
        skipped.sorted { $0.key < $1.key }.map { type, count in
            let files = "\(count) \(type.isEmpty ? "file\(count == 1 ? "" : "s") without an extension" : ".\(type) file\(count == 1 ? "" : "s")")"
            let advice = switch type {
            case "doc", "wps", "rtf": "convert them to .docx or PDF"
            case "mht", "mhtml": "save them as .html"
            case "": "add the extension of their format (.txt, .html, .docx, .pdf) to read them"
            default: "not a report format Fazhi reads"
            }
            return "skipped \(files): \(advice)"
        }
    }

    /// Prints the skipped-file summary on stderr as notes.
    static func reportSkipped(_ skipped: [String: Int]) {
        for line in skippedSummary(skipped) { FileHandle.standardError.write(Data("fazhi: note: \(line)\n".utf8)) }
    }
}
