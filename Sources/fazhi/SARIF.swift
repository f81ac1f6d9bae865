import FazhiCore
import Foundation

/// Writes findings as SARIF 2.1.0, the format code-review tools read.
enum SARIF {
    /// One SARIF log for all files' findings.
    static func log(_ files: [(source: String, findings: [Finding])]) throws -> String {
        let results: [[String: Any]] = files.flatMap { file in
            file.findings.map { finding in
                [
                    "ruleId": finding.rule,
                    "level": level(finding.severity),
                    "message": ["text": finding.message],
                    "locations": [[
                        "physicalLocation": [
                            "artifactLocation": ["uri": file.source],
                            "region": ["startLine": finding.line, "startColumn": finding.column,
                                       "snippet": ["text": finding.excerpt]],
                        ],
                    ]],
                ] as [String: Any]
            }
        }
        let log: [String: Any] = [
            "version": "2.1.0",
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "runs": [[
                "tool": ["driver": [
                    "name": "fazhi",
                    "rules": RuleRegistry.rules.map { ["id": $0.id] },
                ]],
                "results": results,
            ]],
        ]
        let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
