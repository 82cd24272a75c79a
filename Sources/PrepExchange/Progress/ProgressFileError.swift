/// Why a file cannot be restored; nothing has been written when one of these is thrown.
package enum ProgressFileError: Error, Equatable {
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
}

/// Where the JSON scan of a progress file stopped.
package enum JSONSyntaxProblem: Sendable, CaseIterable {
    case controlCharacter
    case unclosedString
    case invalidEscape
    case expectedCommaOrBracket
    case expectedCommaOrBrace
    case expectedColon
    case expectedKey
    case expectedValue
    case expectedFractionDigits
    case expectedExponentDigits
    case expectedDigits
    case endsEarly
    case textAfterEnd
}
