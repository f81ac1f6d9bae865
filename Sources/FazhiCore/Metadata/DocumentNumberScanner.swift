/// Finds document numbers (文号) such as 长政发〔2019〕2号, also written with [] or ［］.
enum DocumentNumberScanner {
    private static let openers: Set<Unicode.Scalar> = ["〔", "[", "［", "【", "(", "（"]
    private static let closers: Set<Unicode.Scalar> = ["〕", "]", "］", "】", ")", "）"]

    /// The first document number in a line, normalised to 〔〕 brackets, and its range.
    static func first(in scalars: ArraySlice<Unicode.Scalar>) -> (number: String, range: Range<Int>)? {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if openers.contains(scalars[index]), let found = number(openingAt: index, in: scalars) { return found }
            index += 1
        }
        return nil
    }

    private static func number(openingAt open: Int, in scalars: ArraySlice<Unicode.Scalar>) -> (String, Range<Int>)? {
        var prefixStart = open
        while prefixStart > scalars.startIndex, open - prefixStart < 6, scalars[prefixStart - 1].isHan { prefixStart -= 1 }
        guard open - prefixStart >= 1 else { return nil }
        var index = open + 1
        var year = ""
        while index < scalars.endIndex, scalars[index].isDigit, year.count < 4 {
            year.unicodeScalars.append(Unicode.Scalar(UInt8(scalars[index].digitValue! + 48)))
            index += 1
        }
        guard year.count == 4, index < scalars.endIndex, closers.contains(scalars[index]) else { return nil }
        index += 1
        var serial = ""
        while index < scalars.endIndex, scalars[index].isDigit, serial.count < 5 {
            serial.unicodeScalars.append(Unicode.Scalar(UInt8(scalars[index].digitValue! + 48)))
            index += 1
        }
        guard !serial.isEmpty, index < scalars.endIndex, scalars[index] == "号" else { return nil }
        let prefix = scalars[prefixStart..<open].string
        return (prefix + "〔" + year + "〕" + serial + "号", prefixStart..<index + 1)
    }
}
