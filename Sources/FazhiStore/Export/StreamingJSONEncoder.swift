import FazhiCore
import Foundation

/// Encodes a value as `JSONFormat`'s encoder does, byte for byte, writing straight into one buffer instead of building
/// Foundation's tree of values first.
///
/// Keys are sorted by their UTF-8 bytes, as Foundation sorts them: an object's members are written as they come and
/// put in order when the object ends. Strings, integers, booleans and `Decimal` are written directly; a value of any
/// other leaf type (a `Double`, a `Date`) or a coder feature this encoder does not take (nested containers, a second
/// container for one value) ends the encoding with ``Unsupported``, and `JSONFormat.encode` then uses Foundation's.
struct StreamingJSONEncoder {
    /// The value needs Foundation's encoder.
    struct Unsupported: Error {}

    let pretty: Bool

    /// The JSON of `value`, followed by a line break when `lineBreak`.
    func encode<Value: Encodable>(_ value: Value, lineBreak: Bool = false) throws -> [UInt8] {
        let output = JSONOutputBuffer(pretty: pretty)
        try output.write(value, level: 0)
        if lineBreak { output.append(UInt8(ascii: "\n")) }
        return output.bytes
    }

    /// Writes the JSON of `value` to `sink` in pieces: once the buffer holds `chunk` bytes, it is handed over at the
    /// next point where no object waits to have its members put in order, so a huge report's JSON is never held
    /// whole. A value whose JSON stays under `chunk` bytes reaches the sink in one piece, at the end.
    func encode<Value: Encodable>(_ value: Value, chunk: Int = 1 << 20, to sink: @escaping ([UInt8]) -> Void) throws {
        let output = JSONOutputBuffer(pretty: pretty, chunk: chunk, sink: sink)
        try output.write(value, level: 0)
        output.flush()
    }
}

/// The buffer every container of one encoding writes into.
final class JSONOutputBuffer {
    /// The bytes written and not yet handed to the sink: `count` of them at `storage`, room for `capacity`. One
    /// encoding owns the buffer and writes it from one thread; an array's uniqueness and capacity checks on each
    /// append of a few bytes cost more than the bytes (a key's four appends were ~250 instructions).
    private var storage: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// Digits of a number, before they are copied in.
    @exclusivity(unchecked) private var digits: [UInt8] = []
    let pretty: Bool
    /// The key order of each sequence of keys met so far: objects of one type mostly come with the same keys.
    @exclusivity(unchecked) var keyOrders: [[String]: [Int]] = [:]

    /// Where full chunks go, when the encoding streams; the size of a chunk.
    private let sink: (([UInt8]) -> Void)?
    private let chunk: Int
    /// Objects begun and not yet put in order: while any is open, the buffer must stay whole.
    @exclusivity(unchecked) var openObjects = 0

    init(pretty: Bool, chunk: Int = .max, sink: (([UInt8]) -> Void)? = nil) {
        self.pretty = pretty
        self.chunk = chunk
        self.sink = sink
        capacity = 4096
        storage = .allocate(capacity: capacity)
        digits.reserveCapacity(48)
    }

    deinit { storage.deallocate() }

    /// A copy of the bytes written (and not yet handed to the sink).
    var bytes: [UInt8] { bytes(from: 0) }

