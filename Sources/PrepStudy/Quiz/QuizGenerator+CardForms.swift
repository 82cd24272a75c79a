import Foundation
import PrepContent
import PrepCore

/// Question and answer cards whose form decides how they are asked: a multiple-choice question written as a
/// card (options A–D on the front, a letter on the back) is asked with its options, and a prompt that invites
/// an explanation is revealed and self-graded however short its key is.
extension QuizGenerator {
    /// A card's own multiple-choice question: its stem, its options in their order, the keyed one.
    struct WrittenChoice: Equatable {
        var stem: String
        var options: [String]
        var correctIndex: Int
        /// What the back says after its key's line (an explanation, "📖 解析 …"); empty when nothing.
        var note = ""

        /// False when the key can be picked by its form alone: it is far longer than every other option (three
        /// quarters longer, and by a dozen columns or more), the detailed, careful answer among short throwaways;
        /// or it is the plain one among distractors that mostly overstate ("能夠避免所有錯誤", "僅能…", "always…"),
        /// which a learner rules out for their absolute words without knowing the subject, or the one absolute option
        /// among plain ones, the odd one out by its form; or it alone is quoted.
        var isBalanced: Bool {
            let key = AnswerText.displayWidth(options[correctIndex])
            let others = options.indices.filter { $0 != correctIndex }
            let longestOther = others.map { AnswerText.displayWidth(options[$0]) }.max() ?? key
            if key * 4 >= longestOther * 7 && key - longestOther >= 12 { return false }
            // The one option in quotation marks among bare ones (or the one bare among quoted ones) stands out too.
            let quoted = options.map { $0.first.map { "「『“\"‘'".contains($0) } ?? false }
            if others.count >= 2, others.allSatisfy({ quoted[$0] != quoted[correctIndex] }) { return false }
            // The one absolute key among plain distractors ("避免使用任何…", "never …") stands out the same way.
            let overstating = others.count { QuizGenerator.overstates(options[$0]) }
            return QuizGenerator.overstates(options[correctIndex]) ? overstating > 0 : overstating * 2 < others.count
        }

        /// A key that stands out by its length is recalled from the stem alone: the options listed under it would
        /// still point at the key ("which one is “預寫式日誌，先把每筆變更記下再套用到資料頁”"). A stem that cannot do
        /// without them ("Which of the following…") is not asked (``asks(_:)``).
        var recallAnswer: String { options[correctIndex] }
    }

    /// An option that claims without limit: everything, nothing, always, never, only. Latin words count as
    /// whole words ("all" is not "install").
    static func overstates(_ option: String) -> Bool {
        let folded = AnswerText.folded(option)
        if absoluteChineseWords.contains(where: { AnswerText.contains(folded, $0) }) { return true }
        let words = folded.split { !($0.isLetter || $0.isNumber) }
        return words.contains { absoluteLatinWords.contains(String($0)) }
    }

    private static let absoluteChineseWords = [
        "所有", "一切", "全部", "完全", "總是", "总是", "永遠", "永远", "絕不", "绝不", "從不", "从不", "僅能", "仅能", "只能", "任何",
    ]
    private static let absoluteLatinWords: Set = ["all", "always", "never", "every", "everything", "nothing", "only", "any", "none"]

    /// The front's options and the option the back names by its letter ("C", "C. MCP", "答案：C"); nil when the
    /// front lists no options or the back does not open with one of their letters.
    static func writtenChoice(_ card: QuizCard) -> WrittenChoice? {
        guard card.kind == .qa else { return nil }
        let back = card.back.trimmingWhitespaceAndNewlines()
        if let choice = bulletedChoice(front: card.front, back: back) { return choice }
        guard let (stem, options) = listedOptions(card.front) else { return nil }
        guard let key = keyLetter(opening: back), options.indices.contains(key.index) else { return nil }
        let afterKey = back.unicodeScalars.index(back.unicodeScalars.startIndex, offsetBy: key.end)
        // A back that goes on past the letter must go on with that option, not with an essay; a note on the
        // lines below ("➡️ Use Iterator.remove()") may follow.
        let firstLine = back[afterKey...].prefix { !$0.isNewline }
        let rest = firstLine.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        guard rest.isEmpty || AnswerText.normalized(options[key.index]).hasPrefix(AnswerText.normalized(String(rest.prefix(12))))
            || rightOrWrong(rest).map({ $0 == rightOrWrong(options[key.index]) }) == true
        else { return nil }
        let note = back[afterKey...].drop { !$0.isNewline }.trimmingWhitespaceAndNewlines()
        return WrittenChoice(stem: stem, options: withoutLoneGlosses(options), correctIndex: key.index, note: note)
    }

