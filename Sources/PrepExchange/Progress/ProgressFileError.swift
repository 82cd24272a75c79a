/// Why a file cannot be restored; nothing has been written when one of these is thrown.
package enum ProgressFileError: Error, Equatable, CustomStringConvertible {
    /// Not JSON at all, or JSON cut off part-way (an interrupted copy).
    case invalidJSON(String)
    /// One of prep's exports for Anki (`package`: the .apkg, else the text file), which carry no review log
    /// prep could merge.
    case ankiExport(package: Bool)
    /// JSON, but not a prep progress file; carries the `format` it names, if any.
    case wrongFormat(String?)
    case newerVersion(Int)
    case missingField(String)
    case invalidValue(field: String, reason: ValueProblem)

    package var description: String {
        switch self {
        case .invalidJSON(let detail):
            "not valid JSON, perhaps truncated (\(detail))"
        case .ankiExport(let package):
            "this is \(package ? "an Anki package (.apkg)" : "an Anki text export"), written for Anki; prep restore reads"
                + " the progress file that 'prep export -o progress.json' writes"
        case .wrongFormat(let format?):
            "not a prep progress file (its format is '\(format)', expected '\(ProgressDocument.formatName)')"
        case .wrongFormat(nil):
            "not a prep progress file (no 'format': \"\(ProgressDocument.formatName)\" field)"
        case .newerVersion(let version):
            "written by a newer prep (format version \(version); this prep reads up to version \(ProgressDocument.currentVersion))"
        case .missingField(let field):
            "missing field '\(field)'"
        case .invalidValue(let field, let reason):
            "\(field): \(reason)"
        }
    }
}