    /// A copy of the bytes written from `start` on.
    func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: storage + start, count: count - start))
    }

    /// Drops the bytes written from `start` on.
    func truncate(to start: Int) {
        count = start
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (storage + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Makes room for `extra` more bytes, for writes by `put`.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    /// Appends a byte there is room for.
    @inline(__always)
    private func put(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    private func grow(to needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }

    /// Hands the buffer to the sink when it holds a chunk and no object is open.
    @inline(__always)
    func flushIfFull() {
        if count >= chunk, openObjects == 0 { flush() }
    }

    /// Hands what the buffer holds to the sink (when streaming).
    func flush() {
        guard let sink, count > 0 else { return }
        sink(bytes)
        count = 0
    }

    /// Writes one value whose first line is at indentation `level`.
    func write<Value: Encodable>(_ value: Value, level: Int) throws {
        // Types compared, not cast: a cast that fails costs as much as writing the value.
        let type = Value.self
        if type == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if type == Int.self {
            writeInteger(unsafeBitCast(value, to: Int.self))
        } else if type == Bool.self {
            writeBool(unsafeBitCast(value, to: Bool.self))
        } else if type == Decimal.self {
            writeDecimal(unsafeBitCast(value, to: Decimal.self))
        } else if type == Int64.self {
            writeInteger(Int(unsafeBitCast(value, to: Int64.self)))
        } else if type == Int32.self {
            writeInteger(Int(unsafeBitCast(value, to: Int32.self)))
        } else if type == Report.self {
            try unsafeBitCast(value, to: Report.self).writeJSON(to: self, level: level)
        } else if type == Quantity.self {
            unsafeBitCast(value, to: Quantity.self).writeJSON(to: self, level: level)
        } else if type == Heading.self {
            unsafeBitCast(value, to: Heading.self).writeJSON(to: self, level: level)
        } else if type == Finding.self {
            unsafeBitCast(value, to: Finding.self).writeJSON(to: self, level: level)
        } else if type == TextEdit.self {
            unsafeBitCast(value, to: TextEdit.self).writeJSON(to: self, level: level)
        } else if type == [Int].self {
            writeIntegers(unsafeBitCast(value, to: [Int].self), level: level)
        } else if Self.foundationTypes.contains(ObjectIdentifier(type)) {
            throw StreamingJSONEncoder.Unsupported()
        } else {
            let encoder = ValueEncoder(output: self, level: level)
            try value.encode(to: encoder)
            try encoder.finish()
        }
    }

    /// Leaf types Foundation's encoder writes in its own way (numbers in its spelling, dates, data, URLs).
    private static let foundationTypes: Set<ObjectIdentifier> = [
        ObjectIdentifier(Double.self), ObjectIdentifier(Float.self), ObjectIdentifier(Date.self), ObjectIdentifier(Data.self),
        ObjectIdentifier(URL.self), ObjectIdentifier(Int8.self), ObjectIdentifier(Int16.self), ObjectIdentifier(UInt.self),
        ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self), ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self),
    ]

    /// Writes a string in quotes with Foundation's escapes (slashes left as they are); runs without escapes are copied
    /// whole.
    func writeString(_ string: String) {
        append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            while case let index = Self.firstEscape(in: utf8, from: runStart), index < utf8.count {
                let byte = utf8[index]
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
                case 0x08: append(UInt8(ascii: "b"))
                case 0x0C: append(UInt8(ascii: "f"))
                case 0x0A: append(UInt8(ascii: "n"))
                case 0x0D: append(UInt8(ascii: "r"))
                case 0x09: append(UInt8(ascii: "t"))
                default:
                    for escaped in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xF)] {
                        append(escaped)
                    }
                }
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Where the first byte that needs an escape (a control character, a quote, a backslash) is at or after `start`,
    /// or the end; eight bytes are tested at a time (a byte below 0x20 or equal to one of two marks sets a high bit).
    static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quote = word ^ (ones &* UInt64(UInt8(ascii: "\""))), backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
                let marks = (word &- ones &* 0x20) & ~word | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash
                if marks & highs != 0 { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
            index += 1
        }
        return index
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Writes the decimal digits of `number`, without a String between.
    func writeInteger(_ number: Int) {
        reserve(20)
        if number < 0 { put(UInt8(ascii: "-")) }
        var rest = number.magnitude, width = 1
        while rest >= 10 {
            rest /= 10
            width += 1
        }
        rest = number.magnitude
        for offset in stride(from: width - 1, through: 0, by: -1) {
            storage[count + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += width
    }

    func writeDecimal(_ number: Decimal) {
        digits.removeAll(keepingCapacity: true)
        DecimalText.append(number, to: &digits)
        append(digits)
    }

    /// Writes an array of integers as the coder's unkeyed container would.
    func writeIntegers(_ numbers: [Int], level: Int) {
        writeArray(numbers, level: level) { number, _ in writeInteger(number) }
    }

    /// Writes an array whose first line is at indentation `level` as the coder's unkeyed container would, each element
    /// by `element` at the indentation it is given.
    func writeArray<Element>(_ elements: [Element], level: Int, element: (Element, Int) -> Void) {
        openArray()
        for (index, value) in elements.enumerated() {
            separateElement(index, level: level)
            element(value, level + 1)
        }
        close(UInt8(ascii: "]"), level: level)
    }

    func openArray() {
        append(UInt8(ascii: "["))
        if pretty { append(UInt8(ascii: "\n")) }
    }

    func openObject() {
        append(UInt8(ascii: "{"))
        if pretty { append(UInt8(ascii: "\n")) }
    }

    /// Before element or member `index` of a container at indentation `level`: the comma, the line break, the indent.
    func separateElement(_ index: Int, level: Int) {
        flushIfFull()
        if index > 0 {
            reserve(2)
            put(UInt8(ascii: ","))
            if pretty { put(UInt8(ascii: "\n")) }
        }
        if pretty { writeIndent(level + 1) }
    }

    /// Before member `index` of an object at indentation `level`: the separator, then the key (which must need no
    /// escapes) in quotes and the colon; compact output writes them with one check for room.
    func writeMemberKey(_ key: UnsafeBufferPointer<UInt8>, index: Int, level: Int) {
        guard !pretty else {
            separateElement(index, level: level)
            writeKey(key)
            return
        }
        flushIfFull()
        reserve(key.count + 4)
        // Written through a local position: a stored property would be reloaded after every byte.
        var position = count
        let storage = storage
        if index > 0 {
            storage[position] = UInt8(ascii: ",")
            position += 1
        }
        storage[position] = UInt8(ascii: "\"")
        position += 1
        for byte in key {
            storage[position] = byte
            position += 1
        }
        storage[position] = UInt8(ascii: "\"")
        storage[position + 1] = UInt8(ascii: ":")
        count = position + 2
    }

    /// Writes a member's key, which must need no escapes, in quotes, and the colon after it.
    func writeKey(_ key: UnsafeBufferPointer<UInt8>) {
        reserve(key.count + 2)
        put(UInt8(ascii: "\""))
        if let base = key.baseAddress {
            (storage + count).initialize(from: base, count: key.count)
            count += key.count
        }
        put(UInt8(ascii: "\""))
        writeColon()
    }

    /// Ends a container at indentation `level` with `bracket`.
    func close(_ bracket: UInt8, level: Int) {
        if pretty {
            append(UInt8(ascii: "\n"))
            writeIndent(level)
        }
        append(bracket)
    }

    func writeBool(_ flag: Bool) {
        append(flag ? Self.trueBytes : Self.falseBytes)
    }

    func writeNull() {
        append(Self.nullBytes)
    }

    /// Between a member's key and its value.
    func writeColon() {
        reserve(3)
        if pretty { put(UInt8(ascii: " ")) }
        put(UInt8(ascii: ":"))
        if pretty { put(UInt8(ascii: " ")) }
    }

    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)

    func writeIndent(_ level: Int) {
        reserve(2 * level)
        for _ in 0..<(2 * level) { put(UInt8(ascii: " ")) }
    }
}

