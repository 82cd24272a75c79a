import CSQLite
import Glibc

/// A failed SQLite call: the extended result code, SQLite's message and the SQL that was running.
package struct SQLiteError: Error, Sendable, Equatable {
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

    /// Whether the failure comes from the disk rather than from prep (a full disk, an I/O error, a read-only file
    /// or folder, a file that cannot be opened), so it is said as such rather than as a bad database.
    package var isFromTheDisk: Bool {
        switch kind {
        case .diskFull, .readError, .writeError, .readOnly, .cannotOpen: true
        case .locked, .corrupt, .notADatabase, .other: false
        }
    }
}
