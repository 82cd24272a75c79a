import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C06: claims 6, 7 and 52 (FALSE, "370 ms → 150 ms"). Django's async ORM queues on one sync thread per request.
    static let gatherOverThreadSensitiveORM = Check(
        id: "C06", slug: "gather-over-thread-sensitive-orm", claimIDs: [6, 7, 52], verdict: .false,
        claim: Bilingual(
            zh: "「並行執行三個查詢!」「異步能將響應時間從 370ms 降到 150ms!」",
            en: "The three queries run in parallel: async cuts the response time from 370 ms to 150 ms."
        ),
        explanation: Bilingual(
            zh: "Django 的 aget() 就是 sync_to_async(get),預設 thread_sensitive=True;每個請求只有一條同步執行緒,gather 起來的 ORM 查詢只能排隊,總時間是總和。文章自己的程式碼還要先拿到 user 才能查 posts 和 comments:文章說 150 ms,Django 實際約 370 ms,最好也只能約 250 ms。",
            en: "Django's aget() is sync_to_async(get) with thread_sensitive=True by default; each request has one sync thread, so gathered ORM calls queue and the total is the sum. The article's own code also needs `user` before posts and comments: the article says 150 ms, Django gives ≈ 370 ms, and the best possible is ≈ 250 ms."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(150), articleZh: "150 ms(1:1)", articleEn: "150 ms (1:1)", parameters: $0) },
        expectations: { p in [
            Expectation("thread_sensitive_ms", Bilingual(zh: "(a) thread-sensitive(Django 的做法)", en: "(a) thread-sensitive (what Django does)"),
                        .atLeast(p.ms(340)), unit: .milliseconds, predicted: "≈ 100+150+120 = \(Expectation.format(p.ms(370)))"),
            Expectation("free_threads_ms", Bilingual(zh: "(b) 各自的執行緒(thread_sensitive=False)", en: "(b) free threads (thread_sensitive=False)"),
                        .atMost(p.ms(240)), unit: .milliseconds, predicted: "≈ max = \(Expectation.format(p.ms(150)))"),
            Expectation("dependency_ms", Bilingual(zh: "(c) 先查 user,再並行查其他", en: "(c) user first, then the rest in parallel"),
                        .within(p.ms(230), p.ms(360)), unit: .milliseconds, predicted: "≈ 100+max(150,120) = \(Expectation.format(p.ms(250)))"),
        ] },
        notes: { measured, _ in
            guard let django = measured["thread_sensitive_ms"], let best = measured["dependency_ms"] else { return [] }
            let djangoText = Expectation.format(django), bestText = Expectation.format(best)
            return [Bilingual(zh: "文章說 150 ms / Django 實際 ≈ \(djangoText) ms / 最好可能 ≈ \(bestText) ms",
                              en: "article 150 ms / Django ≈ \(djangoText) ms / best possible ≈ \(bestText) ms")]
        },
        scenario: { context in
            let user = context.ms(100), posts = context.ms(150), comments = context.ms(120)
            @Sendable func queries(_ durations: [Double], on pool: ThreadPool) -> [@Sendable () async throws -> Void] {
                durations.map { duration in { try await pool.run { blockingIO(milliseconds: duration) } } }
            }
            var routes = Routes<AsyncHandler>()
            routes.add("/thread-sensitive", .async { _, _ in
                try await ThreadPool.withSerialThread { thread in _ = try await gather(queries([user, posts, comments], on: thread)) }
                return .text("ok\n")
            })
            routes.add("/free-threads", .async { _, request in
                _ = try await gather(queries([user, posts, comments], on: request.offloadPool))
                return .text("ok\n")
            })
            routes.add("/dependency", .async { _, request in
                try await request.offload { blockingIO(milliseconds: user) }
                _ = try await gather(queries([posts, comments], on: request.offloadPool))
                return .text("ok\n")
            })
            return try context.withAsyncServer(offloadThreads: 4, routes: routes) { port in
                context.step("(a) gather of 3 ORM calls on one thread-sensitive thread")
                let threadSensitive = try context.burst(port: port, target: "/thread-sensitive", count: 1).elapsedMilliseconds
                context.step("(b) the same on free threads")
                let freeThreads = try context.burst(port: port, target: "/free-threads", count: 1).elapsedMilliseconds
                context.step("(c) user first, then posts and comments in parallel")
                let dependency = try context.burst(port: port, target: "/dependency", count: 1).elapsedMilliseconds
                return ["thread_sensitive_ms": threadSensitive, "free_threads_ms": freeThreads, "dependency_ms": dependency]
            }
        }
    )
}
