import Foundation

/// A failed SQLite call: the extended result code, SQLite's message and the SQL that was running.
package struct SQLiteError: LocalizedError, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (e.g. 2067, `SQLITE_CONSTRAINT_UNIQUE`).
    package var extendedCode: Int32
    package var message: String
    package var sql: String?

    package init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code (e.g. 19, `SQLITE_CONSTRAINT`): the low 8 bits of the extended code.
    package var code: Int32 { extendedCode & 0xFF }

    /// Bound values are left out on purpose, so a learner's data never ends up in an error message.
    package var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql {
            text += " - while executing `\(sql)`"
        }
        return text
    }

    /// Foundation's `localizedDescription` reads this; without it Linux prints a generic message.
    package var errorDescription: String? { description }
}
