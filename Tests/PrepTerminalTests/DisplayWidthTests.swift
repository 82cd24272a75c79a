import Testing

@testable import PrepTerminal

struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("", 0), ("中文", 4), ("ひらがな", 8), ("カタカナ", 8), ("한국어", 6), ("ＡＢ", 4),
        ("。、「」", 8), ("✅❌🟡⭐", 8), ("e\u{301}", 1), ("👩‍💻", 2), ("❤️", 2), ("\u{200B}", 0),
        ("WSGI 與 ASGI", 12), ("é", 1), ("…─█", 3), ("\u{1B}[1mbold\u{1B}[0m", 4), ("한", 2),
        ("\u{1100}\u{1161}", 2), ("🇹🇼", 2),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func aColouredOptionWrapsUnderItsText() {
        let plain = DisplayWidth.wrap("d) one two three four five", width: 14)
        let coloured = DisplayWidth.wrap("\u{1B}[36md)\u{1B}[0m one two three four five", width: 14)
        #expect(plain == ["d) one two", "   three four", "   five"])
        #expect(coloured.dropFirst() == plain.dropFirst())
        #expect(coloured.first == "\u{1B}[36md)\u{1B}[0m one two")
    }

    @Test func padByDisplayWidth() {
        #expect(DisplayWidth.pad("中文", to: 6) == "中文  ")
        #expect(DisplayWidth.pad("中文", to: 6, alignment: .right) == "  中文")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("中文字", to: 4) == "中文字")
        #expect(DisplayWidth.pad("\u{1B}[1m中\u{1B}[0m", to: 3) == "\u{1B}[1m中\u{1B}[0m ")
    }

    @Test func truncateWithEllipsis() {
        #expect(DisplayWidth.truncate("hello world", to: 8) == "hello w…")
        #expect(DisplayWidth.truncate("hello", to: 5) == "hello")
        // A wide character that would straddle the limit is left out rather than split.
        #expect(DisplayWidth.truncate("中文字幕", to: 6) == "中文…")
        #expect(DisplayWidth.truncate("中文字幕", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("✅ done", to: 4) == "✅ …")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
    }

    @Test func wrapLatinAtSpaces() {
        #expect(
            DisplayWidth.wrap("the quick brown fox jumps over the lazy dog", width: 10)
                == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func wrapCutsWordsLongerThanTheLine() {
        #expect(DisplayWidth.wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test func wrapChineseBetweenCharactersKeepingPunctuationAttached() {
        let lines = DisplayWidth.wrap("非同步伺服器使用事件迴圈。每個連線", width: 12)
        #expect(lines == ["非同步伺服器", "使用事件迴", "圈。每個連線"])
        for line in lines { #expect(DisplayWidth.of(line) <= 12) }
    }

    @Test func wrapMixedChineseEnglishAndEmoji() {
        let text = "✅ ASGI 支援 WebSocket 與長連線，WSGI 不支援。"
        let lines = DisplayWidth.wrap(text, width: 14)
        #expect(lines == ["✅ ASGI 支援", "WebSocket 與長", "連線，WSGI 不", "支援。"])
        for line in lines { #expect(DisplayWidth.of(line) <= 14) }
    }

    @Test func wrapOpeningQuoteStaysWithWhatFollows() {
        // "他說「" would fit in 6 columns, but an opening quote must not end a line.
        #expect(DisplayWidth.wrap("他說「同步」", width: 6) == ["他說", "「同", "步」"])
    }

    @Test func wrapNeverSplitsAGrapheme() {
        let lines = DisplayWidth.wrap("👩‍💻👩‍💻👩‍💻", width: 4)
        #expect(lines == ["👩‍💻👩‍💻", "👩‍💻"])
        #expect(DisplayWidth.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func wrapKeepsAnOptionWithItsValue() {
        #expect(DisplayWidth.wrap("還有新卡片；加上 --new 20 就能出滿", width: 22) == ["還有新卡片；加上", "--new 20 就能出滿"])
        #expect(DisplayWidth.wrap("then add --new 20 to fill it", width: 14) == ["then add", "--new 20 to", "fill it"])
    }

    @Test func wrapKeepsNewlinesAndEmptyParagraphs() {
        #expect(DisplayWidth.wrap("a b\n\nc", width: 10) == ["a b", "", "c"])
        #expect(DisplayWidth.wrap("", width: 10) == [""])
    }
}

@Suite struct TabExpansionTests {
    @Test func tabsIndentAsFourSpaces() {
        #expect(DisplayWidth.wrap("Answer:\n\tfirst point\n\t\tdetail", width: 40) == ["Answer:", "    first point", "        detail"])
    }
}
