import PrepCore

/// The phrases deciding which cards are asked and how, read by ``PhrasePattern`` and by hand instead of with
/// Foundation regular expressions: the first one compiled builds ICU's Unicode sets, 13 M instructions on the
/// first question of a quiz. Each rule quotes the pattern it reads as ICU did.
extension QuizGenerator {
    /// `\bthe (?:two|three|four|five|six|seven|eight|[2-9]) (?:key |main |core )?(?:steps|stages|phases|principles|pillars|roles)\b`
    /// `|\b(?:los|las) (?:dos|tres|cuatro|cinco|seis|[2-9]) (?:pasos|etapas|fases|principios|roles)\b`
    /// `|[二三四五六七八九十兩两2-9]\s*(?:大|個|个)\s*(?:步驟|步骤|原則|原则|要素|階段|阶段|角色|面向|支柱|技巧|重點|重点)`
    /// `|(?:gemini|chatgpt|gpt|copilot|claude|bard|the ai|the assistant|the tool|ai 助理|ai 助手|ai)\s*(?:所)?(?:建議|建议|推薦|推荐|給出|给出|suggest|recommend|propos|sugiri|recomend)`:
    /// a course's own numbered framework ("the four steps", "四大步驟", "los tres pasos"), or what a named tool or
    /// assistant proposed ("Gemini 建議的", "ChatGPT suggested").
    static let unseenSettingRule = PhraseRule(.either([
        .sequence([
            .wordBoundary, .words(["the "]), .words(["two", "three", "four", "five", "six", "seven", "eight"] + digitsTwoToNine),
            .words([" "]), .optional(.words(["key ", "main ", "core "])),
            .words(["steps", "stages", "phases", "principles", "pillars", "roles"]), .wordBoundary,
        ]),
        .sequence([
            .wordBoundary, .words(["los", "las"]), .words([" "]), .words(["dos", "tres", "cuatro", "cinco", "seis"] + digitsTwoToNine),
            .words([" "]), .words(["pasos", "etapas", "fases", "principios", "roles"]), .wordBoundary,
        ]),
        .sequence([
            .words(["二", "三", "四", "五", "六", "七", "八", "九", "十", "兩", "两"] + digitsTwoToNine), .whiteSpace(atLeastOne: false),
            .words(["大", "個", "个"]), .whiteSpace(atLeastOne: false),
            .words(["步驟", "步骤", "原則", "原则", "要素", "階段", "阶段", "角色", "面向", "支柱", "技巧", "重點", "重点"]),
        ]),
        .sequence([
            .words(["gemini", "chatgpt", "gpt", "copilot", "claude", "bard", "the ai", "the assistant", "the tool", "ai 助理", "ai 助手", "ai"]),
            .whiteSpace(atLeastOne: false), .optional(.words(["所"])),
            .words(["建議", "建议", "推薦", "推荐", "給出", "给出", "suggest", "recommend", "propos", "sugiri", "recomend"]),
        ]),
    ]))

    /// `\b(?:(?:code|snippet|loop|function|program|query|table|example|script)s? (?:above|below)|(?:above|following|preceding|below) (?:code|snippet|loop|function|program|query|table|script)s?\b)`
    /// `|(?:上面|下面|上述|下列|以下|前面)的?(?:程式碼|代码|代碼|程式|程序|範例|范例|示例|片段|函數|函数|迴圈|循环|表格)`:
    /// code or a table pointed at beside the text ("the for loop above", "下列程式碼").
    static let unseenCodeRule = PhraseRule(.either([
        .sequence([
            .wordBoundary,
            .either([
                .sequence([
                    .words(["code", "snippet", "loop", "function", "program", "query", "table", "example", "script"]), .optional(.words(["s"])),
                    .words([" above", " below"]),
                ]),
                .sequence([
                    .words(["above ", "following ", "preceding ", "below "]),
                    .words(["code", "snippet", "loop", "function", "program", "query", "table", "script"]), .optional(.words(["s"])), .wordBoundary,
                ]),
            ]),
        ]),
        .sequence([
            .words(["上面", "下面", "上述", "下列", "以下", "前面"]), .optional(.words(["的"])),
            .words(["程式碼", "代码", "代碼", "程式", "程序", "範例", "范例", "示例", "片段", "函數", "函数", "迴圈", "循环", "表格"]),
        ]),
    ]))

