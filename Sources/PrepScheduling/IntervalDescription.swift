import Foundation

/// A time span as compactly as Anki shows it beside the grade buttons: "45s", "5.5m", "10m", "3d", "2.1mo", "1.2y".
///
/// One decimal below 10 of a unit (dropped when it is .0), whole numbers from 10 up. A month is 30 days and a
/// year 365, as in Anki.
package func intervalDescription(_ seconds: TimeInterval) -> String {
    let units: [(symbol: String, length: TimeInterval)] = [
        ("y", 365 * 86400), ("mo", 30 * 86400), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1),
    ]
    let span = max(0, seconds)
    let unit = units.first { span >= $0.length } ?? units[units.count - 1]
    let value = span / unit.length
    let rounded = value < 10 ? (value * 10).rounded() / 10 : value.rounded()
    let number = rounded == rounded.rounded(.down) ? String(Int(rounded)) : String(rounded)
    return number + unit.symbol
}
