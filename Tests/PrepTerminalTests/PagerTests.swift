import PrepTerminal
import Testing

/// A screen taller than the terminal is shown a window at a time, the hints always on the last line.
@Suite struct PagerTests {
    static let body = (1...30).map { "line \($0)" }

    func screen(_ pager: inout Pager, height: Int) -> [String] {
        pager.lines(body: Self.body, height: height, footer: "hints", scrollFooter: "scroll hints", marker: { "\($0) below" })
    }

    @Test func aScreenThatFitsIsShownWholeWithItsFooter() {
        var pager = Pager()
        pager.top = 5
        let lines = pager.lines(body: ["a", "b"], height: 3, footer: "hints", scrollFooter: "x", marker: { "\($0)" })
        #expect(lines == ["a", "b", "hints"])
        #expect(pager.top == 0, "a screen that fits has nothing to scroll")
        #expect(Pager.fits(10, height: 10) && !Pager.fits(11, height: 10))
    }

    @Test func aTallScreenShowsAWindowAMarkerAndTheHintsLast() {
        var pager = Pager()
        let lines = screen(&pager, height: 10)
        #expect(lines.count == 10)
        #expect(Array(lines.prefix(8)) == Array(Self.body.prefix(8)))
        #expect(lines[8] == "22 below")
        #expect(lines[9] == "scroll hints")
    }

    @Test func keysMoveTheWindowAndItStaysInRange() {
        var pager = Pager()
        var moved = [pager.move(for: .down, height: 10), pager.move(for: .char("j"), height: 10)]
        #expect(screen(&pager, height: 10).first == "line 3")
        moved.append(pager.move(for: .char("k"), height: 10))
        #expect(screen(&pager, height: 10).first == "line 2")
        moved.append(pager.move(for: .pageDown, height: 10))
        #expect(screen(&pager, height: 10).first == "line 6", "a page is the height less a few lines of overlap")
        #expect(moved == [true, true, true, true])
        for _ in 0..<10 { _ = pager.move(for: .pageDown, height: 10) }
        let end = screen(&pager, height: 10)
        #expect(end[7] == "line 30" && end[8] == "", "at the end nothing is below")
        #expect(pager.top == 22)
        for _ in 0..<10 { _ = pager.move(for: .pageUp, height: 10) }
        #expect(screen(&pager, height: 10).first == "line 1")
        let others = [pager.move(for: .char("3"), height: 10), pager.move(for: .enter, height: 10)]
        #expect(others == [false, false], "other keys are the caller's")
        #expect(screen(&pager, height: 10).first == "line 1")
    }

    @Test func showEndBringsTheLastLineIntoView() {
        var pager = Pager()
        pager.showEnd()
        let lines = screen(&pager, height: 12)
        #expect(lines[9] == "line 30")
        #expect(lines.last == "scroll hints")
    }

    @Test func aResizeKeepsTheWindowInsideTheBody() {
        var pager = Pager()
        pager.showEnd()
        _ = screen(&pager, height: 6)
        let taller = screen(&pager, height: 25)
        #expect(taller.count == 25 && taller[22] == "line 30", "a taller terminal shows more, still ending at the body's end")
    }
}
