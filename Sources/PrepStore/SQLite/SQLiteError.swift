import CSQLite
import Foundation
import Glibc

/// A failed SQLite call: the extended result code, SQLite's message and the SQL that was running.
package struct SQLiteError: LocalizedError, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (e.g. 2067, `SQLITE_CONSTRAINT_UNIQUE`).
    package var extendedCode: Int32
    package var message: String
    package var sql: String?
    /// The database file, when the connection has one.
    package var file: String?
    /// The operating system's errno behind an I/O or open error, 0 when none was recorded.
    package var systemErrno: Int32

    package init(extendedCode: Int32, message: String, sql: String? = nil, file: String? = nil, systemErrno: Int32 = 0) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
        self.file = file
        self.systemErrno = systemErrno
    }

    /// The primary result code (e.g. 19, `SQLITE_CONSTRAINT`): the low 8 bits of the extended code.
    package var code: Int32 { extendedCode & 0xFF }

    /// What went wrong, by result code, for a screen to word in its own language.
    package enum Kind: Sendable, Equatable {
        case diskFull, readError, writeError, readOnly, cannotOpen, locked, corrupt, notADatabase, other
    }

    /// SQLite reports a full disk as an I/O error when growing its shared-memory file fails
    /// (SQLITE_IOERR_SHMSIZE, 4874), so the errno decides.
    package var kind: Kind {
        switch code {
        case SQLITE_FULL: return .diskFull
        case SQLITE_IOERR where systemErrno == ENOSPC || systemErrno == EDQUOT: return .diskFull
        case SQLITE_IOERR:
            // SQLITE_IOERR_READ and SQLITE_IOERR_SHORT_READ: composite macros that Swift does not import.
            return extendedCode == SQLITE_IOERR | 1 << 8 || extendedCode == SQLITE_IOERR | 2 << 8 ? .readError : .writeError
        case SQLITE_READONLY: return .readOnly
        case SQLITE_CANTOPEN: return .cannotOpen
        case SQLITE_BUSY, SQLITE_LOCKED: return .locked
        case SQLITE_CORRUPT: return .corrupt
        case SQLITE_NOTADB: return .notADatabase
        default: return .other
        }
    }

    /// The error in a learner's words when it comes from the disk rather than from prep (a full disk,
    /// an I/O error, a read-only file or folder, a file that cannot be opened), naming the file; nil otherwise.
    package var diskProblem: String? {
        let file = file.flatMap { $0.isEmpty ? nil : $0 } ?? "the database"
        let tail = " (SQLite error \(extendedCode))"
        let reason = systemErrno == 0 ? "" : ": " + String(cString: strerror(systemErrno))
        switch kind {
        case .diskFull: return "the disk is full: cannot write \(file)" + tail
        case .readError: return "disk I/O error reading \(file)\(reason)" + tail
        case .writeError: return "disk I/O error writing \(file)\(reason)" + tail
        case .readOnly: return "cannot write \(file): the file or its folder is read-only" + tail
        case .cannotOpen: return "cannot open \(file)\(reason.isEmpty ? ": " + message : reason)" + tail
        case .locked, .corrupt, .notADatabase, .other: return nil
        }
    }

    /// Bound values are left out on purpose, so a learner's data never ends up in an error message.
    package var description: String {
        if let diskProblem { return diskProblem }
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql {
            text += " - while executing `\(sql)`"
        }
        return text
    }

    /// Foundation's `localizedDescription` reads this; without it Linux prints a generic message.
    package var errorDescription: String? { description }
}
