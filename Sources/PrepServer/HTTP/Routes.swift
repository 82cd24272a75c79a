import Glibc

/// Exact-path routing; checks register their own handlers per scenario.
package struct Routes<Handler: Sendable>: Sendable {
    /// A list, not a dictionary: a server has a handful of routes, and comparing a path's length, then its
    /// bytes, with each costs a fraction of hashing the path (callgrind: ~400 instructions a request).
    private var routes: [(path: [UInt8], handler: Handler)] = []

    package init() {}

    package mutating func add(_ path: String, _ handler: Handler) {
        let bytes = Array(path.utf8)
        if let index = routes.firstIndex(where: { $0.path == bytes }) {
            routes[index].handler = handler
        } else {
            routes.append((bytes, handler))
        }
    }

    package func handler(for path: Substring) -> Handler? {
        var path = path
        return path.withUTF8 { bytes in
            for index in routes.indices where routes[index].path.count == bytes.count {
                let same = bytes.isEmpty || routes[index].path.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
                if same { return routes[index].handler }
            }
            return nil
        }
    }
}
