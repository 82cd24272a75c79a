/// Hard limits on what a client may send; each maps to the status the parser answers with.
package struct HTTPLimits: Sendable {
    /// Longer request line → 414.
    package var maxRequestLineBytes = 8 * 1024
    /// A longer head (request line plus headers) → 431.
    package var maxHeaderBytes = 16 * 1024
    /// More header fields → 431.
    package var maxHeaderCount = 100
    /// A larger body, declared or chunked → 413.
    package var maxBodyBytes = 1024 * 1024

    package init() {}
}
