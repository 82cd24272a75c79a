import Foundation
import PrepCore

/// Whether a heading, summary or bold line asks a question, and its text cleaned of layout: numbering,
/// bold, links and anchors belong to the document's layout, not to the question.
enum QuestionText {
    /// First words of exam questions that are written without a question mark (`Explain the GIL`).
    static let englishOpeners: Set<String> = [
        "what", "what's", "why", "how", "when", "which", "who", "where", "is", "are", "can", "could", "does", "do",
        "did", "should", "would", "will", "explain", "describe", "define", "compare", "list", "name", "write", "implement",
        "create", "design", "give", "provide", "discuss", "illustrate", "summarize", "summarise", "justify",
        "difference", "differences", "differentiate", "distinguish",
    ]
    static let nounOpeners: Set<String> = ["list", "name"]
    /// Chinese words that make a phrase ask, wherever they stand (`中间件的作用是什么`, `如何设置超时`).
    static let chineseAskingWords = [
        "什么", "什麼", "为什么", "為什麼", "如何", "怎么", "怎麼", "怎样", "怎樣", "哪", "是否", "吗", "嗎", "多少", "有没有", "有沒有",
    ]
    /// Chinese imperatives of the exam kind, at the start of the phrase.
    static let chineseOpeners = [
        "请说明", "請說明", "请解释", "請解釋", "请简述", "請簡述", "请描述", "請描述", "请列举", "請列舉", "谈谈", "談談",
        "简述", "簡述", "描述", "说说", "說說", "说明", "說明", "解释", "解釋", "比较", "比較", "列举", "列舉", "列出", "说出", "說出", "举出", "舉出", "介绍", "介紹",
        "区分", "區分", "求结果", "求結果", "写一个", "寫一個", "创建一个", "創建一個", "设计", "設計", "求出", "写出", "寫出", "编写", "編寫", "一行代码", "一行程式", "用一行", "通过代码", "通過程式", "用代码",
    ]
    /// Chinese endings that ask for a comparison or an understanding (`…的区别`, `对…的理解`).
    static let chineseEndings = [
        "的区别", "的區別", "的差异", "的差異", "的不同", "的理解", "区别", "區別", "差異", "差异", "作用", "优缺点", "優缺點",
    ]

    /// Ends in `?` or `？`, the one sign every language agrees on.
    static func endsInQuestionMark(_ text: String) -> Bool {
        let stem = withoutOptions(text)
        if endsInBlank(stem) { return true }
        // `…(or what are its features?)` and `"…?"` still end in their question mark.
        let body = MarkdownSyntax.withoutHardBreak(stem.trimmed).reversed().drop(while: { ")）」』\"'”*` ".contains($0) })
        return body.first == "?" || body.first == "？"
    }

    /// `What is the box model? Describe each part.`: a question, then a short instruction about answering it. Ends
    /// a question's line as a question mark would.
    static func endsInQuestionAndInstruction(_ text: String) -> Bool {
        guard let end = text.last(where: { !$0.isWhitespace }), end == "." || end == "。",
            let mark = text.lastIndex(where: { $0 == "?" || $0 == "？" })
        else { return false }
        // A sentence after the question, not a query string (`/users?name=Ali`): a space, then a capital or Chinese.
        let rest = text[text.index(after: mark)...]
        let after = rest.trimmed
        guard text[mark] == "？" || rest.first == " ", let first = after.first, first.isUppercase || !first.isASCII,
            after.count <= 60, let last = after.last, last == "." || last == "。"
        else { return false }
        return soundsLikeQuestion(after)
    }

    /// The question without the options joined under it (`…？\nA. x\nB. y`): the stem is what asks.
    static func withoutOptions(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstOption = lines.firstIndex(where: { OutlineReader.isOption(String($0)) }), firstOption > 0 else { return text }
        return lines[..<firstOption].joined(separator: "\n")
    }

