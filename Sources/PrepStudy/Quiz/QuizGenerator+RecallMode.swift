import Foundation
import PrepContent
import PrepCore

/// Which recall answers are typed: only those a learner can type the way the matcher will accept.
extension QuizGenerator {
    /// Typed when the answer is one short line of one part; revealed and self-graded when it is long, or
    /// lists several parts ("2.0 from 2017, 3.0 from 2019", "TypeError：物件無法序列化"), which the learner would
    /// have to type in the deck's exact shape to be judged right.
    package func recallMode(forAnswer answer: String) -> QuizQuestion.RecallMode {
        let trimmed = answer.trimmingWhitespaceAndNewlines()
        let shape = Self.shape(of: trimmed)
        let isShort = !trimmed.contains(where: \.isNewline)
            && AnswerText.displayWidth(trimmed) <= options.typedAnswerMaxWidth
            && shape.words <= options.typedAnswerMaxWords
            && !shape.hasSeveralParts
            && !(shape.words >= 3 && Self.readsAsSentence(trimmed))
            && !Self.isCodeExpression(trimmed) && !Self.wrapsCodeInSentence(trimmed)
        return isShort ? .typed : .selfGraded
    }

    /// A table cell recalled is typed only when its value is a short term (one or two words) or a number: a cell
    /// looked up for a phrase or an exact code string ("what is the “Use” of …") is revealed and self-graded.
    /// So is every cell of a table recognised in notes (``hasTypableKey(_:)``).
    func cellRecallMode(forAnswer answer: String, key: String) -> QuizQuestion.RecallMode {
        let trimmed = answer.trimmingWhitespaceAndNewlines()
        guard CardDraft.hasAuthoredKey(key), recallMode(forAnswer: trimmed) == .typed else { return .selfGraded }
        if Double(trimmed.filter { $0 != "," }) != nil { return .typed }
        let isCode = trimmed.contains(where: { "`[]{}<>=_./\\:;$#".contains($0) })
        return !isCode && Self.shape(of: trimmed).words <= 2 ? .typed : .selfGraded
    }

    /// Whether a typed answer can be judged against the card's key: it must be the one right answer, exact and
    /// short. A deck written for prep (cards keyed by their author's `id:`) or a card listing its other right
    /// answers (`also:`) was written to be asked that way. A card recognised in someone's notes was not: its
    /// back is the note's wording, with right answers it never lists and context from the page it came from, so
    /// it is typed only when its back is one term the front asks for by its kind ("Which command…" — `chmod`,
    /// "叫什麼" — 閉包), and revealed and self-graded otherwise.
    static func hasTypableKey(_ card: QuizCard) -> Bool {
        CardDraft.hasAuthoredKey(card.key) || card.hasSynonyms || card.kind == .qa && asksForOneTerm(card.front, answer: card.recallAnswer)
    }

    static func asksForOneTerm(_ front: String, answer: String) -> Bool {
        let term = answer.trimmingWhitespaceAndNewlines().filter { $0 != "`" }
        guard !term.isEmpty, !term.contains(where: \.isWhitespace), term.count <= 30, !readsAsSentence(term),
              !term.contains(where: { ",;:，；：、".contains($0) })
        else { return false }
        let folded = AnswerText.folded(front)
        // "Which tool can be used to…" asks for one of several right tools, not for the one.
        guard !oneOfSeveral.contains(where: { AnswerText.contains(folded, $0) }) else { return false }
        return termByNameRule.occurs(in: folded)
    }

    private static let oneOfSeveral = ["can be used", "could be used", "can you use", "one of", "an example", "e.g.", "可以用", "可用", "之一", "例如"]

    /// Code beyond a name, a literal or an empty call: a function with arguments (`useMemo(fn, deps)`), a lambda,
    /// a block, an assignment or an index (`useEffect(() => {}, [])`). Such a key has right variants the deck does
    /// not list (the `[]` left out, another argument name), so it is recalled, not typed; `request.auser()` and
    /// `(1, 2)` stay typed.
    static func isCodeExpression(_ answer: String) -> Bool {
        let code = answer.filter { $0 != "`" }
        if ["=>", "->", "{", "}", "="].contains(where: { code.containsBytes($0) }) { return true }
        // A name glued to an opening bracket is a call or an index when it reads as code: in backticks, or a
        // name starting lowercase or holding "_" or "." ("useMemo(", "sys.argv["); "ASGI(Asynchronous …)" is an aside.
        let characters = Array(code)
        var name = ""
        for (index, character) in characters.enumerated() {
            guard character == "(" || character == "[" else {
                name = character.isASCII && (character.isLetter || character.isNumber || "_.".contains(character)) ? name + String(character) : ""
                continue
            }
            let readsAsCode = answer.containsBytes("`") || name.first?.isLowercase == true || name.contains(where: { "_.".contains($0) })
            let rest = characters[(index + 1)...].drop { $0 == " " }
            if !name.isEmpty, readsAsCode, let next = rest.first, next != ")" { return true }
            name = ""
        }
        return false
    }

    /// A sentence around a code span ("The default value is `undefined`"): the learner would type the span, or
    /// another sentence, so the deck's exact words cannot be the typed key. "`a` or `b`" is no sentence.
    static func wrapsCodeInSentence(_ answer: String) -> Bool {
        let parts = answer.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return false }
        let outside = parts.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
        return shape(of: outside).words >= 2
    }

    /// "A key made of several columns." is a definition in the deck's wording, which nobody types the same way:
    /// an answer that ends a sentence.
    static func readsAsSentence(_ answer: String) -> Bool {
        [".", "。", "!", "！"].contains { answer.hasSuffix($0) }
    }

    /// Words outside parentheses (a run of letters and digits is one unless it is a stop word the matcher lets
    /// the learner leave out, two CJK characters are one), and whether
    /// a comma, semicolon or colon outside parentheses splits the answer into parts.
    static func shape(of answer: String) -> (words: Int, hasSeveralParts: Bool) {
        var latinWords: [String] = []
        var cjkCharacters = 0
        var cjkWords = 0
        var hasSeveralParts = false
        var depth = 0
        var inLatinWord = false
        func endCJKRun() {
            cjkWords += (cjkCharacters + 1) / 2
            cjkCharacters = 0
        }
        for character in answer {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            default: break
            }
            let isCJK = character.unicodeScalars.first.map(AnswerText.isCJK) ?? false
            let inAside = depth > 0 || character == ")" || character == "）"
            if inAside || !isCJK { endCJKRun() }
            guard !inAside else { inLatinWord = false; continue }
            if ",;:，；：".contains(character) { hasSeveralParts = true }
            if isCJK {
                cjkCharacters += 1
                inLatinWord = false
            } else if character.isLetter || character.isNumber {
                if inLatinWord { latinWords[latinWords.count - 1].append(character) } else { latinWords.append(String(character)) }
                inLatinWord = true
            } else if !".'’_".contains(character) {
                // "3.0", "don't" and "sync_to_async" stay one word.
                inLatinWord = false
            }
        }
        endCJKRun()
        let keyWords = latinWords.count { !AnswerMatcher.stopWords.contains(AnswerText.folded($0)) }
        return (keyWords + cjkWords, hasSeveralParts)
    }
}
