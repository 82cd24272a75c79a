import PrepContent
import PrepCore
import PrepScheduling

extension QuizPhrases {
    static let english = QuizPhrases(
        quoted: quote,
        colon: ": ",
        listed: list,

        markWord: { mark in
            switch mark {
            case .yes: "yes"
            case .no: "no"
            case .partial: "partly"
            }
        },
        markedNote: { mark, note in mark + ": " + lowercasingFirstWord(note) },
        versus: { subjects in subjects.joined(separator: " vs ") },
        inTable: { title, sentence in
            title.isEmpty ? sentence.prefix(1).uppercased() + sentence.dropFirst() : "In \(quote(title)), \(sentence)"
        },
        inSubject: { name, sentence in "In \(name), \(lowercasingFirstWord(sentence))" },
        meaningPrompt: { row in "what does \(quote(row)) mean?" },
        comparePrompt: { subjects, aspect in
            // "when it comes to" fits a property ("WebSocket") and a situation ("CPU-bound work") alike.
            subjects.count == 1
                ? "what is \(subjects[0]) on \(quote(aspect))?" : "how do \(and(subjects)) compare when it comes to \(quote(aspect))?"
        },
        suitsPrompt: { subjects, aspect in "what is each of \(and(subjects)) \(aspect.lowercased())?" },
        // One row is described, not compared: there is nothing beside it.
        // Points to cover in words; a header in Chinese is quoted, the table's words and not the sentence's.
        rowComparePrompt: { row, aspects in
            "describe \(quote(row)): \(and(aspects.map { QuizLanguage.readsAsPlainNoun($0) && $0.allSatisfy(\.isASCII) ? lowercasingFirstWord($0) : quote($0) }))."
        },
        explainedRowPrompt: { row, aspects in "for \(quote(row)), give the \(and(aspects.map(lowercasingFirstWord)))." },
        explainedRowOfQuestionPrompt: { question, row, aspects in
            "\(question) One of them is \(quote(row)): give its \(and(aspects.map(lowercasingFirstWord)))."
        },
        matchTermPrompt: { header, meaning in
            "which \(headerWord(header, otherwise: "term")) does this describe: \(quote(meaning))?"
        },
        ownerChoicePrompt: { aspect, value in
            // Quoted as written: a value opening with a name ("Django apps…") keeps its capital.
            "whose \(lowercasingFirstWord(aspect)) \(namesSeveral(aspect) ? "are" : "is") \(quote(value))?"
        },
        purposeChoicePrompt: { header, situation in
            "for \(quote(situation)), which \(headerWord(header, otherwise: "one")) would you choose?"
        },
        situationChoicePrompt: { header, clause in
            "\(lowercasingFirstWord(QuizPhrases.unstopped(clause))), which \(headerWord(header, otherwise: "one")) would you choose?"
        },
        attributePrompt: { row, column in "what is the \(quote(column)) of \(quote(row))?" },
        usedForPrompt: { row in "what is \(quote(row)) used for?" },
        whatToUsePrompt: { row in "for \(quote(row)), what do you use?" },
        // Not "what does the table say about…": the learner never sees the table.
        subjectPrompt: { row, column in "what is \(column) on \(quote(row))?" },
        // Asked of the subjects, not of the table: "for “X”, which one is “Y”" read as a cell lookup, and
        // "which has “Y” as its “X”" made a situation row ("A classic CRUD app") into something a subject owns.
        whichColumnPrompt: { row, value, choices in
            "when it comes to \(quote(row)), which one fits \(quote(value)): \(list(choices))?"
        },
        ownerPrompt: { aspect, value, choices in "whose \(lowercasingFirstWord(aspect)) is \(ownedValue(value)): \(list(choices))?" },
        verdictPrompt: { situation, choices in "For \(quote(situation)), which would you choose: \(list(choices))?" },
        constantColumnPrompt: { header, value, choices in
            "which column says \(quote(value)) for every \(rows(header)): \(list(choices))?"
        },
        constantColumnRecallPrompt: { header, column in "what does the \(quote(column)) column say for every \(rows(header))?" },
        constantColumnStatement: { header, column, value in
            "the \(quote(column)) column says \(quote(value)) for every \(rows(header))."
        },
        definitionStatement: { row, value in "\(quote(row)) means \(quote(value))." },
        subjectStatement: { row, column, value in "for \(column), \(quote(row)) is \(quote(value))." },
        attributeStatement: { row, column, value in "for \(quote(row)), the \(quote(column)) column says \(quote(value))." },

        topicPrompt: { topic in "Explain: \(topic)" },

        claimRecallPrompt: { claim in "Is this claim right as stated? Say why not, or when it holds: \(claim)" },
        verdictLabel: "Verdict",
        verdictOption: { verdict in
            switch verdict {
            case .true: "true"
            case .false: "false"
            case .misleading: "misleading"
            case .depends: "depends"
            }
        },
        reasonLabel: "Why",

        correctHeadline: "✔ Correct",
        typoHeadline: "✔ Accepted (small typo)",
        extraWordsHeadline: { words in "✔ Accepted (extra words\(words.isEmpty ? "" : ": " + words.joined(separator: ", ")))" },
        acceptedAsLabel: "Taken as",
        hardReason: { reason in
            switch reason {
            case .slow(let elapsed, let limit): "slow: \(seconds(elapsed)) s, this question allows \(seconds(limit)) s"
            case .hint: "used a hint"
            }
        },
        undoneLine: { number in "↶ Took back your answer to question \(number); answer it again." },
        nothingToUndo: "Nothing to undo yet.",
        wrongHeadline: "✘ Wrong",
        answerLabel: "Answer",
        optionNote: { option, note in "· \(option): \(quote(note))" },
        truthValue: { value in value ? "true" : "false as stated" },
        selfGradedLabel: "Self-graded",
        ratingName: { rating in
            switch rating {
            case .again: "Again"
            case .hard: "Hard"
            case .good: "Good"
            case .easy: "Easy"
            }
        },
        checkLabel: "Run it"
    )
}

