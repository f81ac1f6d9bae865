// Regenerates Sources/FazhiCore/Resources/traditional-simplified.tsv: the rules of ICU's Traditional-Simplified
// transform, in ICU's order, one `traditional<TAB>simplified` a line. Most rules are one character; some 980 are
// words whose reading decides a character (著 alone becomes 着 but 著名 stays; 乾 becomes 干 but 乾坤 stays). ScriptConverter applies
// them as ICU does, the longest rule that matches at each place, without ICU at run time. The rules are read
// from the ICU inside Swift's Foundation, whose C API it exports with a `swift_` prefix.
//
//   swift scripts/script/generate-traditional-simplified.swift "$(swift --version 2>&1 | head -1)" \
//     > Sources/FazhiCore/Resources/traditional-simplified.tsv
import Foundation

@_silgen_name("swift_utrans_openU")
func utransOpen(_ id: UnsafePointer<UInt16>, _ idLength: Int32, _ direction: Int32, _ rules: UnsafePointer<UInt16>?,
                _ rulesLength: Int32, _ parseError: OpaquePointer?, _ status: UnsafeMutablePointer<Int32>) -> OpaquePointer?
@_silgen_name("swift_utrans_toRules")
func utransToRules(_ transliterator: OpaquePointer, _ escapeUnprintable: Int8, _ result: UnsafeMutablePointer<UInt16>,
                   _ capacity: Int32, _ status: UnsafeMutablePointer<Int32>) -> Int32

let id = Array("Traditional-Simplified".utf16)
var status: Int32 = 0
guard let transliterator = utransOpen(id, Int32(id.count), 0, nil, 0, nil, &status), status <= 0 else {
    fatalError("ICU could not open Traditional-Simplified: status \(status)")
}
var buffer = [UInt16](repeating: 0, count: 1 << 22)
let length = utransToRules(transliterator, 0, &buffer, Int32(buffer.count), &status)
guard status <= 0, length > 0 else { fatalError("ICU gave no rules: status \(status)") }
let rules = String(decoding: buffer[0..<Int(length)], as: UTF16.self)

var lines: [String] = []
for rule in rules.split(separator: ";\n") {
    let sides = rule.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " > ", omittingEmptySubsequences: false)
    guard sides.count == 2 else { fatalError("a rule of a form this script does not know: \(rule)") }
    let (traditional, simplified) = (String(sides[0]), String(sides[1]).trimmingCharacters(in: CharacterSet(charactersIn: ";")))
    guard traditional.unicodeScalars.count == simplified.unicodeScalars.count,
          !traditional.unicodeScalars.contains(where: { "\\'{}[]|$:".unicodeScalars.contains($0) }) else {
        fatalError("a rule that is not one literal for another of its length: \(rule)")
    }
    // A one-character rule that keeps its character changes nothing; a longer one that keeps its word still matters.
    if traditional != simplified || traditional.unicodeScalars.count > 1 { lines.append(traditional + "\t" + simplified) }
}
let date = ISO8601DateFormatter().string(from: Date()).prefix(10)
print("# ICU's Traditional-Simplified rules in ICU's order, traditional<TAB>simplified (\(lines.count) rules).")
print("# Generated \(date) by scripts/script/generate-traditional-simplified.swift from the ICU of Swift's Foundation")
print("# (\(CommandLine.arguments.dropFirst().first ?? "toolchain not named")).")
lines.forEach { print($0) }
