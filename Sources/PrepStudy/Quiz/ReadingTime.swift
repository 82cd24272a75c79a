/// How long a question takes to read, so the time that counts as slow grows with what there is to read.
///
/// Latin text is read by words and Chinese by characters, at different speeds: a 12-word English prompt and a
/// 20-character Chinese one take about as long. The rates are for technical text read carefully, below the
/// 200–250 words and 300–500 characters a minute of ordinary reading.
package struct ReadingTime: Sendable, Hashable {
    package var latinWordsPerSecond: Double
    package var cjkCharactersPerSecond: Double

    package init(latinWordsPerSecond: Double = 3, cjkCharactersPerSecond: Double = 5) {
        self.latinWordsPerSecond = latinWordsPerSecond
        self.cjkCharactersPerSecond = cjkCharactersPerSecond
    }

    /// Seconds to read `text`: each CJK character at the CJK rate, each run of letters and digits as a word.
    package func seconds(toRead text: String) -> Double {
        let (words, cjkCharacters) = Self.count(text)
        return Double(words) / latinWordsPerSecond + Double(cjkCharacters) / cjkCharactersPerSecond
    }

    /// Latin words and CJK characters in `text`.
    static func count(_ text: String) -> (words: Int, cjkCharacters: Int) {
        var words = 0
        var cjkCharacters = 0
        var inWord = false
        for character in text {
            if character.unicodeScalars.first.map(AnswerText.isCJK) == true {
                cjkCharacters += 1
                inWord = false
            } else if character.isLetter || character.isNumber {
                if !inWord { words += 1 }
                inWord = true
            } else if !"'’_.".contains(character) || !inWord {
                inWord = false
            }
        }
        return (words, cjkCharacters)
    }
}
