import Foundation

/// Shows how an ingest is going: a redrawn bar on a terminal, a log line every few seconds otherwise.
final class IngestProgress: @unchecked Sendable {
    private let total: Int
    private let isTerminal: Bool
    private let started = Date()
    private var done = 0
    private var lastLog = Date.distantPast
    private let lock = NSLock()

    init(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.isTerminal = isTerminal
    }

    /// Records `count` more files handled and redraws or logs.
    func advance(by count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        if isTerminal {
            write("\r" + line(now: now) + "\u{1B}[K")
        } else if now.timeIntervalSince(lastLog) >= 5 || done == total {
            lastLog = now
            write("ingest: " + line(now: now) + "\n")
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        if isTerminal, total > 0 { write("\n") }
    }

    private func line(now: Date) -> String {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let percent = total == 0 ? 100 : done * 100 / total
        var text = "\(done)/\(total) files (\(percent)%), \(Self.format(rate: rate)) files/s"
        if done < total, rate > 0 {
            text += ", \(Self.format(seconds: Double(total - done) / rate)) left"
        } else {
            text += ", \(Self.format(seconds: elapsed)) in all"
        }
        guard isTerminal else { return text }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] " + text
    }

    private static func format(rate: Double) -> String {
        rate >= 100 ? String(Int(rate.rounded())) : String(format: "%.1f", rate)
    }

    private static func format(seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole >= 60 ? "\(whole / 60) min \(whole % 60) s" : "\(whole) s"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