    /// `下面說法正確的是（）`, `The keyword that declares a constant is ____`: a choice stem ends in the blank it asks
    /// to fill. ASCII `()` counts only after Chinese text, as `len()` in English prose is a call.
    static func endsInBlank(_ text: String) -> Bool {
        // Most lines end in a letter: a look at the last few characters first, as every line of a file comes here.
        guard let last = text.reversed().first(where: { !"*` 。.:：\t\\".contains($0) }), last == "）" || last == ")" || last == "_" || last == ">"
        else { return false }
        let body = MarkdownSyntax.withoutHardBreak(text.trimmed).reversed().drop(while: { "*` 。.:：".contains($0) })
        let tail = String(body.prefix(6).reversed()).replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: "")
        if tail.hasSuffix("（）") || tail.hasSuffix("___") { return true }
        guard tail.hasSuffix("()") else { return false }
        let before = body.dropFirst(2).drop(while: { $0 == " " }).first
        return before?.unicodeScalars.first?.isHan ?? false
    }

    /// Starts like an exam question (an interrogative or an imperative), question mark or not.
    static func soundsLikeQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmed
        // `在 Python 中有多少种运算符？解释一下算数运算符。`: a question mark anywhere asks.
        if trimmed.has("?") || trimmed.has("？") { return true }
        let firstWord = trimmed.prefix(while: { $0.isLetter || $0 == "'" || $0 == "’" }).lowercased()
            .replacingOccurrences(of: "’", with: "'")
        if englishOpeners.contains(firstWord) {
            // "List" and "Name" are nouns too: `List Comprehension` is a topic, `List the hooks` an instruction.
            guard nounOpeners.contains(firstWord) else { return true }
            let next = trimmed.dropFirst(firstWord.count).trimmed.first
            return next.map { !$0.isUppercase } ?? false
        }
        // The Chinese signals below cannot match ASCII text, and most lines of an English collection are.
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        // 请/請 ("please") opens an instruction in an exam: 请至少列举…, 請說明….
        if chineseOpeners.contains(where: { trimmed.hasPrefix($0) }) || trimmed.hasPrefix("请") || trimmed.hasPrefix("請") {
            return true
        }
        // Searched byte for byte: Foundation's search weighs canonical equivalence, which these words never need,
        // and was most of telling questions apart in a Chinese file.
        if chineseAskingWords.contains(where: { trimmed.containsBytes($0) }) { return true }
        // A programming task names what to build anywhere in it: 用 XMLHttpRequest 实现 ajax.
        if ["实现", "實現", "手写", "手寫"].contains(where: { trimmed.containsBytes($0) }) { return true }
        return chineseEndings.contains(where: { trimmed.hasSuffix($0) })
            || (trimmed.hasPrefix("对") || trimmed.hasPrefix("對")) && trimmed.hasSuffix("理解")
    }

    /// `**[1. What is X?](#what-is-x)**` → `1. What is X?`: emphasis, links, inline HTML and anchors removed.
    static func clean(_ text: some StringProtocol) -> String {
        // A stem over its options (`**…正確的是（）**` then `A. …`) is cleaned as the stem; the options stay as written.
        let whole = String(text)
        let stem = withoutOptions(whole)
        if stem.count < whole.count { return clean(stem) + whole.dropFirst(stem.count) }
        var result = whole.trimmed
        // A trailing explicit anchor, `{#what-is-x}`, and a closing link to the table of contents.
        if result.hasSuffix("}"), result.has("#"), let open = result.range(of: "{#", options: .backwards) {
            result = String(result[..<open.lowerBound]).trimmed
        }
        result = MarkdownSyntax.unlinked(result)
        result = MarkdownSyntax.withoutTags(withTagsNamedAsCode(result))
        for mark in ["**", "__"] where result.hasPrefix(mark) && result.hasSuffix(mark) && result.count > 4 {
            result = String(result.dropFirst(2).dropLast(2)).trimmed
        }
        // `…users to\nwork at once?**`: the bold of a line wrapped in a page copy, left open on one side.
        if result.hasSuffix("**"), result.components(separatedBy: "**").count == 2 { result = String(result.dropLast(2)).trimmed }
        if result.hasPrefix("**"), result.components(separatedBy: "**").count == 2 { result = String(result.dropFirst(2)).trimmed }
        return withoutDifficulty(withoutLeadingSymbols(result))
    }

    /// Tags that only format text: in a question they are markup, unless the question names them as a tag.
    static let formattingTags: Set<String> = ["b", "i", "u", "em", "strong", "span", "div", "p", "a", "br", "font", "small", "sup", "sub", "code", "mark"]

    /// `What does the <fieldset> tag group?`: a tag the question asks about, never closed in it, kept as code
    /// (`` `<fieldset>` ``) rather than dropped as markup.
    static func withTagsNamedAsCode(_ text: String) -> String {
        guard text.has("<") else { return text }
        let pattern = #"<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?/?>"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let whole = text as NSString
        var result = text
        for match in regex.matches(in: text, range: NSRange(location: 0, length: whole.length)).reversed() {
            let name = whole.substring(with: match.range(at: 1)).lowercased()
            guard !text.lowercased().contains("</\(name)>") else { continue }
            let after = whole.substring(from: match.range.location + match.range.length).trimmed.lowercased()
            let named = ["tag", "element", "標籤", "标签", "元素"].contains { after.hasPrefix($0) }
            guard named || !formattingTags.contains(name), !isInCodeSpan(text, at: match.range.location) else { continue }
            let range = Range(match.range, in: result)!
            result.replaceSubrange(range, with: "`" + result[range] + "`")
        }
        return result
    }

    private static func isInCodeSpan(_ text: String, at location: Int) -> Bool {
        (text as NSString).substring(to: location).filter { $0 == "`" }.count % 2 == 1
    }

    /// Bullets and emoji that decorate a heading (`🔹 What…`, `▶ 什麼是…`, `❓ Why…`) are layout, not words.
    static func withoutLeadingSymbols(_ text: String) -> String {
        let kept = text.drop { character in
            character == " " || character.unicodeScalars.allSatisfy { scalar in
                scalar.properties.generalCategory == .otherSymbol || scalar.properties.isVariationSelector
                    || scalar.value == 0x200D || (0x2190...0x21FF).contains(scalar.value) || (0x25A0...0x25FF).contains(scalar.value)
            }
        }
        return kept.isEmpty ? text : String(kept)
    }

    /// Collections grade their questions: "… (Easy)", "… [Hard]", "…（中等）". The grade is the list's layout,
    /// not part of the question.
    static let difficultyWords: Set<String> = [
        "easy", "medium", "hard", "beginner", "intermediate", "advanced", "basic", "expert",
        "简单", "簡單", "中等", "困难", "困難", "难", "難", "易", "初级", "初級", "中级", "中級", "高级", "高級",
    ]

    static func withoutDifficulty(_ text: String) -> String {
        for (open, close) in [("(", ")"), ("[", "]"), ("（", "）"), ("【", "】")] {
            if text.hasSuffix(close), let start = text.range(of: open, options: .backwards)?.lowerBound,
                isDifficulty(text[text.index(after: start)..<text.index(before: text.endIndex)])
            {
                let before = String(text[..<start]).trimmed
                return before.isEmpty ? text : before
            }
            // `【初级】關於…`: a level tag before the question, as quiz banks print it.
            if text.hasPrefix(open), let end = text.firstIndex(of: Character(close)), isDifficulty(text[text.index(after: text.startIndex)..<end]) {
                let after = String(text[text.index(after: end)...]).trimmed
                return after.isEmpty ? text : after
            }
        }
        return text
    }

    private static func isDifficulty(_ inside: Substring) -> Bool {
        let words = inside.trimmed.lowercased().split(whereSeparator: { " /-·,".contains($0) }).map(String.init)
        return !words.isEmpty && words.allSatisfy { difficultyWords.contains($0) || $0.allSatisfy { "⭐★☆".contains($0) } }
    }

    /// A line that opens a question of its own: a marker (`Q2:`, `問:`) or a whole bold line that asks.
    static func opensQuestion(_ line: some StringProtocol) -> Bool {
        let trimmed = line.trimmed
        if ItemMarker.opensQuestion(trimmed) { return true }
        return trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && endsInQuestionMark(clean(trimmed))
    }
}

