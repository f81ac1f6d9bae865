import Foundation

/// One JSON object written member by member straight into a ``JSONOutputBuffer``, for types whose encoding is hot
/// enough that the coder's containers cost more than the members.
///
/// The caller gives the members in the order the encoder sorts keys (by their UTF-8 bytes) and skips absent optionals,
/// as a synthesized `encode(to:)` does with `encodeIfPresent`; the tests compare the result with Foundation's.
struct JSONObjectWriter {
    private let output: JSONOutputBuffer
    private let level: Int
    private var count = 0

    /// Opens an object whose first line is at indentation `level`.
    init(_ output: JSONOutputBuffer, level: Int) {
        self.output = output
        self.level = level
        output.openObject()
    }

    /// Writes a member's key (the key must need no escapes) and the colon after it.
    private mutating func key(_ key: StaticString) {
        output.writeMemberKey(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount),
                              index: count, level: level)
        count += 1
    }

    mutating func string(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        output.writeString(value)
    }

    mutating func integer(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        output.writeInteger(value)
    }

    mutating func decimal(_ key: StaticString, _ value: Decimal?) {
        guard let value else { return }
        self.key(key)
        output.writeDecimal(value)
    }

    /// A member written as `null` when absent (a value encoded with `encode`, not `encodeIfPresent`).
    mutating func stringOrNull(_ key: StaticString, _ value: String?) {
        self.key(key)
        if let value { output.writeString(value) } else { output.writeNull() }
    }

    mutating func integerOrNull(_ key: StaticString, _ value: Int?) {
        self.key(key)
        if let value { output.writeInteger(value) } else { output.writeNull() }
    }

    mutating func bool(_ key: StaticString, _ value: Bool) {
        self.key(key)
        output.writeBool(value)
    }

    /// A member of any encodable type, written as the encoder writes it.
    mutating func value<Value: Encodable>(_ key: StaticString, _ value: Value) throws {
        self.key(key)
        try output.write(value, level: level + 1)
    }

    /// An array member, each element written by `element` at the indentation it is given.
    mutating func array<Element>(_ key: StaticString, _ elements: [Element], element: (Element, Int) -> Void) {
        self.key(key)
        output.writeArray(elements, level: level + 1, element: element)
    }

    /// Closes the object.
    func end() {
        output.close(UInt8(ascii: "}"), level: level)
    }
}
