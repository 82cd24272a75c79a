import PrepTerminal
import Testing

/// Imported answers carry code and tables: wrapping re-flows their prose and leaves the rest in shape.
@Suite struct WrapBlocksTests {
    @Test func fencedCodeKeepsItsLinesAndIndentation() {
        let text = """
            Call it like this, and note that the prose around the code is wrapped as usual:
            ```python
            def app(environ, start_response):
                start_response("200 OK", [])
                return [b"ok"]
            ```
            Done.
            """
        let lines = DisplayWidth.wrap(text, width: 40)
        #expect(lines == [
            "Call it like this, and note that the",
            "prose around the code is wrapped as",
            "usual:",
            "```python",
            "def app(environ, start_response):",
            "    start_response(\"200 OK\", [])",
            "    return [b\"ok\"]",
            "```",
            "Done.",
        ])
    }

    @Test func aCodeLineWiderThanTheLineIsCutNotReflowed() {
        let code = "    x = compute(alpha, beta, gamma, delta)"
        let lines = DisplayWidth.wrap("~~~\n\(code)\n~~~", width: 20)
        #expect(lines == ["~~~", "    x = compute(alph", "a, beta, gamma, delt", "a)", "~~~"])
        #expect(lines.dropFirst().dropLast().joined() == code, "nothing added or lost")
    }

    @Test func anUnclosedFenceKeepsTheRestAsCode() {
        #expect(DisplayWidth.wrap("```\na  b\n  c d e f", width: 3) == ["```", "a  ", "b", "  c", " d ", "e f"])
    }

    @Test func indentedCodeAfterABlankLineIsCodeButAParagraphsIndentedLineIsNot() {
        let text = "Run:\n\n    gunicorn app:wsgi --workers 4\n\tsecond line\nafter"
        #expect(DisplayWidth.wrap(text, width: 40) == ["Run:", "", "    gunicorn app:wsgi --workers 4", "    second line", "after"])
        let nested = "Steps:\n\n    - first step of the nested list\n      continues"
        #expect(DisplayWidth.wrap(nested, width: 24)[2...] == ["    - first step of the", "      nested list", "      continues"])
    }

    @Test func aPipeTableIsLinedUpWhenItFits() {
        let text = "Servers:\n| Server | Model |\n|---|:---|\n| Gunicorn | pre-fork |\n| 伺服器 | 事件迴圈 |"
        #expect(DisplayWidth.wrap(text, width: 40) == [
            "Servers:",
            "Server    Model",
            "────────  ────────",
            "Gunicorn  pre-fork",
            "伺服器    事件迴圈",
        ])
        let narrow = DisplayWidth.wrap(text, width: 12)
        #expect(narrow[1] == "| Server | M", "too wide to line up: kept as written, cut at the edge")
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 12 })
    }

    @Test func aPipeLineWithoutARuleIsProse() {
        #expect(DisplayWidth.wrap("| not a table\n| at all", width: 8) == ["| not a", "table", "| at all"])
    }
}
