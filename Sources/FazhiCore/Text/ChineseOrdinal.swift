/// Small Chinese ordinals (一 … 九十九) as used in heading markers.
enum ChineseOrdinal {
    /// The digit 一 … 九 stands for, nil for any other scalar (〇 and 零 included: no ordinal holds them).
    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

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
            } else if let digit = digit(scalar) {
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
