import ArgumentParser
import FazhiCore
import Foundation

/// Which review rules run and at what severity: from a JSON config file, then flags.
///
/// The file looks like `{"rules": {"placeholder": "off", "numbering": "warning"}}`; each value is
/// `off`, `info`, `warning` or `error`.
struct CheckConfiguration {
    /// Rule id → severity, or nil when the rule is switched off.
    private(set) var overrides: [String: Severity?] = [:]

    /// Builds the configuration; unknown rules and levels are usage errors.
    init(file: String?, disabled: [String], severities: [String]) throws {
        let known = Set(RuleRegistry.rules.map(\.id))
        func set(_ rule: String, _ level: String, origin: String) throws {
            guard known.contains(rule) else {
                throw ValidationError("\(origin): unknown rule '\(rule)'; rules are \(known.sorted().joined(separator: ", "))")
            }
            if level == "off" {
                overrides[rule] = .some(nil)
            } else if let severity = Severity(rawValue: level) {
                overrides[rule] = severity
            } else {
                throw ValidationError("\(origin): '\(level)' is not off, info, warning or error")
            }
        }
        if let file {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("\(file): cannot read the configuration file")
            }
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let rules = object["rules"] as? [String: String] else {
                throw ValidationError("\(file): expected {\"rules\": {\"rule-id\": \"off|info|warning|error\"}}")
            }
            for (rule, level) in rules.sorted(by: { $0.key < $1.key }) { try set(rule, level, origin: file) }
        }
        for rule in disabled { try set(rule, "off", origin: "--disable") }
        for pair in severities {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--severity expects RULE=LEVEL, got '\(pair)'") }
            try set(parts[0], parts[1], origin: "--severity")
        }
    }

    /// The findings with rules switched off removed and severities changed.
    func apply(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { finding in
            guard let override = overrides[finding.rule] else { return finding }
            guard let severity = override else { return nil }
            var changed = finding
            changed.severity = severity
            return changed
        }
    }
}
