import Testing

@testable import PrepContent

@Suite struct ArticleIdentityTests {
    @Test(arguments: [
        ("content/django/asgi-vs-wsgi.zh-Hant.md", "django", "asgi-vs-wsgi", "zh-Hant"),
        ("content/django/asgi-vs-wsgi.en.md", "django", "asgi-vs-wsgi", "en"),
        ("/work/shared/seeds/000_c77a1b49f9b1bb69.txt", "seeds", "000_c77a1b49f9b1bb69", "en"),
        ("notes.md", ArticleIdentity.defaultTopic, "notes", "en"),
        ("a/v1.2.notes.txt", "a", "v1.2.notes", "en"),
        ("django/asgi.faq.md", "django", "asgi.faq", "en"),
        ("django/asgi.pt-BR.md", "django", "asgi", "pt-BR"),
    ])
    func readsTopicSlugAndLanguageFromThePath(_ path: String, _ topic: String, _ slug: String, _ lang: String) {
        let identity = ArticleIdentity(path: path, lines: ["Plain English text."])
        #expect(identity == ArticleIdentity(topic: topic, slug: slug, lang: lang))
    }

    @Test func detectsChineseWhenTheNameCarriesNoLanguage() {
        let lines = ["Django 面試精華:ASGI vs WSGI", "gunicorn myproject.wsgi:application", "從同步到異步的演進"]
        #expect(ArticleIdentity(path: "seeds/x.txt", lines: lines).lang == "zh-Hant")
        #expect(ArticleIdentity(path: "seeds/x.txt", lines: ["WSGI and ASGI, 同步"]).lang == "en")
    }
}
