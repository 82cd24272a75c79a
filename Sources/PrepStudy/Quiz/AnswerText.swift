import Foundation
import PrepCore

/// Text folding shared by answer matching and option de-duplication, so "the same answer" means one thing.
package enum AnswerText {
    /// NFKC (full-width ＡＢＣ１２３，：（） → ABC123,:()), lower-cased, emoji presentation selectors dropped.
    package static func folded(_ text: String) -> String {
        // ASCII is its own NFKC form and holds no selector; Foundation's normalization costs more than the rest.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let compatible = text.precomposedStringWithCompatibilityMapping.lowercased()
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: compatible.unicodeScalars.filter { !isPresentationSelector($0) })
        return String(scalars)
    }

    /// Whether `needle` occurs in `text`, byte for byte: for folded text and folded needles, which need no
    /// canonical equivalence, so Foundation's search (which weighs it, at thousands of instructions a call)
    /// is not paid for every card at every launch.
    package static func contains(_ text: String, _ needle: String) -> Bool {
        firstRange(of: needle, in: text) != nil
    }

    /// Where `needle` first occurs in `text`, byte for byte, as ``contains(_:_:)`` looks for it. A match of whole
    /// UTF-8 sequences starts and ends on scalar boundaries, so the range slices `text` as it is.
    package static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        text.firstByteRange(of: needle)
    }

    /// The comparable form of an answer: folded, with punctuation and whitespace removed.
    ///
    /// Between two digits the removed run leaves one `.`, so "3.0" and "30" stay different; a run with a dash
    /// leaves `-`, so "2-4" and "2 – 4" read alike but not as "2.4"; a lone comma there is a thousands separator
    /// and leaves nothing ("3,000" = "3000").
    package static func normalized(_ text: String) -> String {
        // Written as UTF-8 bytes: appending to a `String.UnicodeScalarView` a scalar at a time cost more than
        // deciding what to keep, and every table cell is normalized at each quiz's launch.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var lastKeptIsDigit = false
        var pendingSeparator: [Unicode.Scalar] = []
        for scalar in folded(text).unicodeScalars {
            if isSeparator(scalar) {
                pendingSeparator.append(scalar)
                continue
            }
            if !pendingSeparator.isEmpty, isASCIIDigit(scalar), lastKeptIsDigit, pendingSeparator != [","] {
                let isRange = pendingSeparator.contains { $0.properties.generalCategory == .dashPunctuation }
                output.append(isRange ? UInt8(ascii: "-") : UInt8(ascii: "."))
            }
            pendingSeparator.removeAll(keepingCapacity: true)
            UTF8.encode(scalar) { output.append($0) }
            lastKeptIsDigit = isASCIIDigit(scalar)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The digits of a normalized answer with the separators between them: "django3.0" → "3.0".
    /// Answers that differ here are never typos of each other ("4" is not "5").
    package static func numberSkeleton(ofNormalized normalized: String) -> String {
        String(normalized.unicodeScalars.filter { isASCIIDigit($0) || $0 == "." || $0 == "-" })
    }

    /// The words of an answer that are code, which an examiner compares character for character: dotted
    /// module paths (`uvicorn_worker.UvicornWorker`), identifiers with `_` or `::`, file paths (`app/asgi.py`,
    /// `/etc/nginx`) and command-line flags (`-k`, `--workers`); `=` separates two words (`thread_sensitive=True`). Folded, so case and width still do not count;
    /// "HTTP/2", "I/O" and version numbers are not code here (numbers are strict anyway).
    package static func codeTokens(_ text: String) -> [String] {
        folded(text)
            .split(whereSeparator: { character in
                character.isWhitespace || "()（）「」『』`\"'“”‘’，,;；、<>[]{}=".contains(character)
                    || character.unicodeScalars.first.map(isCJK) == true
            })
            .map { token in String(token).trimmingCharacters(in: CharacterSet(charactersIn: ".:：。!?！？")) }
            .filter(isCode)
    }

    private static func isCode(_ token: String) -> Bool {
        let characters = Array(token)
        guard characters.contains(where: { $0.isLetter }) else { return false }
        if token.contains("_") || token.contains("::") { return true }
        if characters.first == "-", characters.count > 1, characters.dropFirst().first(where: { $0 != "-" })?.isLetter == true {
            return true
        }
        let slashes = characters.count { $0 == "/" }
        if slashes >= 2 || token.hasPrefix("/") || token.hasPrefix("~/") || token.hasPrefix("./") { return true }
        // "e.g." and "i.e." are abbreviations, not paths.
        if token.split(separator: ".").allSatisfy({ $0.count <= 1 }) { return false }
        // A dot inside a word that has a letter on either side: a module path or a file name, not "3.0".
        return characters.indices.dropFirst().dropLast().contains { index in
            characters[index] == "." && characters[index - 1].isLetterOrDigit && characters[index + 1].isLetterOrDigit
                && (characters[index - 1].isLetter || characters[index + 1].isLetter)
        }
    }

    /// Columns the text takes on a terminal: East Asian wide characters and emoji count two.
    package static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            return width + (isWide(scalar) ? 2 : 1)
        }
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII by value, since looking its properties up was a twentieth of a quiz's launch: controls, space and
        // the punctuation below (`$+<=>^`|~` are symbols and stay).
        if scalar.isASCII {
            switch scalar.value {
            case 0...0x20, 0x7F, 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                return true
            default:
                return false
            }
        }
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .control, .format:
            return true
        default:
            return false
        }
    }

    private static func isPresentationSelector(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFE0E || scalar.value == 0xFE0F
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        case 0x2705, 0x274C, 0x2753...0x2755, 0x2757, 0x1F7E0...0x1F7EB:
            true
        default:
            false
        }
    }
}

private extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