    /// `\b(?:which|what)\s+(?:\w+\s+)?(?:command|keyword|function|method|property|operator|status code|port|flag|option|hook|tag|element|attribute|protocol|header|class|exception|error|directive|variable|module|package|library|tool|statement|clause|data type|file)s?\b`
    /// `|\bwhat is (?:it|this|that) called\b|\bwhat is the name\b|\bcómo se llama\b|\bqué (?:comando|función|método|palabra clave)\b`
    /// `|(?:哪(?:一)?(?:個|个)?|什麼|什么)(?:指令|命令|關鍵字|关键字|函數|函数|方法|屬性|属性|標籤|标签|埠|端口|狀態碼|状态码|協定|协议|元素|類別|类|例外|異常|异常|工具)`
    /// `|叫(?:做)?什(?:麼|么)|名(?:稱|称)是`: a front asking for a term by its kind or its name ("Which command…",
    /// "叫什麼").
    static let termByNameRule = PhraseRule(.either([
        .sequence([
            .wordBoundary, .words(["which", "what"]), .whiteSpace(atLeastOne: true),
            .optional(.sequence([.wordCharacters, .whiteSpace(atLeastOne: true)])),
            .words([
                "command", "keyword", "function", "method", "property", "operator", "status code", "port", "flag", "option", "hook",
                "tag", "element", "attribute", "protocol", "header", "class", "exception", "error", "directive", "variable", "module",
                "package", "library", "tool", "statement", "clause", "data type", "file",
            ]),
            .optional(.words(["s"])), .wordBoundary,
        ]),
        .sequence([.wordBoundary, .words(["what is "]), .words(["it", "this", "that"]), .words([" called"]), .wordBoundary]),
        .sequence([.wordBoundary, .words(["what is the name", "cómo se llama"]), .wordBoundary]),
        .sequence([.wordBoundary, .words(["qué "]), .words(["comando", "función", "método", "palabra clave"]), .wordBoundary]),
        .sequence([
            .either([.sequence([.words(["哪"]), .optional(.words(["一"])), .optional(.words(["個", "个"]))]), .words(["什麼", "什么"])]),
            .words([
                "指令", "命令", "關鍵字", "关键字", "函數", "函数", "方法", "屬性", "属性", "標籤", "标签", "埠", "端口", "狀態碼", "状态码", "協定",
                "协议", "元素", "類別", "类", "例外", "異常", "异常", "工具",
            ]),
        ]),
        .sequence([.words(["叫"]), .optional(.words(["做"])), .words(["什"]), .words(["麼", "么"])]),
        .sequence([.words(["名"]), .words(["稱", "称"]), .words(["是"])]),
    ]))

    private static let digitsTwoToNine = ["2", "3", "4", "5", "6", "7", "8", "9"]

    /// `^(?:\[[^\]]*\]\([^)\s]+\)|<?https?://\S+>?)$`: a text that is one link, written `[text](target)` with no
    /// space in its target, or a bare address, in angle brackets or not.
    static func isOneLink(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        if scalars.first == "[" {
            // The text cannot hold a `]`, so the first one closes it.
            guard let close = scalars.firstIndex(of: "]"), close + 2 < scalars.count, scalars[close + 1] == "(", scalars.last == ")" else {
                return false
            }
            let target = scalars[(close + 2)..<(scalars.count - 1)]
            return !target.isEmpty && !target.contains { $0 == ")" || $0.properties.isWhitespace }
        }
        var rest = scalars[...]
        if rest.first == "<" { rest = rest.dropFirst() }
        guard rest.starts(with: "http".unicodeScalars) else { return false }
        rest = rest.dropFirst(4)
        if rest.first == "s" { rest = rest.dropFirst() }
        guard rest.starts(with: "://".unicodeScalars) else { return false }
        // `\S+>?` then the end: whatever follows, one scalar or more, none of them white space.
        rest = rest.dropFirst(3)
        return !rest.isEmpty && !rest.contains { $0.properties.isWhitespace }
    }

