import Testing
@testable import PrepContent

/// Unfenced code in plain articles: which lines are code, and where glued prose starts.
@Suite struct CodeLineClassifierTests {
    @Test(arguments: [
        "# 1. 查詢數據庫(阻塞 100ms)", "def sync_view(request):", "async def f():", "return HttpResponse('OK')",
        "user = User.objects.get(id=1) # 100ms", "user, posts = await asyncio.gather(", "'type': 'http.response.start',",
        "})", "gunicorn myproject.wsgi:application", "--bind 0.0.0.0:8000 \\", "with open('data.txt') as f: # 等待",
        "server 127.0.0.1:8000; # Uvicorn", "from django.core.asgi import get_asgi_application", "myproject/",
        "├── views.py # 同步視圖", "Uvicorn │████│ 25,000 req/s", "fetch_user_service(request.user.id),",
    ])
    func recognisesCode(_ line: String) {
        #expect(CodeLineClassifier.isCode(line))
    }

    @Test(arguments: [
        "WSGI (Web Server Gateway Interface) 是標準接口。", "WSGI(2003):", "- Gunicorn 配置:4 個 Worker", "前言",
        "Worker 1: [請求1-1秒][請求5-1秒]", "if you deploy Django, read on", "returns are handled later",
        "from the start, ASGI was async", "Nginx (反向代理)",
    ])
    func leavesProseAlone(_ line: String) {
        #expect(!CodeLineClassifier.isCode(line))
    }

    @Test(arguments: [
        ("})異步能將響應時間從 370ms 降到 150ms!", "異步能將響應時間從 370ms 降到 150ms!"),
        ("return HttpResponse('OK')並發處理能力:", "並發處理能力:"),
        ("uvicorn myproject.asgi:application這兩者有什麼區別?", "這兩者有什麼區別?"),
        ("# ⚠️ 而且阻塞了事件循環,影響其他協程!結論:", "結論:"),
        ("# Worker 實際占用時間:< 1ms(其餘時間可處理其他請求)性能提升:", "性能提升:"),
        ("uvicorn myproject.asgi:application # ASGI而且同一個視圖可以運行:", "而且同一個視圖可以運行:"),
        ("# 並行執行,總耗時 100msWSGI 可能更快(CPU 密集型):", "WSGI 可能更快(CPU 密集型):"),
    ])
    func findsProseGluedToCode(_ line: String, _ tail: String) throws {
        let start = try #require(CodeLineClassifier.proseTail(in: line))
        #expect(String(line[start...]) == tail)
    }

    @Test(arguments: [
        "user = User.objects.get(id=1) # 線程等待...", "print('中文')", "# 總耗時:370ms(串行執行)", "# 新方式:ASGI",
    ])
    func keepsStringsAndCommentsWhole(_ line: String) {
        #expect(CodeLineClassifier.proseTail(in: line) == nil)
    }
}
