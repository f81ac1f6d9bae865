/// Writes CSV as RFC 4180 says: fields with commas, quotes or line breaks are quoted. A text field that a
/// spreadsheet would run as a formula (=, +, -, @, tab or CR first: =HYPERLINK(…)县人民政府) starts with ' instead;
/// numbers (-3.5) stay numbers.
public enum CSV {
    /// One CSV line, with its line break.
    public static func line(_ fields: [String]) -> String {
        fields.map { quote(neutralized($0)) }.joined(separator: ",") + "\r\n"
    }

    /// The field with a leading ' when a spreadsheet would read it as a formula.
    static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
              Double(field) == nil else { return field }
        return "'" + field
    }

    /// The field in quotes when it holds a comma, a quote or a line break, looked for by bytes (a CR LF pair is one
    /// character, which a search by characters for CR or LF passes over).
    private static func quote(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
