/// Restores the line breaks before headings in text whose breaks were lost (a PDF or Word file
/// extracted as one long line: "…报告如下: 一、主要举措 (一)加强组织领导 成立…").
///
/// Only a long line with the scattered spaces such extraction leaves is split, and only at a space
/// followed by a 一、 or （一） marker; a heading run into the text after it keeps its text on its line.
enum RunOnLineSplitter {
    /// Lines shorter than this are ordinary paragraphs.
    static let minimumLength = 200
    /// A run-on line has at least one space in this many scalars.
    static let scalarsPerSpace = 80

    static func apply(_ text: MappedText) -> MappedText {
        var result = text
        for line in LineSplitter.lines(of: text.scalars) where line.count >= minimumLength {
            let scalars = text.scalars[line]
            let spaces = scalars.reduce(0) { $0 + ($1.isHorizontalSpace ? 1 : 0) }
            guard spaces * scalarsPerSpace >= line.count else { continue }
            for index in line.dropLast() where text.scalars[index].isHorizontalSpace && index > line.lowerBound {
                guard let marker = HeadingMarker.parse(text.scalars[(index + 1)..<line.upperBound]),
                      marker.style == .chineseOrdinal || marker.style == .chineseParenthesized,
                      !text.scalars[index - 1].isDigit, text.scalars[index - 1] != "第" else { continue }
                result.replaceScalar(at: index, with: "\n")
            }
        }
        return result
    }
}
