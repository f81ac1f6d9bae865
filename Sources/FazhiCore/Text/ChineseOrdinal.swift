/// Small Chinese ordinals (一 … 九十九) as used in heading markers.
enum ChineseOrdinal {
    /// 一 … 九, each at the position of the digit it writes less one (〇 and 零 are in no ordinal): found by a scan of
    /// nine scalars rather than by hashing.
    private static let digits = Array("一二三四五六七八九".unicodeScalars)

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
            } else if let position = digits.firstIndex(of: scalar) {
                guard pending == 0 else { break }
                pending = position + 1
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
