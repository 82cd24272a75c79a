import Foundation
import PrepScheduling
import PrepStore

/// Days in a row with a finished quiz, counted in study days (which start at 4 am, not midnight).
package enum QuizStreak {
    /// The run of study days ending today when today's quiz is finished, else ending yesterday (the
    /// streak is still alive until today is over); 0 when neither day has one. A session counts when it
    /// finished with at least one answer.
    package static func days(sessions: [StoredQuizSession], now: Date, calendar: Calendar) -> Int {
        let studiedDays = Set(sessions.compactMap { session -> Date? in
            guard let finished = session.finishedAt, session.answeredCount > 0 else { return nil }
            return StudyDay(containing: finished, calendar: calendar).start
        })
        var day = StudyDay(containing: now, calendar: calendar)
        if !studiedDays.contains(day.start) {
            day = previous(day, calendar: calendar)
        }
        var streak = 0
        while studiedDays.contains(day.start) {
            streak += 1
            day = previous(day, calendar: calendar)
        }
        return streak
    }

    /// Steps back through the calendar rather than by 24 hours, so days of 23 or 25 hours (DST) count once.
    private static func previous(_ day: StudyDay, calendar: Calendar) -> StudyDay {
        StudyDay(containing: day.start.addingTimeInterval(-1), calendar: calendar)
    }
}
