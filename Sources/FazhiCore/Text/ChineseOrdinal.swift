/// Small Chinese ordinals (一 … 九十九) as used in heading markers.
enum ChineseOrdinal {
    private static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Parses an ordinal of one to three characters (一, 十, 十二, 二十, 二十三) at the start of `scalars`.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> (value: Int, length: Int)? {
        var index = scalars.startIndex
        var value = 0
        var sawTen = false
        var pending = 0
        var length = 0
        while index < scalars.endIndex, length < 3 {
            let scalar = scalars[index]
            if scalar == "十" {
                guard !sawTen else { break }
                value = (pending == 0 ? 1 : pending) * 10
                pending = 0
                sawTen = true
            } else if let digit = digits[scalar], digit > 0 {
                guard pending == 0 else { break }
                pending = digit
            } else {
                break
            }
            index += 1
            length += 1
        }
        guard length > 0 else { return nil }
        return (value + pending, length)
    }

    /// The ordinal for a number from 1 to 99.
    static func text(_ number: Int) -> String {
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number > 0, number < 100 else { return String(number) }
        if number < 10 { return names[number] }
        let tens = number / 10, ones = number % 10
        return (tens == 1 ? "" : names[tens]) + "十" + names[ones]
    }
}
