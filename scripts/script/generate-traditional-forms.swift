// Regenerates Sources/FazhiCore/Resources/traditional-forms.txt: every Chinese character that ICU's
// Traditional-Simplified transform (the one ScriptConverter uses) changes when it stands alone. A search query with
// none of them is already simplified, so `fazhi search` need not build a converter for it.
//
//   swift scripts/script/generate-traditional-forms.swift "$(swift --version 2>&1 | head -1)" \
//     > Sources/FazhiCore/Resources/traditional-forms.txt
import Foundation

let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF]
var scalars: [Unicode.Scalar] = []
for range in ranges { for value in range { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } } }
// One character a line: ICU converts each on its own, as a lone query character would be.
var text = String.UnicodeScalarView()
for scalar in scalars {
    text.append(scalar)
    text.append("\n")
}
let converted = String(text).applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) ?? ""
let lines = converted.split(separator: "\n", omittingEmptySubsequences: false)
guard lines.count == scalars.count + 1 else { fatalError("ICU changed the number of lines: \(lines.count) for \(scalars.count)") }
var changed: [Unicode.Scalar] = []
for (scalar, line) in zip(scalars, lines) where line != String(scalar) { changed.append(scalar) }
let date = ISO8601DateFormatter().string(from: Date()).prefix(10)
print("# Chinese characters ICU's Traditional-Simplified transform changes, one a line (\(changed.count)).")
print("# Generated \(date) by scripts/script/generate-traditional-forms.swift with the ICU of Swift's Foundation")
print("# (\(CommandLine.arguments.dropFirst().first ?? "toolchain not named")).")
for scalar in changed { print(String(scalar)) }
