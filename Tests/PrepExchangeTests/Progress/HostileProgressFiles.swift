import Foundation

/// Hand-made progress files of the kinds an attacker or a broken tool writes, each with the field the
/// refusal must name (nil where only the kind of error matters). Built from one small valid file.
enum HostileProgressFiles {
    static let valid = """
        {"format": "prep-progress", "version": 1, "exported_at": "2026-06-01T00:00:00.000Z",
         "scheduler": {"algorithm": "FSRS-6", "parameters": [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
            0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
            "desired_retention": 0.9, "learning_steps_seconds": [60, 600], "relearning_steps_seconds": [600],
            "maximum_interval_days": 36500, "new_cards_per_day": 20, "reviews_per_day": 200},
         "cards": [{"key": "django/asgi/a", "archived": false}],
         "reviews": [{"id": "r-1", "card_key": "django/asgi/a", "rating": 3,
            "reviewed_at": "2026-05-30T00:00:00.000Z", "duration_ms": 1500, "mode": "review"}],
         "quiz_sessions": [], "check_runs": []}
        """

    /// (name, file text, field the error must name)
    static let cases: [(String, String, String?)] = [
        ("a 20-digit duration", replacing(#""duration_ms": 1500"#, #""duration_ms": 99999999999999999999"#), "reviews[0].duration_ms"),
        ("a rating of 1e300", replacing(#""rating": 3"#, #""rating": 1e300"#), "reviews[0].rating"),
        ("a fractional rating", replacing(#""rating": 3"#, #""rating": 2.5"#), "reviews[0].rating"),
        ("a retention of 1e400", replacing(#""desired_retention": 0.9"#, #""desired_retention": 1e400"#), "scheduler.desired_retention"),
        ("NaN", replacing(#""duration_ms": 1500"#, #""duration_ms": NaN"#), nil),
        ("Infinity", replacing(#""duration_ms": 1500"#, #""duration_ms": -Infinity"#), nil),
        ("a duplicate key", replacing(#""rating": 3"#, #""rating": 3, "rating": 1"#), "reviews[0].rating"),
        ("a duplicate key spelt with an escape", replacing(#""rating": 3"#, #""rating": 3, "r\u0061ting": 1"#), "reviews[0].rating"),
        ("a rating as a string", replacing(#""rating": 3"#, #""rating": "3""#), "reviews[0].rating"),
        ("quiz sessions as an object", replacing(#""quiz_sessions": []"#, #""quiz_sessions": {}"#), "quiz_sessions"),
        ("null rating", replacing(#""rating": 3"#, #""rating": null"#), "reviews[0].rating"),
        ("deep nesting", replacing(#""check_runs": []"#, #""check_runs": []"# + #", "x": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)), nil),
        ("a 2 MB string", replacing(#""mode": "review""#, #""mode": ""# + String(repeating: "x", count: 2 << 20) + "\""), "reviews[0].mode"),
        ("a 1 kB mode", replacing(#""mode": "review""#, #""mode": ""# + String(repeating: "x", count: 1000) + "\""), "reviews[0].mode"),
        ("a control byte in a string", replacing(#""mode": "review""#, "\"mode\": \"re\u{01}view\""), nil),
        ("trailing garbage", valid + "]", nil),
        ("a lone value", "1e999999", nil),
    ]

    static func replacing(_ target: String, _ replacement: String) -> String {
        precondition(valid.contains(target), "fixture target missing: \(target)")
        return valid.replacingOccurrences(of: target, with: replacement)
    }
}
