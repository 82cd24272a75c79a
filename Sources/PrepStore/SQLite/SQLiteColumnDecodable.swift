import CSQLite
import Foundation

/// A Swift value that can be read from a result column.
package protocol SQLiteColumnDecodable {
    /// Reads the column at `index` of the row; throws when the column is NULL and the type is not optional.
    init(row: SQLiteRow, at index: Int) throws
}

extension SQLiteValue: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        self = row.value(at: index)
    }
}

extension Int64: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        try row.requireNotNull(index, as: Int64.self)
        self = sqlite3_column_int64(row.handle, Int32(index))
    }
}

extension Int: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        self = Int(try Int64(row: row, at: index))
    }
}

extension Double: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        try row.requireNotNull(index, as: Double.self)
        self = sqlite3_column_double(row.handle, Int32(index))
    }
}

extension Bool: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        self = try Int64(row: row, at: index) != 0
    }
}

extension String: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        try row.requireNotNull(index, as: String.self)
        self = row.text(at: index)
    }
}

extension [UInt8]: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        try row.requireNotNull(index, as: [UInt8].self)
        self = row.bytes(at: index)
    }
}

extension Data: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        self = Data(try [UInt8](row: row, at: index))
    }
}

extension Date: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        self = Date(timeIntervalSince1970: try Double(row: row, at: index))
    }
}

extension Optional: SQLiteColumnDecodable where Wrapped: SQLiteColumnDecodable {
    package init(row: SQLiteRow, at index: Int) throws {
        self = row.isNull(at: index) ? nil : try Wrapped(row: row, at: index)
    }
}
