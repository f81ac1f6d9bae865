/// A character encoding Fazhi can detect and decode.
public enum TextEncoding: String, Codable, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8-BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    case big5 = "Big5"

    /// The encoding named by an HTML or MIME charset label, if Fazhi knows it.
    ///
    /// GB2312 and GBK labels map to GB18030, their superset: rare name characters break GBK.
    public init?(label: String) {
        switch label.lowercased().trimmingCharacters(in: [" ", "\"", "'"]) {
        case "utf-8", "utf8": self = .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80": self = .gb18030
        case "big5", "big5-hkscs", "x-x-big5", "cp950": self = .big5
        case "utf-16le": self = .utf16LE
        case "utf-16be", "utf-16": self = .utf16BE
        default: return nil
        }
    }
}