/// The encoder of one value: it hands out one container and closes it when the value is encoded.
///
/// Coding paths are not tracked (they are always empty): building one per member costs more than the rest of the
/// member, and a value's encoding does not read it.
private final class ValueEncoder: Encoder {
    let output: JSONOutputBuffer
    let level: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var object: ObjectState?
    private var array: ArrayState?
    private var wroteSingleValue = false
    /// Set when the value asked for what this encoder does not take; reported when the value is encoded.
    var unsupported = false

    init(output: JSONOutputBuffer, level: Int) {
        self.output = output
        self.level = level
    }

    var hasContainer: Bool { object != nil || array != nil || wroteSingleValue }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if object == nil {
            if hasContainer { unsupported = true }
            object = ObjectState(start: output.count)
            output.openObjects += 1
        }
        return KeyedEncodingContainer(ObjectContainer<Key>(encoder: self, state: object!))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if array == nil {
            if hasContainer { unsupported = true }
            array = ArrayState()
            output.openArray()
        }
        return ArrayContainer(encoder: self, state: array!)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if hasContainer { unsupported = true }
        return SingleValue(encoder: self)
    }

    func markSingleValue() throws {
        guard !wroteSingleValue else { throw StreamingJSONEncoder.Unsupported() }
        wroteSingleValue = true
    }

    /// The order of two keys by their UTF-8 bytes (Foundation's order for sorted keys): negative, zero or positive.
    static func compareUTF8(_ left: String, _ right: String) -> Int {
        var left = left, right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let shared = min(a.count, b.count)
                if shared > 0, let x = a.baseAddress, let y = b.baseAddress {
                    let order = memcmp(x, y, shared)
                    if order != 0 { return Int(order) }
                }
                return a.count - b.count
            }
        }
    }

    /// Closes the container: an object's members go in key order, an array gets its bracket.
    func finish() throws {
        guard !unsupported, hasContainer else { throw StreamingJSONEncoder.Unsupported() }
        if array != nil {
            output.close(UInt8(ascii: "]"), level: level)
        } else if let object {
            output.openObjects -= 1
            let written = output.bytes(from: object.start)
            output.truncate(to: object.start)
            let members = object.members
            let keys = members.map(\.key)
            let order: [Int]
            if let known = output.keyOrders[keys] {
                order = known
            } else {
                order = members.indices.sorted { left, right in
                    let comparison = Self.compareUTF8(members[left].key, members[right].key)
                    return comparison != 0 ? comparison < 0 : left < right
                }
                if output.keyOrders.count < 1_000 { output.keyOrders[keys] = order }
            }
            // A key given twice keeps its last value, as in Foundation's dictionary of members.
            var kept: [ObjectState.Member] = []
            kept.reserveCapacity(order.count)
            for index in order {
                if let last = kept.last, last.key == members[index].key { kept[kept.count - 1] = members[index] } else {
                    kept.append(members[index])
                }
            }
            output.openObject()
            for (index, member) in kept.enumerated() {
                output.separateElement(index, level: level)
                written.withUnsafeBufferPointer { written in
                    output.append(UnsafeBufferPointer(rebasing:
                        written[(member.range.lowerBound - object.start)..<(member.range.upperBound - object.start)]))
                }
            }
            output.close(UInt8(ascii: "}"), level: level)
        }
    }
}

