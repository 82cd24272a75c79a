import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, the reading after the ninth: questions over what the learner never sees. A table named only by a
/// section word or an abbreviation is named by what it compares; a question about an exercise's machine or the
/// notes it came from is recalled, never typed or picked, and not asked when its back leans on them too.
/// Fixtures are written for these tests.
struct QuizUnseenSettingTests {
    typealias Q = QuizFixtures

    private func card(_ front: String, _ back: String) -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: .qa, lang: "en", front: front, back: back)
    }

    private func prompt(_ question: QuizQuestion) -> String {
        switch question.kind {
        case .multipleChoice(let prompt, _, _), .whichOne(let prompt, _, _), .recall(let prompt, _, _): prompt
        case .trueFalse(let statement, _, _): statement
        }
    }

    @Test func aSectionWordOrAnAbbreviationIsNoCaption() {
        for caption in ["Comparison", "比較", "对比", "Differences", "TL;DR", "MW", "Q2"] {
            #expect(!QuizLanguage.isLabel(caption), "\(caption)")
        }
        #expect(QuizLanguage.isLabel("Runtime comparison") && QuizLanguage.isLabel("核心差異"))
    }

    /// "In “Comparison”, for Bicycle, …" reads as a lookup; the table is named by the things it compares instead.
    @Test func aTableUnderASectionWordIsNamedByWhatItCompares() {
        let table = Q.table("ride", title: "Comparison", columns: ["", "Tram", "Bicycle"], rows: [
            ["Cost per ride", "Ticket fare", "Nothing"], ["Shelter", "Covered", "Exposed"], ["Range", "Fixed lines", "Any path"],
        ])
        let generator = QuizGenerator(screenLanguage: .en)
        for seed in 0..<20 {
            for question in generator.questions(for: [table[seed % table.count]], pool: table, count: 1, seed: UInt64(seed)) {
                #expect(!prompt(question).contains("Comparison"), "\(prompt(question))")
            }
        }
    }

    @Test func aFrontOnAnUnseenSettingIsRecalledNotTyped() {
        let generator = QuizGenerator(screenLanguage: .en)
        let share = card("Which hidden share on the box exposes the whole system drive?", "C$")
        #expect(generator.asks(share))
        for seed in 0..<5 {
            #expect(generator.questions(for: [share], pool: [], count: 1, seed: UInt64(seed))[0].type == .recallSelfGraded)
        }
        let notes = card("Memoria: definición breve según el apunte?", "Almacenar y recuperar lo aprendido.")
        #expect(generator.questions(for: [notes], pool: [], count: 1, seed: 1)[0].type == .recallSelfGraded)
        let yesNo = card("Is the web port open on the lab machine?", "Yes")
        #expect(generator.questions(for: [yesNo], pool: [], count: 1, seed: 1)[0].type == .recallSelfGraded)
        // "This example" with the example shown under it points at something the learner sees.
        let shown = card("What does this example print?\n\n```js\nconsole.log(1 + 1)\n```", "2")
        #expect(!QuizGenerator.leansOnUnseenSetting(shown.front))
        #expect(QuizGenerator.leansOnUnseenSetting("What does this example print?"))
        #expect(!QuizGenerator.leansOnUnseenSetting("Which answer fits: all of the above?"))
    }

    /// A back that leans on the setting too, or points back at a command above it, does not answer on its own.
    @Test func aBackThatLeansOnTheSettingIsNotAsked() {
        let generator = QuizGenerator(screenLanguage: .en)
        #expect(!generator.asks(card("Which port did the lab machine answer on?", "The one in the scan output above, see the above.")))
        #expect(!generator.asks(card("How do you start a container from it?", "Run the image with the above command.")))
        #expect(generator.asks(card("How do you start a container from an image?", "docker run IMAGE")))
    }
}
