extension String {
    /// The line without trailing spaces, so padded chart rows do not end in invisible columns.
    func droppingTrailingSpaces() -> String {
        var line = self
        while line.last == " " { line.removeLast() }
        return line
    }
}
