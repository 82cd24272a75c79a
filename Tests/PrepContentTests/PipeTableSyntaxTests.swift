import Testing

@testable import PrepContent

/// A table row's cells: split at its pipe bytes when nothing is escaped, read character by character otherwise.
@Suite struct PipeTableSyntaxTests {
    @Test func splitsAtPipesAndTrims() {
        #expect(PipeTableSyntax.cells("| Aspect | WSGI |  ASGI |") == ["Aspect", "WSGI", "ASGI"])
        #expect(PipeTableSyntax.cells("|a||b|") == ["a", "", "b"])
        #expect(PipeTableSyntax.cells("| 面向 | 同步 ✅ |") == ["面向", "同步 ✅"])
    }

    @Test func anEscapedPipeStaysInItsCell() {
        #expect(PipeTableSyntax.cells(#"| a \| b | c \d |"#) == ["a | b", #"c \d"#])
    }

    @Test func aPipeCarryingAnAccentIsNoColumnBreak() {
        #expect(PipeTableSyntax.cells("| a |\u{301} b | c |") == ["a |\u{301} b", "c"])
    }
}
