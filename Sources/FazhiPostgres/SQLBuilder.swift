import PostgresNIO

/// SQL text with numbered parameters ($1, $2 …) bound as they are written.
struct SQLBuilder {
    /// The statement so far.
    private(set) var text = ""
    /// Its parameters, in order.
    private(set) var binds = PostgresBindings()

    init(_ text: String = "") {
        self.text = text
    }

    /// Binds a value and gives its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Binds a value or NULL and gives its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Binds each value and gives their placeholders, comma-separated (NULL for none, which matches nothing).
    mutating func bindList<Value: PostgresDynamicTypeEncodable>(_ values: [Value]) -> String {
        values.isEmpty ? "NULL" : values.map { bind($0) }.joined(separator: ", ")
    }

    /// Appends SQL text.
    mutating func append(_ sql: String) {
        text += sql
    }

    /// The statement to run.
    var query: PostgresQuery { PostgresQuery(unsafeSQL: text, binds: binds) }
}
