import CLinuxShims

extension String {
    /// Where `needle` first occurs, byte for byte, or with ASCII letters of either case alike: for needles that
    /// need no canonical equivalence (markup, folded words), so Foundation's `range(of:)`/`contains`, which
    /// weigh it at thousands of instructions a call, are not paid for every card at every launch or import. A
    /// match of whole UTF-8 sequences starts and ends on scalar boundaries, so the range slices the text as it is.
    package func firstByteRange(of needle: String, ignoringASCIICase: Bool = false) -> Range<String.Index>? {
        var text = self
        var needle = needle
        let offset: Int? = text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return 0 }
                guard haystack.count >= pattern.count else { return nil }
                let starts = 0...(haystack.count - pattern.count)
                guard ignoringASCIICase else {
                    // The C library's search skips ahead with wide compares: a card's rules look for a few hundred
                    // phrases in each text, and a byte-at-a-time scan was the bulk of deciding whether a card is asked.
                    guard let base = haystack.baseAddress, let found = memmem(base, haystack.count, pattern.baseAddress, pattern.count)
                    else { return nil }
                    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                // Setting bit 5 lower-cases an ASCII letter; it is set only on letters, so `[` and `{` stay apart.
                func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                let foldedFirst = folded(first)
                for start in starts where folded(haystack[start]) == foldedFirst {
                    if zip(haystack[start..<start + pattern.count], pattern).allSatisfy({ folded($0) == folded($1) }) { return start }
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs, as ``firstByteRange(of:ignoringASCIICase:)`` looks for it.
    package func containsBytes(_ needle: String, ignoringASCIICase: Bool = false) -> Bool {
        firstByteRange(of: needle, ignoringASCIICase: ignoringASCIICase) != nil
    }
}