private func quote(_ text: String) -> String { "“\(QuizPhrases.unstopped(text))”" }

/// What the rows are, after "every": the first header ("“Django version”"), or plain rows.
/// "WSGI or ASGI".
private func list(_ choices: [String]) -> String {
    let head = choices.dropLast().joined(separator: ", ")
    guard let last = choices.last, !head.isEmpty else { return choices.last ?? "" }
    return "\(head) or \(last)"
}

/// "WSGI and ASGI", "Uvicorn, Daphne and Hypercorn".
private func and(_ items: [String]) -> String {
    let head = items.dropLast().joined(separator: ", ")
    guard let last = items.last, !head.isEmpty else { return items.last ?? "" }
    return "\(head) and \(last)"
}

/// A short plain value reads as the examiner's own words ("whose cold start is typically lower"); quoted and
/// capitalised mid-sentence it read as a table cell. A longer or punctuated value stays a quotation.
private func ownedValue(_ value: String) -> String {
    let text = QuizPhrases.unstopped(value)
    guard text.split(separator: " ").count <= 5, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == " " || $0 == "-") })
    else { return quote(value) }
    return lowercasingFirstWord(text)
}

private func rows(_ header: String) -> String { header.isEmpty ? "row" : quote(header) }

/// "Runs them in a thread" → "runs them in a thread" after "partly: "; "HTTP only" stays.
/// A plural aspect ("Traits", "Pros") takes "are"; "Status", "Class" and "Analysis" end in "s" and are one.
private func namesSeveral(_ aspect: String) -> Bool {
    let last = aspect.lowercased().split(separator: " ").last ?? ""
    return last.count > 3 && last.hasSuffix("s") && !["ss", "us", "is"].contains(where: last.hasSuffix)
}

/// A first column's name said in a sentence: a plain noun as a word ("which server"), anything else quoted.
private func headerWord(_ header: String, otherwise: String) -> String {
    header.isEmpty ? otherwise : QuizLanguage.readsAsPlainNoun(header) ? lowercasingFirstWord(header) : quote(header)
}

private func lowercasingFirstWord(_ text: String) -> String {
    let word = text.prefix { $0.isLetter }
    guard word.count > 1, word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase) else { return text }
    return word.lowercased() + text.dropFirst(word.count)
}
