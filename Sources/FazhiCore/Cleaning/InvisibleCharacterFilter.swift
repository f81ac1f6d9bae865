import Foundation

/// Normalises line breaks and drops invisible characters; maps Kangxi radicals to ideographs.
///
/// PDF extraction yields Kangxi radicals (U+2F00–U+2FDF) that look like ordinary characters but
/// are not; NFKC maps them back. Carriage returns become line feeds; control and zero-width
/// characters are dropped, and their origins returned so they can be reported.
enum InvisibleCharacterFilter {
    /// The text with line breaks normalised and invisible characters dropped, and the origins of those dropped; a text
    /// with nothing to change (most) is returned as it is, without a copy.
    static func apply(_ text: MappedText) -> (text: MappedText, dropped: [Int32]) {
        let scalars = text.scalars
        guard let first = scalars.firstIndex(where: needsChange) else { return (text, []) }
        var result = MappedText()
        result.reserveCapacity(text.count)
        result.append(text, range: 0..<first)
        var dropped: [Int32] = []
        var index = first
        while index < scalars.count {
            // The run up to the next scalar to change is copied whole.
            var next = index
            while next < scalars.count, !needsChange(scalars[next]) { next += 1 }
            if next > index { result.append(text, range: index..<next) }
            guard next < scalars.count else { break }
            let scalar = scalars[next]
            let origin = text.origins[next]
            index = next + 1
            switch scalar.value {
            case 0x0D:
                if index < scalars.count, scalars[index].value == 0x0A { continue }
                result.append("\n", origin: origin)
            case 0x0A, 0x09:
                result.append(scalar, origin: origin)
            case 0x0B, 0x0C, 0x2028, 0x2029, 0x85:
                result.append("\n", origin: origin)
            case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
                dropped.append(origin)
            case 0x2E80...0x2FDF:
                result.append(String(scalar).precomposedStringWithCompatibilityMapping, origin: origin)
            default:
                result.append(scalar, origin: origin)
            }
        }
        return (result, dropped)
    }

    /// Whether `apply` changes or drops the scalar: anything but a line feed, a tab or a visible character.
    private static func needsChange(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Tested in the order of how often they come: Chinese, then ASCII.
        if value > 0x2FDF { return value == 0xFEFF }
        if value < 0x7F { return value < 0x20 && value != 0x0A && value != 0x09 }
        return value <= 0x9F || value == 0xAD || (0x200B...0x200D).contains(value) || value == 0x2060 || value == 0x2028
            || value == 0x2029 || value >= 0x2E80
    }
}