    /// A front that ends in a plain list of options (`- PNG, GIF, JPG`, as a ticked task list is imported) and
    /// a back whose first line is one of them, word for word: a choice keyed by that option.
    static func bulletedChoice(front: String, back: String) -> WrittenChoice? {
        let lines = front.components(separatedBy: "\n")
        let listed = lines.reversed().prefix { $0.hasPrefix("- ") }.reversed().map { String($0.dropFirst(2)).trimmingWhitespace() }
        guard (2...8).contains(listed.count), listed.allSatisfy({ !$0.isEmpty }) else { return nil }
        let stem = lines.dropLast(listed.count).joined(separator: "\n").trimmingWhitespaceAndNewlines()
        let firstLine = back.prefix { !$0.isNewline }
        let key = AnswerText.normalized(String(firstLine))
        let matches = listed.indices.filter { AnswerText.normalized(listed[$0]) == key }
        guard !stem.isEmpty, !key.isEmpty, matches.count == 1 else { return nil }
        let note = back.dropFirst(firstLine.count).trimmingWhitespaceAndNewlines()
        return WrittenChoice(stem: stem, options: listed, correctIndex: matches[0], note: note)
    }

    /// Options of which some, not all, end in a gloss in brackets ("模型訓練 (Model Training)", "健忘且無知 (只記得
    /// 舊知識)"): the glossed option stands out by its form, and its gloss often restates the stem, so every
    /// option loses its gloss. Brackets right after a word are code ("len(x)"), not a gloss; nor are examples
    /// ("透過雲端平台使用 (例如 Azure OpenAI Service)", "(e.g. Llama 3)"): they tell apart options that read alike without them.
    static func withoutLoneGlosses(_ options: [String]) -> [String] {
        let split = options.map { option -> (head: String, glossed: Bool) in
            guard let last = option.last, ")）".contains(last),
                  let open = option.lastIndex(where: { "(（".contains($0) }), open > option.startIndex,
                  option[open] == "（" || option[option.index(before: open)].isWhitespace
            else { return (option, false) }
            let inside = option[option.index(after: open)...].dropLast().trimmingWhitespace().lowercased()
            guard !exampleOpenings.contains(where: { inside.hasPrefix($0) }) else { return (option, false) }
            let head = option[..<open].trimmingWhitespace()
            // An acronym spelled out ("MCP (Multi-step Chain-of-thought Prompting)") says which one the author means:
            // without it the key may read as another thing of that name (thirty-third reading).
            guard !spellsOut(acronym: head, as: option[option.index(after: open)...].dropLast()) else { return (option, false) }
            return head.isEmpty ? (option, false) : (head, true)
        }
        let glossed = split.count(where: \.glossed)
        guard glossed > 0, glossed < options.count else { return options }
        return split.map(\.head)
    }

    /// Whether `words` begin with the letters of `acronym` in order, words split at spaces, or at hyphens too
    /// ("Retrieval-Augmented Generation" for RAG).
    static func spellsOut(acronym: some StringProtocol, as words: some StringProtocol) -> Bool {
        let letters = Array(acronym)
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else { return false }
        let initials: (Bool) -> String = { hyphens in
            String(words.split(whereSeparator: { $0.isWhitespace || hyphens && $0 == "-" }).compactMap(\.first)).uppercased()
        }
        return initials(false) == String(letters) || initials(true) == String(letters)
    }

    private static let exampleOpenings = ["例如", "比如", "譬如", "像是", "如：", "e.g.", "eg.", "e.g ", "for example", "for instance", "such as", "ex."]

    /// A written choice whose key stands out by its form, or that leans on a setting the learner never saw (and so
    /// is recalled, not picked: ``mustBeRecalled(_:)``), and whose stem points at its options ("Which of the
    /// following…", "以下哪一個…"): shown, the options give the key away; hidden, the stem cannot be answered.
    static func leansOnUnfairOptions(_ card: QuizCard) -> Bool {
        guard let choice = writtenChoice(card), !choice.isBalanced || leansOnUnseenSetting(card.front) else { return false }
        let folded = AnswerText.folded(choice.stem)
        return unshownChoicePhrases.contains(where: folded.contains)
    }

    /// A question-and-answer front that picks among options ("Which of the following…", "以下哪一個…") and lists
    /// none: they were lost before import, and the question cannot be answered on its own.
    static func picksAmongUnshownChoices(_ front: String) -> Bool {
        let folded = AnswerText.folded(front)
        // Searched byte for byte: Foundation's search cost more than the rest of deciding which cards to ask.
        guard let phrase = unshownChoicePhrases.lazy.compactMap({ AnswerText.firstRange(of: $0, in: folded) }).first else { return false }
        // Choices named after the phrase ("…: GET, PUT or FOO?") or on the lines below are shown.
        let after = folded[phrase.upperBound...]
        let rest = after.drop { !"?？".contains($0) }.dropFirst()
        return !after.contains(where: { ":：".contains($0) }) && rest.trimmingWhitespaceAndNewlines().isEmpty
            && listedOptions(front) == nil
    }

