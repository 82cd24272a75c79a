import Foundation

extension ProgressDocument {
    /// Reads a progress file, checking its format and version before the rest so that a file of another
    /// kind is named as such rather than as a list of missing fields.
    package static func decode(_ data: Data) throws(ProgressFileError) -> ProgressDocument {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .ankiExport(package: true) }
        if data.starts(with: Data("#separator:".utf8)) { throw .ankiExport(package: false) }
        let unexpectedFraction = try ProgressJSONScan.check(data, fractionalKeys: fractionalKeys)
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw .wrongFormat(nil)
        } catch let error as DecodingError {
            throw mapped(error, unexpectedFraction)
        } catch {
            throw .invalidJSON("\(error)")
        }
        guard header.format == formatName else { throw .wrongFormat(header.format) }
        guard let version = header.version else { throw .missingField("version") }
        guard version <= currentVersion else { throw .newerVersion(version) }
        guard version >= 1 else { throw .invalidValue(field: "version", reason: .notAVersion(version)) }
        do {
            return try decoder.decode(ProgressDocument.self, from: data)
        } catch let error as DecodingError {
            throw mapped(error, unexpectedFraction)
        } catch {
            throw .invalidJSON("\(error)")
        }
    }

    /// The keys whose values may have a fraction; every other number is a whole one.
    private static let fractionalKeys: Set<String> = [
        SchedulerSettings.CodingKeys.parameters.stringValue, SchedulerSettings.CodingKeys.desiredRetention.stringValue,
        MemoryState.CodingKeys.stability.stringValue, MemoryState.CodingKeys.difficulty.stringValue,
    ]

    private static func mapped(_ error: DecodingError, _ unexpectedFraction: (field: String, text: String)?) -> ProgressFileError {
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(path(context.codingPath + [key]))
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return .invalidValue(field: path(context.codingPath), reason: .expected(jsonType(type)))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // The scan has passed, so the syntax is sound: what remains is a fraction in a whole-number field.
                guard let unexpectedFraction else { return .invalidJSON(context.debugDescription) }
                return .invalidValue(field: unexpectedFraction.field, reason: .notWholeNumber(unexpectedFraction.text))
            }
            return .invalidValue(field: path(context.codingPath), reason: .undecodable(context.debugDescription))
        @unknown default:
            return .invalidJSON("\(error)")
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    private static func jsonType(_ type: Any.Type) -> ValueProblem.JSONType {
        switch type {
        case is String.Type: .string
        case is Int.Type, is Int64.Type: .integer
        case is Double.Type: .number
        case is Bool.Type: .boolean
        default: .other("\(type)")
        }
    }
}
