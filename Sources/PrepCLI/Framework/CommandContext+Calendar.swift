import Foundation

extension CommandContext {
    /// The learner's calendar, which decides where study days begin: the zone named by `TZ` in the
    /// command's environment (so tests and scripts can pin it), else the system's. English names, so
    /// month and weekday labels do not depend on the locale.
    var studyCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = environment["TZ"].flatMap(TimeZone.init(identifier:)) ?? .current
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }
}
