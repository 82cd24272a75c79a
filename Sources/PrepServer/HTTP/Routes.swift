/// Exact-path routing; checks register their own handlers per scenario.
package struct Routes<Handler: Sendable>: Sendable {
    private var handlers: [Substring: Handler] = [:]

    package init() {}

    package mutating func add(_ path: String, _ handler: Handler) {
        handlers[path[...]] = handler
    }

    package func handler(for path: Substring) -> Handler? { handlers[path] }
}
