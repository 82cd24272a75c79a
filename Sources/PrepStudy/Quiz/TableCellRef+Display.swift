import PrepContent

extension CellMark {
    var symbol: String {
        switch self {
        case .yes: "✅"
        case .no: "❌"
        case .partial: "🟡"
        }
    }
}

extension TableCellRef {
    /// The cell as the table shows it: its mark, then its text ("✅ 支持 WebSocket, SSE").
    var displayValue: String {
        let text = value.trimmingPrefix(while: { $0.isWhitespace })
        guard let mark else { return String(text) }
        // The parser may or may not have kept the mark in `value`; show it once either way.
        let startsWithMark = text.first?.unicodeScalars.first == mark.symbol.unicodeScalars.first
        let rest = startsWithMark ? text.dropFirst().trimmingPrefix(while: { $0.isWhitespace }) : text
        return rest.isEmpty ? mark.symbol : "\(mark.symbol) \(rest)"
    }
}
