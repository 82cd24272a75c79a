import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, sixth blind audit: which-ones worded as an examiner asks them, choice questions whose description
/// shares a word with the key alone, tables of bare marks, and cell lookups typed. Fixtures are written for these tests.
struct QuizExaminerWordingTests {
    typealias Q = QuizFixtures

    private func questions(_ card: QuizCard, pool: [QuizCard]) -> [QuizQuestion] {
        (0..<20).map { QuizGenerator().questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    private func whichOnePrompts(_ table: [QuizCard], row: String, column: String) -> Set<String> {
        let card = table.first { $0.cell?.rowLabel == row && $0.cell?.column == column }!
        return Set(questions(card, pool: table).compactMap { question -> String? in
            if case .whichOne(let prompt, _, _) = question.kind { return prompt }
            return nil
        })
    }

    /// "Whose memory is “Private to each”: Threads or Processes?", not "In “…”, for “Memory”, which one matches …";
    /// a caption restating the subjects or saying "differences" is left out, one adding context is kept.
    @Test func aWhichOneAsksWhoseAspectItIs() {
        let rows = [["Memory", "Shared by all", "Private to each"], ["Crash isolation", "Takes the process down", "Stays contained"]]
        for title in ["Threads vs Processes: key differences", "Threads or Processes", ""] {
            let table = Q.table("tp", title: title, columns: ["Aspect", "Threads", "Processes"], rows: rows)
            #expect(whichOnePrompts(table, row: "Memory", column: "Processes") == ["Whose memory is “Private to each”: Threads or Processes?"])
        }
        let inContext = Q.table("tp", title: "Under CPython", columns: ["Aspect", "Threads", "Processes"], rows: rows)
        #expect(whichOnePrompts(inContext, row: "Memory", column: "Processes") == ["In “Under CPython”, whose memory is “Private to each”: Threads or Processes?"])
        let zhRows = [["記憶體", "全部共用", "各自獨立"], ["崩潰隔離", "整個行程一起倒", "只影響自己"]]
        for title in ["核心差異", "執行緒 還是 行程", "執行緒與行程"] {
            let zh = Q.table("tp", title: title, columns: ["面向", "執行緒", "行程"], rows: zhRows, lang: "zh-Hant")
            #expect(whichOnePrompts(zh, row: "記憶體", column: "行程") == ["哪一個的記憶體是「各自獨立」：執行緒還是行程？"])
        }
    }

    /// A situation is nothing a subject owns: it keeps "when it comes to".
    @Test func aSituationRowIsNotAskedAsOwned() {
        #expect(!QuizLanguage.namesAnAspect("A classic CRUD app"))
        #expect(!QuizLanguage.namesAnAspect("傳統的 CRUD 應用"))
        #expect(QuizLanguage.namesAnAspect("Execution model"))
        #expect(QuizLanguage.namesAnAspect("效能"))
    }
}
