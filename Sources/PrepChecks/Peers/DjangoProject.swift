import Foundation

/// The minimal Django project `prep check --peers` serves with uvicorn and gunicorn to run C05–C08 on
/// Django itself: settings, urls, one view per measurement, and three models on a SQLite file whose
/// queries each sleep for a fixed time, the article's 100 / 150 / 120 ms. Pure: the files as text.
package struct DjangoProject {
    /// The routes, per check, that the peer scenarios request.
    package enum Route {
        package static let ready = "/"
        package static let sequentialSleeps = "/c05/sequential"
        package static let gatheredSleeps = "/c05/gathered"
        package static let gatheredORM = "/c06/thread-sensitive"
        package static let freeThreadORM = "/c06/free-threads"
        package static let authorThenGathered = "/c06/dependency"
        package static let processWideSyncThread = "/c07/shared"
        package static let perRequestSyncThread = "/c07/per-request"
        package static let asyncViewUnderWSGI = "/c08/async-view"
    }

    package static let settingsModule = "prepsite.settings"
    package static let asgiApplication = "prepsite.asgi:application"
    package static let wsgiApplication = "prepsite.wsgi:application"

    package var parameters: CheckParameters

    package init(parameters: CheckParameters) {
        self.parameters = parameters
    }

    /// Relative path → contents.
    package var files: [String: String] {
        [
            "manage.py": manage,
            "prepsite/__init__.py": "",
            "prepsite/settings.py": settings,
            "prepsite/urls.py": urls,
            "prepsite/asgi.py": entryPoint(handler: "asgi"),
            "prepsite/wsgi.py": entryPoint(handler: "wsgi"),
            "probe/__init__.py": "",
            "probe/apps.py": apps,
            "probe/models.py": models,
            "probe/views.py": views,
        ]
    }

    package func write(to folder: URL) throws {
        for (path, contents) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    /// `manage.py` arguments that check the project with Django's own system checks, create the tables and
    /// the one author every view reads.
    package static let setupCommands: [[String]] = [
        ["manage.py", "check", "--fail-level", "WARNING"],
        ["manage.py", "migrate", "--run-syncdb", "--verbosity", "0"],
        ["manage.py", "shell", "--verbosity", "0", "--command",
         "from probe.models import Author; Author.objects.get_or_create(pk=1, defaults={'name': 'alice'})"],
    ]

    private func seconds(_ milliseconds: Double) -> String { "\(parameters.ms(milliseconds) / 1000)" }

    private var manage: String {
        """
        import os, sys
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "\(Self.settingsModule)")
        from django.core.management import execute_from_command_line
        execute_from_command_line(sys.argv)

        """
    }

    private var settings: String {
        """
        from pathlib import Path
        BASE_DIR = Path(__file__).resolve().parent.parent
        SECRET_KEY = "prep-peers-throw-away"
        DEBUG = False
        ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
        INSTALLED_APPS = ["probe"]
        # No middleware: a sync middleware would make Django run every request on a thread (async.txt).
        MIDDLEWARE = []
        ROOT_URLCONF = "prepsite.urls"
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
        DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
        USE_TZ = True

        """
    }

    private func entryPoint(handler: String) -> String {
        """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "\(Self.settingsModule)")
        from django.core.\(handler) import get_\(handler)_application
        application = get_\(handler)_application()

        """
    }

    private var urls: String {
        let routes: [(String, String)] = [
            (Route.ready, "ready"),
            (Route.sequentialSleeps, "sequential_sleeps"),
            (Route.gatheredSleeps, "gathered_sleeps"),
            (Route.gatheredORM, "gathered_orm"),
            (Route.freeThreadORM, "gathered_orm_free_threads"),
            (Route.authorThenGathered, "author_then_gathered"),
            (Route.processWideSyncThread, "three_authors_on_process_thread"),
            (Route.perRequestSyncThread, "three_authors"),
            (Route.asyncViewUnderWSGI, "gathered_sleeps"),
        ]
        let patterns = routes.map { "    path(\"\($0.0.dropFirst())\", views.\($0.1))," }.joined(separator: "\n")
        return """
            from django.urls import path
            from probe import views
            urlpatterns = [
            \(patterns)
            ]

            """
    }

    private var apps: String {
        """
        import threading, time
        from django.apps import AppConfig
        from django.db.backends.signals import connection_created

        # A slow database: each SELECT on a probe table sleeps for that table's time, releasing the GIL.
        QUERY_DELAY_SECONDS = {"probe_author": \(seconds(100)), "probe_post": \(seconds(150)), "probe_comment": \(seconds(120))}

        def delay_query(execute, sql, params, many, context):
            from probe.views import QUERY_THREADS
            for table, seconds in QUERY_DELAY_SECONDS.items():
                if sql.startswith("SELECT") and f'FROM "{table}"' in sql:
                    time.sleep(seconds)
                    names = QUERY_THREADS.get(None)
                    if names is not None:
                        names.append(threading.current_thread().name)
                    break
            return execute(sql, params, many, context)

        def install_delay(sender, connection, **kwargs):
            # The list connection.execute_wrapper() manages, filled for every new connection: the queries
            # run on Django's own sync threads, each with its own connection, not on the view's.
            connection.execute_wrappers.append(delay_query)

        class ProbeConfig(AppConfig):
            name = "probe"

            def ready(self):
                connection_created.connect(install_delay)

        """
    }

    private var models: String {
        """
        from django.db import models

        class Author(models.Model):
            name = models.CharField(max_length=50)

        class Post(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE)
            title = models.CharField(max_length=50)

        class Comment(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE)
            text = models.CharField(max_length=50)

        """
    }

    private var views: String {
        """
        import asyncio, contextvars, threading, time
        import django
        from asgiref.sync import sync_to_async
        from django.http import JsonResponse
        from probe.models import Author, Comment, Post

        # The threads that ran this request's queries: sync_to_async carries the context into them.
        QUERY_THREADS = contextvars.ContextVar("query_threads")
        WAIT_SECONDS = \(seconds(100))

        def _reply(started, names):
            response = JsonResponse({"ms": round((time.perf_counter() - started) * 1000, 1), "threads": names,
                                     "view_thread": threading.current_thread().name, "django": django.get_version()})
            response["Content-Length"] = str(len(response.content))
            return response

        def ready(request):
            return _reply(time.perf_counter(), [])

        async def sequential_sleeps(request):
            started = time.perf_counter()
            for _ in range(3):
                await asyncio.sleep(WAIT_SECONDS)
            return _reply(started, [])

        async def gathered_sleeps(request):
            started = time.perf_counter()
            await asyncio.gather(*(asyncio.sleep(WAIT_SECONDS) for _ in range(3)))
            return _reply(started, [])

        async def gathered_orm(request):
            # Django's own async ORM: aget() and acount() are sync_to_async(..., thread_sensitive=True).
            started, names = time.perf_counter(), []
            QUERY_THREADS.set(names)
            await asyncio.gather(Author.objects.aget(pk=1), Post.objects.filter(author_id=1).acount(),
                                 Comment.objects.filter(author_id=1).acount())
            return _reply(started, names)

        async def gathered_orm_free_threads(request):
            started, names = time.perf_counter(), []
            QUERY_THREADS.set(names)
            calls = (lambda: Author.objects.get(pk=1), lambda: Post.objects.filter(author_id=1).count(),
                     lambda: Comment.objects.filter(author_id=1).count())
            await asyncio.gather(*(sync_to_async(call, thread_sensitive=False)() for call in calls))
            return _reply(started, names)

        async def author_then_gathered(request):
            started, names = time.perf_counter(), []
            QUERY_THREADS.set(names)
            author = await Author.objects.aget(pk=1)
            calls = (lambda: Post.objects.filter(author=author).count(),
                     lambda: Comment.objects.filter(author=author).count())
            await asyncio.gather(*(sync_to_async(call, thread_sensitive=False)() for call in calls))
            return _reply(started, names)

        async def _three_author_queries():
            await asyncio.gather(Author.objects.aget(pk=1), Author.objects.filter(name="alice").aexists(),
                                 Author.objects.acount())

        async def three_authors(request):
            started, names = time.perf_counter(), []
            QUERY_THREADS.set(names)
            await _three_author_queries()
            return _reply(started, names)

        async def three_authors_on_process_thread(request):
            # Outside Django's per-request ThreadSensitiveContext asgiref falls back to its one process-wide
            # sync thread: what every request shared before Django 4.0.
            started, names = time.perf_counter(), []
            outside = contextvars.Context()
            outside.run(QUERY_THREADS.set, names)
            await outside.run(asyncio.ensure_future, _three_author_queries())
            return _reply(started, names)

        """
    }
}
