import Foundation
import PrepStore
import PrepStudy

extension CommandContext {
    /// What is due now by the learner's settings and calendar: the one count list, review, quiz and stats give.
    func dueNow(store: Store, topic: String?, lang: String) throws -> DueNow {
        try DueNow.load(
            store: store, topic: topic, lang: lang, now: now(), calendar: studyCalendar,
            settings: settings, scheduler: scheduler
        )
    }
}

extension ManagePhrases {
    func dueNowLine(_ due: DueNow) -> String {
        dueNow(due.keys.count, due.buried, due.buriedSiblings, due.overLimit)
    }
}
