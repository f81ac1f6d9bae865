import Foundation

/// A multipart/form-data body (RFC 7578) split into its parts, each with its headers (names lower-cased) and bytes.
///
/// Written for hostile input: any bytes give parts or a `Malformed` error, in time linear in the body for a given
/// boundary. (MultipartKit traps on an empty boundary and on a header name byte above 127, so an upload could stop
/// the server.)
struct MultipartBody {
    /// One part.
    struct Part {
        var headers: [String: String] = [:]
        var body: [UInt8] = []
    }

    /// Why a body cannot be read.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The parts of `body` delimited by `boundary` (1 to 70 characters); the preamble and epilogue are ignored.
    static func parts(of body: [UInt8], boundary: String) throws(Malformed) -> [Part] {
        guard (1...70).contains(boundary.utf8.count) else { throw Malformed(description: "a boundary has 1 to 70 characters") }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = [0x0D, 0x0A] + delimiter
        // The first delimiter starts the body or a line.
        var position: Int
        if body.starts(with: delimiter) {
            position = delimiter.count
        } else if let found = find(separator, in: body, from: 0) {
            position = found + separator.count
        } else {
            throw Malformed(description: "no boundary line")
        }
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" closes the body; otherwise the line ends (transport padding allowed).
            if body[position...].starts(with: [0x2D, 0x2D]) { return parts }
            guard let lineEnd = find([0x0D, 0x0A], in: body, from: position) else { throw Malformed(description: "an unterminated part") }
            let headerStart = lineEnd + 2
            guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: headerStart - 2) else {
                throw Malformed(description: "a part without the blank line after its headers")
            }
            guard let next = find(separator, in: body, from: headerEnd + 4) else {
                throw Malformed(description: "a part without a closing boundary")
            }
            var part = Part(body: Array(body[(headerEnd + 4)..<next]))
            if headerEnd > headerStart {
                for line in body[headerStart..<headerEnd].split(separator: 0x0A) {
                    guard let colon = line.firstIndex(of: 0x3A) else { continue }
                    let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    part.headers[name.lowercased()] = value
                }
            }
            parts.append(part)
            position = next + separator.count
        }
    }

    /// The first index at or after `start` where `needle` occurs in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            guard let candidate = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
