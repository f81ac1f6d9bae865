import FazhiTesting
import Foundation

/// The Python that has the test tools (openapi-spec-validator, schemathesis): `FAZHI_PYTHON`, else the virtual
/// environment `scripts/test.sh` makes under `.build/python`, else `python3` on PATH.
enum PythonTool {
    static var python: String {
        if let configured = ProcessInfo.processInfo.environment["FAZHI_PYTHON"], !configured.isEmpty { return configured }
        let venv = PackageRoot.url.appendingPathComponent(".build/python/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }
}
