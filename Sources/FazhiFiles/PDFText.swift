import Foundation

/// Extracts a PDF's text with poppler's pdftotext, which decodes Chinese government PDFs well.
enum PDFText {
    /// The pdftotext executable: `FAZHI_PDFTOTEXT` if set, else the first on PATH.
    static func executable() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["FAZHI_PDFTOTEXT"] {
            return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
        }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The UTF-8 text of an uploaded PDF, through a temporary file.
    static func extract(bytes: [UInt8], name: String) throws(FileFailure) -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-pdf-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try Data(bytes).write(to: scratch)
        } catch {
            throw FileFailure(path: name, reason: "cannot write a temporary file for pdftotext: \(error.localizedDescription)")
        }
        return try extract(path: scratch.path, reportingAs: name)
    }

    /// The UTF-8 text of a PDF file; errors name it as `name`.
    static func extract(path: String, reportingAs name: String) throws(FileFailure) -> [UInt8] {
        guard let executable = executable() else {
            throw FileFailure(path: name, reason:
                "this is a PDF and pdftotext is not installed; install it with: apt-get install poppler-utils")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw FileFailure(path: name, reason: "could not run pdftotext: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw FileFailure(path: name, reason: "pdftotext failed (\(process.terminationStatus)): \(detail)")
        }
        return [UInt8](data)
    }
}
