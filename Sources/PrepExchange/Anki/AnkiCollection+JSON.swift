import Foundation
import PrepScheduling

/// The JSON columns of the schema-11 `col` row, with every key Anki's importer reads.
extension AnkiCollection {
    func configurationJSON() throws -> String {
        try json([
            "nextPos": notes.count + 1, "schedVer": 2, "sched2021": true,
            "curDeck": decks.first?.id ?? 1, "curModel": Notetype.basic.rawValue,
        ])
    }

    func notetypesJSON() throws -> String {
        let seconds = Int64(modified.timeIntervalSince1970)
        func field(_ name: String, _ ord: Int) -> [String: Any] {
            ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20]
        }
        func template(_ question: String, _ answer: String) -> [String: Any] {
            ["name": "Card 1", "ord": 0, "qfmt": question, "afmt": answer, "bqfmt": "", "bafmt": "", "did": NSNull()]
        }
        func notetype(_ kind: Notetype, name: String, fields: [String], template: [String: Any]) -> [String: Any] {
            [
                "id": kind.rawValue, "name": name, "type": kind == .cloze ? 1 : 0, "mod": seconds, "usn": -1,
                "sortf": 0, "did": decks.first?.id ?? 1, "flds": fields.enumerated().map { field($1, $0) },
                "tmpls": [template], "css": ".card{font-family:sans-serif}", "latexPre": "", "latexPost": "",
                "req": [[0, "any", [0]]],
            ]
        }
        return try json([
            String(Notetype.basic.rawValue): notetype(
                .basic, name: "prep Basic", fields: ["Front", "Back"],
                template: template("{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}")),
            String(Notetype.cloze.rawValue): notetype(
                .cloze, name: "prep Cloze", fields: ["Text", "Back Extra"],
                template: template("{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}")),
        ])
    }

    func decksJSON() throws -> String {
        let seconds = Int64(modified.timeIntervalSince1970)
        func deck(_ id: Int64, _ name: String, preset: Int64) -> [String: Any] {
            [
                "id": id, "name": name, "mod": seconds, "usn": -1, "dyn": 0, "conf": preset, "desc": "",
                "collapsed": false, "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0],
                "timeToday": [0, 0], "extendNew": 0, "extendRev": 0,
            ]
        }
        var all: [String: Any] = ["1": deck(1, "Default", preset: 1)]
        for (id, name) in decks {
            all[String(id)] = deck(id, name, preset: Self.presetID)
        }
        return try json(all)
    }

    /// prep's FSRS-6 weights and desired retention; steps in minutes, as Anki counts them.
    func presetsJSON() throws -> String {
        try json([
            String(Self.presetID): [
                "id": Self.presetID, "name": "prep FSRS-6", "mod": 0, "usn": -1, "dyn": false,
                "new": [
                    "delays": parameters.learningSteps.map { $0 / 60 }, "perDay": limits.newCards, "ints": [1, 4, 0],
                    "initialFactor": 2500, "order": 1, "bury": false,
                ],
                "rev": ["perDay": limits.reviews, "maxIvl": parameters.maximumInterval, "ease4": 1.3, "hardFactor": 1.2, "bury": false],
                "lapse": [
                    "delays": parameters.relearningSteps.map { $0 / 60 }, "mult": 0.0, "minInt": 1, "leechFails": 8,
                    "leechAction": 1,
                ],
                "maxTaken": 60, "timer": 0, "autoplay": true, "replayq": true,
                "fsrsParams6": parameters.weights, "desiredRetention": parameters.desiredRetention,
            ] as [String: Any]
        ])
    }

    private func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
