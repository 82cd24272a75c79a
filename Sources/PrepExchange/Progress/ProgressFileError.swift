/// Why a file cannot be restored; nothing has been written when one of these is thrown.
package enum ProgressFileError: Error, Equatable, CustomStringConvertible {
    /// Not JSON at all, or JSON cut off part-way (an interrupted copy), where the scan stopped.
    case notJSON(line: Int, column: Int, problem: JSONSyntaxProblem)
    /// JSON the scan accepted but Foundation's decoder did not (its own English account).
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
        case .notJSON(let line, let column, let problem):
            "not valid JSON, perhaps truncated (line \(line), column \(column): \(problem.rawValue))"
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

/// Where the JSON scan of a progress file stopped; the raw value is the English.
package enum JSONSyntaxProblem: String, Sendable, CaseIterable {
    case controlCharacter = "a control character inside a string"
    case unclosedString = "a string is not closed"
    case invalidEscape = "an invalid escape in a string"
    case expectedCommaOrBracket = "expected ',' or ']'"
    case expectedCommaOrBrace = "expected ',' or '}'"
    case expectedColon = "expected ':' after a key"
    case expectedKey = "expected a quoted key"
    case expectedValue = "expected a value"
    case expectedFractionDigits = "expected digits after '.'"
    case expectedExponentDigits = "expected digits in an exponent"
    case expectedDigits = "expected digits"
    case endsEarly = "the document ends where a value is expected"
    case textAfterEnd = "unexpected text after the end of the document"
}
