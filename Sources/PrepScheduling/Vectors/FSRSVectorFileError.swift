import Foundation

/// Why a vector file cannot be replayed: which field, in which case.
package struct FSRSVectorFileError: Error, Sendable {
    /// JSON path of the offending field, e.g. `cases[3].reviews[2].rating`; empty for the whole file.
    package var path: String
    /// The `id` of the case the field belongs to, when it has one.
    package var caseID: String?
    package var problem: Problem

    /// What is wrong with the field, as data, so a screen can word it in its own language.
    package enum Problem: Sendable {
        /// The file is not JSON at all; `detail` is Foundation's reason, when it gives one.
        case notJSON(detail: String?)
        case wrongType(detail: String)
        case missingValue(type: String)
        case missingField
        /// A value of the right type that cannot be read, such as a rating of 5 or a 30 February.
        case invalidValue(detail: String)
        case unsupportedVersion(Int)
        case caseCountMismatch(declared: Int, held: Int)
        case invalidParameters(SchedulerParametersError)
        case unreadable(detail: String)
    }

    /// Turns a decoder error into one naming the field and case, looking the case id up in the raw JSON.
    init(_ error: DecodingError, in data: Data) {
        let problem: Problem
        var codingPath: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context):
            problem = .wrongType(detail: context.debugDescription)
            codingPath = context.codingPath
        case .valueNotFound(let type, let context):
            problem = .missingValue(type: "\(type)")
            codingPath = context.codingPath
        case .keyNotFound(let key, let context):
            problem = .missingField
            codingPath = context.codingPath + [key]
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.localizedDescription
            problem = context.codingPath.isEmpty
                ? .notJSON(detail: underlying) : .invalidValue(detail: context.debugDescription)
            codingPath = context.codingPath
        @unknown default:
            problem = .unreadable(detail: "\(error)")
            codingPath = []
        }
        path = Self.path(codingPath)
        caseID = Self.caseID(at: codingPath, in: data)
        self.problem = problem
    }

    package init(path: String, caseID: String?, problem: Problem) {
        self.path = path
        self.caseID = caseID
        self.problem = problem
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
