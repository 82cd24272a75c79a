import Foundation

/// Why a vector file cannot be replayed: which field, in which case.
package struct FSRSVectorFileError: Error, Sendable, CustomStringConvertible {
    /// JSON path of the offending field, e.g. `cases[3].reviews[2].rating`; empty for the whole file.
    package var path: String
    /// The `id` of the case the field belongs to, when it has one.
    package var caseID: String?
    package var message: String

    package var description: String {
        var location = path.isEmpty ? "file" : path
        if let caseID {
            location += " (case \(caseID))"
        }
        return "malformed vector file: \(location): \(message)"
    }

    /// Turns a decoder error into one naming the field and case, looking the case id up in the raw JSON.
    init(_ error: DecodingError, in data: Data) {
        let message: String
        var codingPath: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context):
            message = context.debugDescription
            codingPath = context.codingPath
        case .valueNotFound(let type, let context):
            message = "missing \(type) value"
            codingPath = context.codingPath
        case .keyNotFound(let key, let context):
            message = "missing field"
            codingPath = context.codingPath + [key]
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.localizedDescription
            message = context.codingPath.isEmpty
                ? "not valid JSON" + (underlying.map { " (\($0))" } ?? "")
                : context.debugDescription
            codingPath = context.codingPath
        @unknown default:
            message = "\(error)"
            codingPath = []
        }
        path = Self.path(codingPath)
        caseID = Self.caseID(at: codingPath, in: data)
        self.message = message
    }

    init(path: String, caseID: String?, message: String) {
        self.path = path
        self.caseID = caseID
        self.message = message
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce(into: "") { text, key in
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }

    private static func caseID(at codingPath: [any CodingKey], in data: Data) -> String? {
        guard codingPath.count >= 2, codingPath[0].stringValue == "cases", let index = codingPath[1].intValue,
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cases = root["cases"] as? [Any], cases.indices.contains(index),
            let vectorCase = cases[index] as? [String: Any]
        else { return nil }
        return vectorCase["id"] as? String
    }
}