extension QuestionText {
    /// A question's numbering and cleaned text: `Q3: …`, `3. …`, `Question #3) …`, `**3. …**`, `[3. …](#…)`.
    static func parts(_ text: String) -> (number: String?, question: String) {
        let cleaned = clean(text)
        // `**Q1** Why…?`: a bold label that only numbers the question.
        if cleaned.hasPrefix("**"), let close = cleaned.dropFirst(2).range(of: "**"),
            let number = labelOnlyNumber(String(cleaned[cleaned.index(cleaned.startIndex, offsetBy: 2)..<close.lowerBound]))
        {
            let rest = clean(cleaned[close.upperBound...])
            if !rest.isEmpty { return (number, rest) }
        }
        if case (.question(let number), let rest)? = ItemMarker.parse(cleaned) {
            // `Q5. 面試題：…`, `1. Question: …`: a numbering, then a label naming what follows a question.
            if case (.question(nil), let question)? = ItemMarker.parse(rest), !question.isEmpty { return (number, question) }
            return (number, rest)
        }
        // `Q1 為什麼…？`: a numbered Q and a space, no separator, still numbers the question.
        let digits = cleaned.dropFirst().prefix(while: \.isASCIIDigit)
        if cleaned.first == "Q" || cleaned.first == "q", !digits.isEmpty,
            cleaned.dropFirst(1 + digits.count).first == " "
        {
            return (String(digits), clean(cleaned.dropFirst(1 + digits.count)))
        }
        let (number, rest) = MarkdownSyntax.splitNumber(cleaned)
        if case (.question(let inner), let question)? = ItemMarker.parse(rest) { return (number ?? inner, question) }
        return (number, clean(rest))
    }