    private static let unshownChoicePhrases = [
        "which of the following", "which of these", "以下哪", "下列哪", "下面哪", "以下何者", "下列何者", "以下選項", "以下选项",
        "下列選項", "下列选项",
    ]

    /// The stem before "A. …" and the options labelled A, B, C… in order, on one line or a line each; nil for
    /// fewer than two options.
    static func listedOptions(_ front: String) -> (stem: String, options: [String])? {
        // Options start at "A" and its mark: a front without one skips reading the labels.
        let scalars = Array(front.unicodeScalars)
        guard zip(scalars, scalars.dropFirst()).contains(where: { $0 == "A" && ")）.．、:：".unicodeScalars.contains($1) }) else {
            return nil
        }
        var starts: [Range<Int>] = []
        // Options run A, B, C… without a gap; a later "A." restarts nothing.
        for label in optionLabels(in: scalars) where label.letter == starts.count { starts.append(label.range) }
        guard starts.count >= 2, starts[0].lowerBound > 0 else { return nil }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let stem = withoutOptionsLabel(trimmed(text(0..<starts[0].lowerBound)))
        let options = starts.indices.map { index in
            trimmed(text(starts[index].upperBound..<(index + 1 < starts.count ? starts[index + 1].lowerBound : scalars.count)))
        }
        guard !stem.isEmpty, options.allSatisfy({ !$0.isEmpty }) else { return nil }
        return (stem, options)
    }

    /// The stem without a last line that only announces the options ("**选项：**", "Options:"), which the
    /// question shows as options of its own.
    static func withoutOptionsLabel(_ stem: String) -> String {
        var lines = stem.components(separatedBy: "\n")
        guard lines.count > 1, let last = lines.last else { return stem }
        let label = last.trimmingCharacters(in: CharacterSet(charactersIn: " *_#:：").union(.whitespaces)).lowercased()
        guard ["选项", "選項", "options", "choices", "answer choices"].contains(label) else { return stem }
        lines.removeLast()
        return lines.joined(separator: "\n").trimmingWhitespaceAndNewlines()
    }

    /// Without surrounding space and the list bullet that opens the next option ("- A. …" written as a list). A
    /// bullet stands alone after a line break; a `*` closing emphasis ("*(Select all that apply)*") stays.
    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last {
            let isBullet = "-*•".contains(last) && text.dropLast().last.map(\.isWhitespace) != false
            guard last.isWhitespace || isBullet else { break }
            text = text.dropLast()
        }
        return text.trimmingWhitespaceAndNewlines()
    }

    /// How a question-and-answer card's recall is judged: self-graded when its front lists options its back
    /// does not pick by letter (the back is then a sentence), when the front asks for an explanation
    /// ("What happens when…", "Why…", "為什麼…"), or when it asks several yes-or-no questions at once
    /// ("是否…，是否…？" answered "都不能"): their right answers come in many phrasings; when its key is not
    /// one to type (``hasTypableKey(_:)``). Else by the answer.
    func recallMode(for card: QuizCard) -> QuizQuestion.RecallMode {
        if !Self.hasTypableKey(card) { return .selfGraded }
        if card.kind == .qa,
           Self.listedOptions(card.front) != nil || Self.invitesExplanation(card.front) || Self.asksSeveralYesOrNo(card.front) {
            return .selfGraded
        }
        return recallMode(forAnswer: card.recallAnswer)
    }

    static func asksSeveralYesOrNo(_ prompt: String) -> Bool {
        let folded = AnswerText.folded(prompt)
        return ["是否", "能否", "可否", "whether"].reduce(0) { $0 + folded.components(separatedBy: $1).count - 1 } >= 2
    }

    static func invitesExplanation(_ prompt: String) -> Bool {
        let folded = AnswerText.folded(prompt).trimmingWhitespace()
        return explanationOpenings.contains { folded.hasPrefix($0) } || explanationPhrases.contains { folded.contains($0) }
    }

    private static let explanationOpenings = ["what happens", "why ", "explain", "describe", "what is the difference", "how does "]
    // "怎麼執行" and "如何運作" ask for a way of working, whose right answers come in many phrasings.
    private static let explanationPhrases = [
        "會發生什麼", "会发生什么", "為什麼", "为什么", "請解釋", "请解释", "請說明", "请说明", "有什麼差別", "有什么区别",
        "怎麼", "怎么", "怎樣", "怎样", "如何",
    ]
}
