/// File paths worked out as text, as `URL.standardizedFileURL` does (no link is followed, nothing is asked of
/// the disk): a launch resolves its folders several times before the first screen, and Foundation's URLs cost a
/// sixth of `prep config`'s instructions.
package enum LexicalPath {
    /// `path` made absolute against `base` (itself absolute), with `.`, `..` and repeated slashes worked out.
    package static func absolute(_ path: String, from base: String) -> String {
        normalized(path.hasPrefix("/") ? path : base + "/" + path)
    }

    /// `name` (which may hold several components, or `..`) below `folder`, normalized.
    package static func join(_ folder: String, _ name: String) -> String {
        normalized(folder + "/" + name)
    }

    /// The folder holding `path`: `/a/b` → `/a`, `/a` → `/`, `/` → `/`, `name` → ``.
    package static func parent(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// An absolute path without `.` components, repeated or trailing slashes, and with each `..` taking away
    /// the component before it (at the root it stays at the root). Worked on bytes: splitting into substrings
    /// instantiated generic metadata that cost more than the rest of resolving a launch's folders.
    package static func normalized(_ path: String) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var output: [UInt8] = [slash]
        var starts: [Int] = []
        var path = path
        path.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count, bytes[index] == slash { index += 1 }
                let start = index
                while index < bytes.count, bytes[index] != slash { index += 1 }
                let length = index - start
                if length == 0 || (length == 1 && bytes[start] == dot) { continue }
                if length == 2, bytes[start] == dot, bytes[start + 1] == dot {
                    if let last = starts.popLast() { output.removeSubrange(max(1, last - 1)...) }
                    continue
                }
                if output.count > 1 { output.append(slash) }
                starts.append(output.count)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
