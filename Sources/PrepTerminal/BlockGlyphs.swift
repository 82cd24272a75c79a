/// Unicode block elements for bars with eighth-of-a-cell precision.
enum BlockGlyphs {
    static let full: Character = "█"
    /// Left-aligned partial blocks, index = eighths filled (0 is nothing).
    static let horizontalEighths: [String] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// Bottom-aligned partial blocks, index = eighths filled.
    static let verticalEighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// How many eighths of `cells` cells `value` fills, given `maximum` fills them all. A positive
    /// value never rounds down to nothing, so small counts stay visible.
    static func eighths(of value: Double, maximum: Double, cells: Int) -> Int {
        guard maximum > 0, value > 0 else { return 0 }
        let eighths = Int((min(value, maximum) / maximum * Double(cells * 8)).rounded())
        return max(eighths, 1)
    }

    /// A horizontal bar of `eighths` eighths, padded with spaces to `cells` columns.
    static func horizontalBar(eighths: Int, cells: Int) -> String {
        var bar = String(repeating: full, count: eighths / 8) + horizontalEighths[eighths % 8]
        bar += String(repeating: " ", count: max(cells - DisplayWidth.of(bar), 0))
        return bar
    }
}
