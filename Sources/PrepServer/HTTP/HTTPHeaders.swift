/// Header fields in arrival order. Names are stored lowercased, so lookups lowercase only the query.
package struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    package private(set) var fields: [(name: String, value: String)] = []

    package init() {}

    package init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { append(name, value) }
    }

    package mutating func append(_ name: String, _ value: String) {
        fields.append((name.lowercased(), value))
    }

    /// Appends a name already known to be lowercase (the parser's hot path).
    mutating func appendLowercased(_ name: String, _ value: String) {
        fields.append((name, value))
    }

    package subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name == wanted }?.value
    }

    package func values(_ name: String) -> [String] {
        let wanted = name.lowercased()
        return fields.filter { $0.name == wanted }.map(\.value)
    }

    package var count: Int { fields.count }

    /// Presence check for a lowercase name without allocating (the keep-alive fast path).
    func hasField(_ lowercaseName: String) -> Bool {
        fields.contains { $0.name.utf8.count == lowercaseName.utf8.count && $0.name == lowercaseName }
    }

    package func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// True when a comma-separated header (Connection, Upgrade) lists `token`, ignoring case.
    package func contains(_ name: String, token: String) -> Bool {
        values(name).contains { value in
            value.split(separator: ",").contains { $0.trimmingSpaces().lowercased() == token }
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
