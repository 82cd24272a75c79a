import Foundation
import PrepTestSupport
import Testing

@testable import PrepChecks

/// The Django project and the thread summaries the peers run on, checked without Python.
@Suite struct DjangoProjectTests {
    static let parameters = CheckParameters(scale: 1, cores: 2)

    @Test func djangoProjectDelaysEveryQueryThroughTheConnectionsExecuteWrappers() throws {
        let files = DjangoProject(parameters: Self.parameters).files
        let apps = try #require(files["probe/apps.py"])
        #expect(apps.contains("connection_created.connect(install_delay)"))
        #expect(apps.contains("connection.execute_wrappers.append(delay_query)"))
        #expect(apps.contains(#"QUERY_DELAY_SECONDS = {"probe_author": 0.1, "probe_post": 0.15, "probe_comment": 0.12}"#))
        let settings = try #require(files["prepsite/settings.py"])
        #expect(settings.contains(#"INSTALLED_APPS = ["probe"]"#))
        #expect(settings.contains("django.db.backends.sqlite3"))
        #expect(files["prepsite/asgi.py"]?.contains("get_asgi_application()") == true)
        #expect(files["prepsite/wsgi.py"]?.contains("get_wsgi_application()") == true)
        #expect(files["manage.py"]?.contains(DjangoProject.settingsModule) == true)
    }

    @Test func djangoDelaysFollowTheScale() throws {
        let apps = try #require(DjangoProject(parameters: CheckParameters(scale: 2, cores: 2)).files["probe/apps.py"])
        #expect(apps.contains(#""probe_author": 0.2, "probe_post": 0.3, "probe_comment": 0.24"#))
    }

    @Test func everyRouteAPeerRequestsHasAURLAndAView() throws {
        let files = DjangoProject(parameters: Self.parameters).files
        let urls = try #require(files["prepsite/urls.py"])
        let views = try #require(files["probe/views.py"])
        let routes = [
            DjangoProject.Route.sequentialSleeps, DjangoProject.Route.gatheredSleeps, DjangoProject.Route.gatheredORM,
            DjangoProject.Route.freeThreadORM, DjangoProject.Route.authorThenGathered,
            DjangoProject.Route.processWideSyncThread, DjangoProject.Route.perRequestSyncThread,
            DjangoProject.Route.asyncViewUnderWSGI,
        ]
        for route in routes {
            let line = try #require(urls.split(separator: "\n").first { $0.contains("path(\"\(route.dropFirst())\"") }, "no URL for \(route)")
            let view = try #require(line.split(separator: ".").last?.split(separator: ")").first)
            #expect(views.contains("def \(view)(request)"), "urls.py names \(view), which views.py does not define")
        }
        #expect(urls.contains(#"path("", views.ready)"#))
        #expect(views.contains("sync_to_async(call, thread_sensitive=False)"))
        #expect(views.contains("Author.objects.aget(pk=1)"))
    }

    @Test func djangoProjectWritesEveryFile() throws {
        let folder = try TemporaryDirectory()
        let project = DjangoProject(parameters: Self.parameters)
        try project.write(to: folder.url)
        for (path, contents) in project.files {
            #expect(try String(contentsOf: folder.url.appendingPathComponent(path), encoding: .utf8) == contents)
        }
    }

    @Test func threadSummaryFoldsRepeatsAndKeepsOrder() {
        #expect(ThreadSighting.summary(["ThreadPoolExecutor-3_0", "ThreadPoolExecutor-3_0", "ThreadPoolExecutor-3_0"]) == "ThreadPoolExecutor-3_0 ×3")
        #expect(ThreadSighting.summary(["asyncio_0", "asyncio_2", "asyncio_1"]) == "asyncio_0, asyncio_2, asyncio_1")
        #expect(ThreadSighting.summary(["a", "a", "b", "a"]) == "a ×2, b, a")
        #expect(ThreadSighting.summary([]) == "")
    }
}
