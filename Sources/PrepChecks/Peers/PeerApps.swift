/// The tiny WSGI and ASGI apps C01, C02 and C04 run on gunicorn and uvicorn: the same routes as the
/// checks' scenarios, at the same scale.
package enum PeerApps {
    package static let fileName = "apps.py"

    package static let source = """
        import asyncio, time

        def _calibrate():
            start = time.perf_counter()
            sum(i * i for i in range(200_000))
            return 200_000 / ((time.perf_counter() - start) * 1000)
        ITERATIONS_PER_MS = _calibrate()

        def _cpu(ms):
            # A fixed amount of arithmetic, never a clock spin (claims.md §2.1).
            sum(i * i for i in range(int(ITERATIONS_PER_MS * ms)))

        def _reply(start_response, body=b"ok\\n"):
            start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
            return [body]

        def wsgi(environ, start_response):
            if environ["PATH_INFO"] == "/io":
                time.sleep(0.25)
            return _reply(start_response)

        async def asgi(scope, receive, send):
            if scope["type"] != "http":
                return
            if scope["path"] == "/wait":
                await asyncio.sleep(0.25)
            elif scope["path"] == "/cpu":
                _cpu(300)
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"text/plain"), (b"content-length", b"3")]})
            await send({"type": "http.response.body", "body": b"ok\\n"})
        """
}
