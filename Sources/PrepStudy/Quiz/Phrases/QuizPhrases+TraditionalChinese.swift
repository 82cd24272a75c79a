import PrepContent
import PrepCore
import PrepScheduling

extension QuizPhrases {
    static let traditionalChinese = QuizPhrases(
        quoted: quote,
        colon: "：",
        listed: list,

        markWord: { mark in
            switch mark {
            case .yes: "是"
            case .no: "否"
            case .partial: "部分"
            }
        },
        markedNote: { mark, note in mark + "：" + note },
        versus: { subjects in subjects.joined(separator: " 與 ") },
        inTable: { title, sentence in title.isEmpty ? sentence : "在\(quote(title))中，\(sentence)" },
        inSubject: { name, sentence in "在\(gap(before: name))\(name)\(gap(after: name))中，\(sentence)" },
        meaningPrompt: { row in "\(quote(row))是什麼意思？" },
        comparePrompt: { subjects, aspect in
            subjects.count == 1
                ? "\(subjects[0])\(gap(after: subjects[0]))在\(quote(aspect))這一項是什麼？"
                // "就…而言" fits a property ("WebSocket") and a situation ("CPU 密集的工作") alike; "比較 A、B 的…"
                // read a situation as something the subjects own.
                : "就\(quote(aspect))而言，\(both(subjects))\(gap(after: subjects.last ?? ""))有什麼不同？"
        },
        suitsPrompt: { subjects, aspect in "\(both(subjects))\(gap(after: subjects.last ?? ""))各自\(aspect)什麼？" },
        // Headers in Traditional script are said as words (quoted, 「說說「Uvicorn」的「特點」」 read as a lookup, thirty-third
        // reading); headers in Simplified script are quoted, the table's words, not a sentence that mixes two
        // scripts (thirtieth reading).
        rowComparePrompt: { row, aspects in
            "說說\(quote(row))的\(both(aspects.contains(where: writtenInSimplifiedScript) ? aspects.map(quote) : aspects))。"
        },
        explainedRowPrompt: { row, aspects in "說出\(quote(row))的\(both(aspects))。" },
        explainedRowOfQuestionPrompt: { question, row, aspects in "\(question)其中之一是\(quote(row))，說出它的\(both(aspects))。" },
        matchTermPrompt: { header, meaning in
            let named = header.isEmpty ? "項目" : headerWord(header)
            return "哪個\(named)\(gap(after: named))符合這個說明：\(quote(meaning))？"
        },
        ownerChoicePrompt: { aspect, value in
            let before = aspect.first.map { $0.isASCII && !$0.isWhitespace } == true ? " " : ""
            return "哪一個的\(before)\(aspect)\(gap(after: aspect))\(owned(value, after: aspect))？"
        },
        purposeChoicePrompt: { header, situation in "\(quote(situation))該選哪個\(headerWord(header))？" },
        situationChoicePrompt: { header, clause in "\(QuizPhrases.unstopped(clause))，該選哪個\(headerWord(header))？" },
        attributePrompt: { row, column in "\(quote(row))的\(quote(column))是什麼？" },
        usedForPrompt: { row in "\(quote(row))用來做什麼？" },
        whatToUsePrompt: { row in "\(quote(row))時該用什麼？" },
        subjectPrompt: { row, column in "\(column)\(gap(after: column))在\(quote(row))這一項是什麼？" },
        // Asked of the subjects, not of the table: "「X」這一項，哪一個是「Y」" read as a cell lookup, and
        // "哪一個的「X」是「Y」" made a situation row (「傳統的 CRUD 應用」) into something a subject owns.
        whichColumnPrompt: { row, value, choices in
            "就\(quote(row))而言，哪一個符合\(quote(value))：\(list(choices))？"
        },
        ownerPrompt: { aspect, value, choices in
            let before = aspect.first.map { $0.isASCII && !$0.isWhitespace } == true ? " " : ""
            return "哪一個的\(before)\(aspect)\(gap(after: aspect))\(owned(value, after: aspect))：\(list(choices))？"
        },
        verdictPrompt: { situation, choices in "\(quote(situation))該選哪一個：\(list(choices))？" },
        constantColumnPrompt: { header, value, choices in
            "哪一欄在每個\(rows(header))都是\(quote(value))：\(list(choices))？"
        },
        constantColumnRecallPrompt: { header, column in "每個\(rows(header))的\(quote(column))一欄都寫什麼？" },
        constantColumnStatement: { header, column, value in "每個\(rows(header))的\(quote(column))一欄都是\(quote(value))。" },
        definitionStatement: { row, value in "\(quote(row))的意思是\(quote(value))。" },
        subjectStatement: { row, column, value in "\(column)\(gap(after: column))的\(quote(row))是\(quote(value))。" },
        attributeStatement: { row, column, value in "\(quote(row))的\(quote(column))一欄寫的是\(quote(value))。" },

        topicPrompt: { topic in "請說明：\(topic)" },

        claimRecallPrompt: { claim in "這個說法照字面看對嗎？說出它錯在哪裡，或在什麼情況下才成立：\(claim)" },
        verdictLabel: "判斷",
        verdictOption: { verdict in
            switch verdict {
            case .true: "對"
            case .false: "錯"
            case .misleading: "誤導"
            case .depends: "視情況"
            }
        },
        reasonLabel: "理由",

        correctHeadline: "✔ 答對了",
        typoHeadline: "✔ 接受（有小錯字）",
        extraWordsHeadline: { words in "✔ 接受（多了字詞\(words.isEmpty ? "" : "：" + words.joined(separator: "、"))）" },
        acceptedAsLabel: "視為",
        hardReason: { reason in
            switch reason {
            case .slow(let elapsed, let limit): "作答較慢：\(seconds(elapsed)) 秒，本題 \(seconds(limit)) 秒內算正常"
            case .hint: "看過提示"
            }
        },
        undoneLine: { number in "↶ 已撤回第 \(number) 題的作答，請重新回答。" },
        nothingToUndo: "還沒有可以撤回的作答。",
        wrongHeadline: "✘ 答錯了",
        answerLabel: "答案",
        optionNote: { option, note in "· \(option)：\(quote(note))" },
        truthValue: { value in value ? "對" : "錯（如此陳述不成立）" },
        selfGradedLabel: "自評",
        ratingName: { rating in
            switch rating {
            case .again: "再來"
            case .hard: "困難"
            case .good: "良好"
            case .easy: "簡單"
            }
        },
        checkLabel: "動手驗證"
    )
}

