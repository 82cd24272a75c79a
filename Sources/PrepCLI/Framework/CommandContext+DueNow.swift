import Foundation
import PrepCore
import PrepStore
import PrepStudy

extension CommandContext {
    /// What is due now by the learner's settings and calendar: the one count list, review, quiz and stats give.
    func dueNow(store: Store, topic: String?, language: Language) throws -> DueNow {
        try DueNow.load(
            store: store, topic: topic, language: language, now: now(), calendar: studyCalendar,
            settings: settings, scheduler: scheduler
        )
    }
}

extension ManagePhrases {
    func dueNowLine(_ due: DueNow) -> String {
        dueNow(due.keys.count, due.buried, due.buriedSiblings, due.overLimit)
    }
}
