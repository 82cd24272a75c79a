import Testing
@testable import PrepServer

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    /// Every number a demo route reads from the query is bounded: hostile values get a 400 that names the
    /// limit, in both modes, and the server keeps answering (they used to trap and end the process).
    @Suite
    struct RequestBoundsTests {
        static let hostileMilliseconds = ["1e300", "inf", "-inf", "nan", "-5", "99999999999999", "0x10", "1.2.3", "", "%2D1", "60000.5"]

        /// Each route with the parameter text spliced in, and the limit its 400 must name.
        static let routes: [(path: String, limit: String)] = [
            ("/sleep?ms=", "60000"), ("/io?ms=", "60000"), ("/cpu?ms=", "10000"),
            ("/gather?ms=1,", "60000"), ("/events?n=2&ms=", "60000"),
        ]

        private func probe(_ port: UInt16, _ target: String) throws -> TestClient.Response {
            var client = try TestClient(port: port)
            defer { client.close() }
            try client.get(target, close: true)
            return try #require(try client.readResponse())
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func hostileMillisecondsGet400NamingTheLimitOnEveryRoute(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                for route in Self.routes {
                    for value in Self.hostileMilliseconds {
                        let response = try probe(port, route.path + value)
                        #expect(response.status == 400, "\(route.path)\(value)")
                        #expect(response.text.contains("from 0 to \(route.limit)"), "\(route.path)\(value): \(response.text)")
                    }
                }
                #expect(try probe(port, "/").status == 200)
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func anUnknownGatherModeIsRefusedByName(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                let response = try probe(port, "/gather?ms=1,2&how=bogus")
                #expect(response.status == 400)
                #expect(response.text.contains("how must be sequential, gather or thread-sensitive (got \"bogus\")"))
                for how in ["sequential", "gather", "thread-sensitive"] {
                    #expect(try probe(port, "/gather?ms=1,2&how=" + how).status == 200, "\(how)")
                }
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func eventCountsAndProductsAreBounded(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                for value in ["0", "-1", "10001", "99999999999999999999", "1e3", "2.5", "nan"] {
                    let response = try probe(port, "/events?ms=0&n=" + value)
                    #expect(response.status == 400, "n=\(value)")
                    #expect(response.text.contains("from 1 to 10000"), "n=\(value)")
                }
                let long = try probe(port, "/events?n=10000&ms=7")
                #expect(long.status == 400)
                #expect(long.text.contains("n × ms may be at most 60000"))
                #expect(try probe(port, "/events?n=2&ms=1").status == 200)
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func gatherListsAreBoundedInLengthAndSum(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                let sum = try probe(port, "/gather?ms=30000,30001")
                #expect(sum.status == 400)
                #expect(sum.text.contains("add up to at most 60000"))
                let many = try probe(port, "/gather?ms=" + Array(repeating: "0", count: 101).joined(separator: ","))
                #expect(many.status == 400)
                #expect(many.text.contains("at most 100 numbers"))
                #expect(try probe(port, "/gather?ms=1,,2").status == 400)
                #expect(try probe(port, "/gather?ms=1,2&how=sequential").status == 200)
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func valuesWithinTheCapsAreServed(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                for target in ["/sleep?ms=0", "/io?ms=2", "/cpu?ms=0", "/sleep?ms=%31"] {
                    let response = try probe(port, target)
                    #expect(response.status == 200, "\(target)")
                }
                let fractional = try probe(port, "/sleep?ms=1.5")
                #expect(fractional.text.hasPrefix("slept 1.5 ms"))
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func maxWorkMillisecondsChangesEveryCap(mode: ServerConfiguration.Mode) throws {
            try withServer(mode, limits: DemoLimits(maxWorkMilliseconds: 50)) { port in
                for path in ["/sleep?ms=51", "/cpu?ms=51", "/io?ms=51", "/gather?ms=30,30"] {
                    let response = try probe(port, path)
                    #expect(response.status == 400, "\(path)")
                    #expect(response.text.contains("50"), "\(path): \(response.text)")
                }
                #expect(try probe(port, "/sleep?ms=50").status == 200)
            }
        }

        @Test func saturatingPrimitivesNeverTrap() {
            #expect(clampedNanoseconds(milliseconds: .nan) == 0)
            #expect(clampedNanoseconds(milliseconds: -.infinity) == 0)
            #expect(clampedNanoseconds(milliseconds: .infinity) == .max)
            #expect(clampedNanoseconds(milliseconds: 1e300) == .max)
            #expect(clampedNanoseconds(milliseconds: 1.5) == 1_500_000)
            #expect(UInt64.max.addingSaturating(1) == .max)
            #expect(Duration.seconds(Int64.max).nanoseconds == .max)
            testCPU.run(milliseconds: .nan)
            testCPU.run(milliseconds: -1)
            blockingIO(milliseconds: .nan)
            blockingIO(milliseconds: -.infinity)
        }

        private func withServer(_ mode: ServerConfiguration.Mode, limits: DemoLimits = DemoLimits(), _ body: (UInt16) throws -> Void) throws {
            switch mode {
            case .sync: try withSyncServer(routes: DemoRoutes.sync(cpu: testCPU, limits: limits), body)
            case .async: try withAsyncServer(routes: DemoRoutes.async(cpu: testCPU, limits: limits), body)
            }
        }
    }
}