/// The members of an object written so far: each `"key":value` as a range of the buffer.
private final class ObjectState {
    struct Member {
        var key: String
        var range: Range<Int>
    }

    let start: Int
    var members: [Member] = []

    init(start: Int) { self.start = start }
}

/// How many elements an array has so far.
private final class ArrayState {
    var count = 0
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    let state: ObjectState
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func member(_ key: Key, _ body: (JSONOutputBuffer) throws -> Void) rethrows {
        let output = encoder.output
        let start = output.count
        let name = key.stringValue
        output.writeString(name)
        output.writeColon()
        try body(output)
        state.members.append(ObjectState.Member(key: name, range: start..<output.count))
    }

    mutating func encodeNil(forKey key: Key) throws {
        member(key) { $0.writeNull() }
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        member(key) { $0.writeString(value) }
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        member(key) { $0.writeInteger(value) }
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        member(key) { $0.writeBool(value) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let level = encoder.level + 1
        try member(key) { try $0.write(value, level: level) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        encoder.unsupported = true
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.unsupported = true
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.unsupported = true
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.unsupported = true
        return encoder
    }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    let state: ArrayState
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { state.count }

    private func element(_ body: () throws -> Void) rethrows {
        encoder.output.separateElement(state.count, level: encoder.level)
        try body()
        state.count += 1
    }

    mutating func encodeNil() throws {
        element { encoder.output.writeNull() }
    }

    mutating func encode(_ value: String) throws {
        element { encoder.output.writeString(value) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try element { try encoder.output.write(value, level: encoder.level + 1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.unsupported = true
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.unsupported = true
        return self
    }

    mutating func superEncoder() -> any Encoder {
        encoder.unsupported = true
        return encoder
    }
}

private struct SingleValue: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        try encoder.markSingleValue()
        encoder.output.writeNull()
    }

    mutating func encode(_ value: String) throws {
        try encoder.markSingleValue()
        encoder.output.writeString(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.markSingleValue()
        try encoder.output.write(value, level: encoder.level)
    }
}