    /// Outliners mark items as tasks (`DONE 3、…`, `TODO …`, `[x] …`) and highlight them (`==…==`, a code
    /// span around the whole line); the marks are the notebook's, not the question's.
    static func withoutTaskMarks(_ text: String) -> String {
        var result = text.trimmed
        for mark in ["DONE ", "TODO ", "LATER ", "NOW ", "DOING ", "[ ] ", "[x] ", "[X] "] where result.hasPrefix(mark) {
            result = String(result.dropFirst(mark.count)).trimmed
        }
        for wrapper in ["==", "`"] where result.hasPrefix(wrapper) && result.hasSuffix(wrapper) && result.count > wrapper.count * 2 {
            result = String(result.dropFirst(wrapper.count).dropLast(wrapper.count)).trimmed
        }
        if result.hasPrefix("`"), result.hasSuffix("`"), result.count > 2 { result = String(result.dropFirst().dropLast()).trimmed }
        return result
    }

    /// The front of an outliner's flash card (`#card What is X?`, `What is X? #card`) without its tag, else nil.
    static func withoutCardTag(_ text: String) -> String? {
        for tag in ["#card", "#flashcard", "#flashcards"] {
            if text.hasPrefix(tag + " ") { return String(text.dropFirst(tag.count)).trimmed }
            if text.hasSuffix(" " + tag) { return String(text.dropLast(tag.count)).trimmed }
        }
        return nil
    }

    /// Words by which a question points at the code or example printed under it, which then belongs to it.
    static let pointsBelow = [
        "following", "below", "this code", "this snippet", "the code", "output", "print", "evaluate", "return",
        "以下", "下面", "下列", "如下", "输出", "輸出", "打印", "印出", "执行结果", "執行結果",
    ]

    static func pointsAtCodeBelow(_ question: String) -> Bool {
        let lowered = question.lowercased()
        return pointsBelow.contains { lowered.contains($0) }
    }
}