    /// `^(?:[-*•]\s*)?v?\d+\.\d+(?:\.\d+)?(?:\s|$|[:：(（])`: a line opening with a version number ("v2.1: …",
    /// "- 3.0.1 (2019)"), its list bullet first if it has one.
    static func opensWithVersion(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        if index < scalars.count, "-*•".unicodeScalars.contains(scalars[index]) {
            index += 1
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        }
        if index < scalars.count, scalars[index] == "v" { index += 1 }
        /// One past a run of digits from `start` followed by a dot; nil if there is none.
        func digits(from start: Int) -> Int? {
            var end = start
            while end < scalars.count, scalars[end].isRegexDigit { end += 1 }
            return end > start ? end : nil
        }
        guard let major = digits(from: index), major < scalars.count, scalars[major] == ".", var end = digits(from: major + 1) else {
            return false
        }
        // A shorter run of digits is followed by a digit, which neither the optional part nor the end accepts.
        if end < scalars.count, scalars[end] == ".", let patch = digits(from: end + 1) { end = patch }
        return end == scalars.count || scalars[end].properties.isWhitespace || ":：(（".unicodeScalars.contains(scalars[end])
    }

    /// The option a back names, as `(?i)^(?:(?:答案|正確答案|正确答案|answer)\s*[:：]\s*)?[(（]?([A-Ha-h])(?:[)）.．、:：\s(（]|$)`
    /// reads its opening ("C", "(c) …", "答案：C", "Answer: b."): the index of the captured letter (0 for A) and
    /// the scalar offset just past the match. Each optional part of the pattern is taken when it is there, as
    /// nothing after it could match in its place; `$` is the end, since the back is trimmed.
    static func keyLetter(opening back: String) -> (index: Int, end: Int)? {
        let scalars = Array(back.unicodeScalars)
        func skipWhiteSpace(from start: Int) -> Int {
            var index = start
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            return index
        }
        func letter(from start: Int) -> (index: Int, end: Int)? {
            let at = start < scalars.count && "(（".unicodeScalars.contains(scalars[start]) ? start + 1 : start
            guard at < scalars.count, case let value = scalars[at].value | 0x20, (0x61...0x68).contains(value),
                  scalars[at].isASCII
            else { return nil }
            let index = Int(value) - 0x61
            if at + 1 == scalars.count { return (index, at + 1) }
            let next = scalars[at + 1]
            return next.properties.isWhitespace || ")）.．、:：(（".unicodeScalars.contains(next) ? (index, at + 2) : nil
        }
        if let label = keyLabelEnd(scalars) {
            let colon = skipWhiteSpace(from: label)
            if colon < scalars.count, ":：".unicodeScalars.contains(scalars[colon]), let key = letter(from: skipWhiteSpace(from: colon + 1)) {
                return key
            }
        }
        return letter(from: 0)
    }

    /// One past "答案", "正確答案", "正确答案" or "answer" in any case opening `scalars`; ICU's case folding also
    /// reads the long s "ſ" as an "s".
    static func keyLabelEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        for label in ["答案", "正確答案", "正确答案"] where scalars.starts(with: label.unicodeScalars) {
            return label.unicodeScalars.count
        }
        let folded = scalars.prefix(6).map { $0 == "\u{017F}" ? "s" : $0.isASCII ? Unicode.Scalar($0.value | 0x20)! : $0 }
        return folded.elementsEqual("answer".unicodeScalars) ? 6 : nil
    }
}
