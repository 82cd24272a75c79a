/// A blocking handler for sync mode: it runs on a worker thread and holds it until it returns.
package typealias BlockingHandler = @Sendable (HTTPRequest) throws -> HTTPResponse
