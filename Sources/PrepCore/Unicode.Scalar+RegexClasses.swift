/// The character classes of ICU's regular expressions, for scanners that replace a pattern and must read text as
/// the pattern did. Property look-ups are skipped for ASCII and the common Han block, which most card text is.
package extension Unicode.Scalar {
    /// ICU's `\w`: letters, marks, decimal digits, connector punctuation and the zero-width (non-)joiner.
    @inlinable var isRegexWordCharacter: Bool {
        if isASCII {
            return ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self) || self == "_"
        }
        if (0x4E00...0x9FFF).contains(value) { return true }
        let properties = properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return properties.isAlphabetic || value == 0x200C || value == 0x200D
        }
    }

    /// ICU's `\d`: a decimal digit of any script.
    @inlinable var isRegexDigit: Bool {
        isASCII ? ("0"..."9").contains(self) : properties.numericType == .decimal
    }

    /// What ICU's `\b` looks through: an extending mark or a format character (a joiner, a soft hyphen) belongs
    /// to the character before it.
    @inlinable var isRegexBoundaryTransparent: Bool {
        if isASCII || (0x4E00...0x9FFF).contains(value) { return false }
        return properties.isGraphemeExtend || properties.generalCategory == .format
    }
}