private func quote(_ text: String) -> String { "「\(QuizPhrases.unstopped(text))」" }

/// What the rows are, after "每個": the first header, or plain rows.
/// "WSGI、ASGI 還是 Async addition": a space sets a Latin word apart from the Chinese beside it.
private func list(_ choices: [String]) -> String {
    let head = choices.dropLast().joined(separator: "、")
    guard let last = choices.last, !head.isEmpty else { return choices.last ?? "" }
    return head + (head.last?.isASCII == true ? " " : "") + "還是" + (last.first?.isASCII == true ? " " : "") + last
}

private func rows(_ header: String) -> String { header.isEmpty ? "列" : quote(header) }

/// "WSGI 與 ASGI", "「髒讀」、「幻讀」與「做法」": a space sets a Latin word apart from the Chinese beside it.
private func both(_ items: [String]) -> String {
    let head = items.dropLast().joined(separator: "、")
    guard let last = items.last, !head.isEmpty else { return items.last ?? "" }
    return head + (head.last?.isASCII == true ? " " : "") + "與" + (last.first?.isASCII == true ? " " : "") + last
}

/// A value that is a predicate joins its aspect as Chinese says it (「哪一個的效能受 worker 數量限制」, 「哪一個的速度較慢」);
/// 「是「受 worker 數量限制」」 read as a table cell. A noun, a quotation or a punctuated value keeps 是 and quotes.
/// An aspect ending in the value's first word (「事務支援」, 「支援 ACID」) would stutter: that value keeps 是 and quotes.
private func owned(_ value: String, after aspect: String) -> String {
    let text = QuizPhrases.unstopped(value)
    // A "的" before the last word makes a noun of it ("可重播的日誌"), however it opens: it is what the aspect is.
    guard text.count <= 24, !text.contains(where: { "，,；;：:。「」“”".contains($0) }), !text.dropLast().contains("的"),
          let opening = predicateOpenings.first(where: text.hasPrefix), !aspect.hasSuffix(opening)
    else { return "是" + quote(value) }
    return text
}

private let predicateOpenings = [
    "受", "較", "更", "只", "僅", "仅", "不", "沒", "没", "無法", "无法", "可以", "可", "能", "會", "会", "需要", "需", "很", "最",
    "由", "支援", "支持", "依賴", "依赖", "取決", "取决", "高", "低", "快", "慢", "多", "少",
]

/// A space sets a Latin word apart from the Chinese after it ("ASGI 在"), as Taiwanese typesetting does.
private func gap(after text: String) -> String {
    text.last.map { $0.isASCII && !$0.isWhitespace } == true ? " " : ""
}

/// A first column's name said in a sentence: a plain noun as a word ("哪個伺服器", "哪個 server"), anything else
/// quoted; the space after a Latin word is the caller's, since a full-width mark may follow it.
private func headerWord(_ header: String) -> String {
    guard !header.isEmpty else { return "" }
    return QuizLanguage.readsAsPlainNoun(header) ? gap(before: header) + header : quote(header)
}

/// Text that uses a character only Simplified Chinese writes (存储, 访问, 生命周期): a common few hundred suffice,
/// since a phrase in that script almost always holds one of them.
private func writtenInSimplifiedScript(_ text: String) -> Bool {
    text.unicodeScalars.contains { simplifiedOnly.contains($0) }
}

private let simplifiedOnly = Set((
    "们这个为储问题时间关发数据对应实现设计说语读写长门见觉观车东与从会过还进远连选择钟错键级纪约红统结给绝线练组细终经总网络页颜风飞"
        + "马鱼鸟龙齐亿优传伤价侧备复头务动势区协单历压县参变号员响国图园场坏块声处够夺奋妇学宁宝宽导将尔尽层岁币师带广库开异弃张弯录径态恼"
        + "悬惊战护报拟挂损换击无旧显术机杂权条极构标样档检欢毕气汉没测浏览灯点热爱环产电画疗监盖确种积称稳竞笔简类紧续维缓编缩罗职联肤胜脑"
        + "药获虽补装规视认让论识证评试话详请调负责败货质费资赛转软载较输边达运递释针钱铁银链锁阅队阶际难须顺预领频饭驱验访删启执"
    ).unicodeScalars)

/// The same before it ("在 WSGI").
private func gap(before text: String) -> String {
    text.first.map { $0.isASCII && !$0.isWhitespace } == true ? " " : ""
}