extension QuestionText {
    /// One word, or two Chinese characters: a topic ("Compare", "比較"), however it starts.
    static func isBareWord(_ text: String) -> Bool {
        let trimmed = text.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ":："))
        return trimmed.allSatisfy { $0.isASCII } ? !trimmed.contains(" ") : trimmed.count <= 2
    }

    /// "How this list works", "Why we chose Django": a wh-word followed by its subject is a title, not a question.
    static func isIndirectPhrase(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " }).prefix(2).map(String.init)
        guard words.count == 2, ["what", "why", "how", "when", "which", "who", "where"].contains(words[0]) else { return false }
        return ["this", "the", "a", "an", "we", "i", "you", "it", "our", "my", "your", "they", "these", "those"].contains(words[1])
    }
}

extension QuestionText {
    /// `**Why use namespaces?** To divide a cluster.`: a bold question with its answer on the same line.
    /// `**Q：**支持哪些語言？ **A：**Java 與 Go。`: the text of a question label that holds its answer label too,
    /// after one of its question marks.
    static func inlineLabelledAnswer(_ text: String) -> (question: String, answer: String)? {
        var searchStart = text.startIndex
        while let mark = text[searchStart...].firstIndex(where: { $0 == "?" || $0 == "？" }) {
            let after = text[text.index(after: mark)...]
            let rest = after.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
            if rest.startIndex != after.startIndex || text[mark] == "？",
                case (.answer, let answer)? = ItemMarker.parse(rest), !answer.isEmpty
            {
                return (text[...mark].trimmed, answer)
            }
            searchStart = after.startIndex
        }
        return nil
    }

    static func inlineBoldQuestion(_ text: String) -> (question: String, answer: String)? {
        let trimmed = text.trimmed
        guard trimmed.hasPrefix("**") else { return nil }
        let afterOpen = trimmed.dropFirst(2)
        guard let close = afterOpen.range(of: "**") else { return nil }
        let answer = afterOpen[close.upperBound...].trimmed
        var question = parts(String(afterOpen[..<close.lowerBound])).question
        if question.hasPrefix("Q "), question.count > 2 { question = question.dropFirst(2).trimmed }
        // `**…正確的是（）**` over its options: the options are the question's, not an answer.
        guard !answer.isEmpty, !question.isEmpty, endsInQuestionMark(question),
            !OutlineReader.isOption(String(answer.prefix { $0 != "\n" }))
        else { return nil }
        return (question, answer)
    }
}

extension QuestionText {
    /// 什么, 如何, 哪…: a Chinese question word anywhere asks, with or without a question mark.
    static func hasChineseAskingWord(_ text: String) -> Bool {
        chineseAskingWords.contains { text.contains($0) }
    }
}

extension QuestionText {
    /// Words that number a question without saying it: `Q1`, `Question 3`, `Exercise 2`, `問題 4`, `第 5 題`.
    static let numberingWords: Set<String> = ["q", "question", "problem", "exercise", "問題", "问题", "題目", "题目", "練習", "练习", "習題", "习题"]

    /// The number of a title that is only a question's label and number (`Q1`, `**Question 3:**`, `第2題`), else nil.
    static func labelOnlyNumber(_ title: String) -> String? {
        var text = Substring(clean(title).trimmingCharacters(in: CharacterSet(charactersIn: ":：.、 ")))
        let ordinal = text.hasPrefix("第") && (text.hasSuffix("題") || text.hasSuffix("题"))
        if ordinal { text = text.dropFirst().dropLast() }
        let digits = text.reversed().prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty else { return nil }
        var word = text.dropLast(digits.count).trimmed
        if word.hasSuffix("#") { word = String(word.dropLast()).trimmed }
        guard ordinal ? word.isEmpty : numberingWords.contains(word.lowercased()) else { return nil }
        return String(digits.reversed())
    }
}

extension QuestionText {
    /// "For instance:", "例如：": a line that introduces the example a question is about.
    static func introducesExample(_ text: String) -> Bool {
        let lowered = text.trimmed.lowercased()
        guard lowered.hasSuffix(":") || lowered.hasSuffix("："), lowered.count <= 40 else { return false }
        return ["for instance", "for example", "e.g.", "example", "given", "consider", "例如", "比如", "如下", "给定", "給定", "示例", "範例"]
            .contains { lowered.hasPrefix($0) }
    }
}
