/// Where an ``InputReader`` gets its bytes: a file descriptor in the tool, scripted chunks in tests.
package protocol ByteSource: AnyObject {
    /// The next available bytes, waiting at most `timeout` (forever when `nil`).
    ///
    /// Returns `nil` at end of input and an empty array when the timeout passed with nothing to read.
    func read(timeout: Duration?) -> [UInt8]?
}
