import Foundation

/// Turns the first Ctrl-C (or SIGTERM) into a request to stop after the current step; a second one
/// ends the process at once. Either way the database stays consistent: every write is a transaction.
final class InterruptFlag: @unchecked Sendable {
    private var raised = false
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []

    /// Starts watching SIGINT and SIGTERM.
    init() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in self?.raise(signalNumber) }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a stop was requested.
    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    private func raise(_ signalNumber: Int32) {
        lock.lock()
        let second = raised
        raised = true
        lock.unlock()
        if second { exit(128 + signalNumber) }
        FileHandle.standardError.write(Data("\nfazhi: interrupted: finishing the files in hand; run the same command again to complete\n".utf8))
    }
}
