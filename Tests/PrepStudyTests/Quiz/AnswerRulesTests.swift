import PrepCore
import PrepStudy
import Testing

/// One test per grading rule of issue 10, beside the corpus that measures them together.
struct AnswerRulesTests {
    let matcher = AnswerMatcher()

    @Test func codeWordsAreFoundAndProseIsNot() {
        #expect(AnswerText.codeTokens("Use uvicorn_worker.UvicornWorker with -k") == ["uvicorn_worker.uvicornworker", "-k"])
        #expect(AnswerText.codeTokens("「asgiref.sync」的 sync_to_async。") == ["asgiref.sync", "sync_to_async"])
        #expect(AnswerText.codeTokens("edit myproject/asgi.py or /etc/nginx/nginx.conf") == ["myproject/asgi.py", "/etc/nginx/nginx.conf"])
        #expect(AnswerText.codeTokens("thread_sensitive=True") == ["thread_sensitive"])
        #expect(AnswerText.codeTokens("HTTP/2, I/O, Django 3.0, e.g. async/await").isEmpty)
        #expect(AnswerText.codeTokens("event loop").isEmpty)
    }

    @Test func codeIsNeverATypo() {
        #expect(matcher.match("uvicorn_worker.UvicornWorkr", against: "uvicorn_worker.UvicornWorker") == .wrong)
        #expect(matcher.match("uvicorn.workers.UvicornWorker", against: "uvicorn_worker.UvicornWorker") == .wrong)
        // Case and width are not code.
        #expect(matcher.match("ＵＶＩＣＯＲＮ_ＷＯＲＫＥＲ.uvicornworker", against: "uvicorn_worker.UvicornWorker") == .exact)
        // Prose around code keeps its typo tolerance.
        #expect(matcher.match("gunicron with uvicorn_worker.UvicornWorker", against: "gunicorn with uvicorn_worker.UvicornWorker") == .typo)
    }

    @Test(arguments: [
        ("370", "370 ms"), ("0.37 s", "370 ms"), ("370毫秒", "370 ms"), ("0.37秒", "370 ms"), ("370 ms", "0.37 s"),
        ("1.5 h", "90 分鐘"), ("2 KiB", "2048 bytes"), ("1 MB", "1024 KB"), ("1 MB", "1000 KB"),
        ("50 %", "50%"), ("百分之五十", "50%"), ("三倍", "3x"), ("3×", "3 times"), ("十二秒", "12 s"),
    ])
    func sameQuantity(typed: String, expected: String) {
        #expect(matcher.match(typed, against: expected) == .exact)
    }

    @Test(arguments: [
        ("371", "370 ms"), ("0.37 min", "370 ms"), ("370 MB", "370 ms"), ("3.7 s", "370 ms"), ("1 MB", "1 GB"),
        ("3.1", "3.10"), ("0.3", "0.30"), ("5%", "50%"), ("2x", "3x"), ("兩倍", "3x"), ("2.4", "2–4"),
    ])
    func differentQuantity(typed: String, expected: String) {
        #expect(matcher.match(typed, against: expected) == .wrong)
    }

    @Test func listedAlternativesAreEachAccepted() {
        for typed in ["gthread", "gevent", "eventlet"] {
            #expect(matcher.match(typed, against: "gthread | gevent ｜ eventlet") == .exact)
        }
        #expect(matcher.match("gevent", against: "gthread or gevent workers") == .exact)
        #expect(matcher.match("gthread workers", against: "gthread or gevent workers") == .exact)
        #expect(matcher.match("eventlet", against: "gthread", alsoAccepting: ["eventlet | tornado"]) == .exact)
        #expect(matcher.match("sync", against: "gthread | gevent") == .wrong)
    }

    @Test func extraWordsAreNotATypo() {
        let judgement = matcher.judge("it runs the event loop", against: "Event loop")
        #expect(judgement.match == .extraWords)
        #expect(judgement.extraWords == ["it", "runs", "the"])
        #expect(QuizLanguage.en.extraWordsHeadline(judgement.extraWords) == "✔ Accepted (extra words: it, runs, the)")
        // More than three words of one's own could say anything.
        #expect(matcher.match("it runs on the event loop", against: "Event loop") == .wrong)
        #expect(QuizLanguage.zhHant.extraWordsHeadline(["使用"]) == "✔ 接受（多了字詞：使用）")
    }

    @Test func theDifferenceIsMarked() {
        let brackets = QuizFeedback.bracketed
        #expect(AnswerDiff.marked("uvicorn_worker.UvicornWorker", typed: "uvicorn.workers.UvicornWorker", mark: brackets)
            == "uvicorn[_]worker.UvicornWorker")
        #expect(AnswerDiff.marked("370 ms", typed: "380 ms", mark: brackets) == "3[7]0 ms")
        #expect(AnswerDiff.marked("事件循環", typed: "事件循还", mark: brackets) == "事件循[環]")
        #expect(AnswerDiff.marked("gevent worker", typed: "uvicorn.workers", mark: brackets) == nil)
        #expect(AnswerDiff.marked("synchronous blocking", typed: "synchronos blockng", mark: brackets) == "synchrono[u]s block[i]ng")
        // Case and spacing are not differences; nothing to mark, or too little in common to help.
        #expect(AnswerDiff.marked("Event Loop", typed: "eventloop", mark: brackets) == nil)
        #expect(AnswerDiff.marked("Event loop", typed: "thread pool", mark: brackets) == nil)
    }

    @Test func feedbackMarksTheAnswerInPlace() {
        let question = QuizQuestion(
            cardKey: "k", language: .en, kind: .recall(prompt: "p", answer: "370 ms (roughly the sum)", mode: .typed), check: nil
        )
        let wrong = matcher.judge("380 ms", against: "370 ms (roughly the sum)")
        #expect(QuizFeedback.lines(for: question, outcome: .answered(wrong.match), typed: ("380 ms", wrong))
            == ["✘ Wrong", "Answer: 3[7]0 ms (roughly the sum)"])
        // A typo of an answer the card accepts from elsewhere is shown as what it was taken for.
        let other = QuizQuestion(cardKey: "k", language: .zhHant, kind: .recall(prompt: "p", answer: "事件循環", mode: .typed), check: nil)
        let typo = matcher.judge("evnet loop", against: "事件循環", alsoAccepting: ["Event loop"])
        #expect(typo.match == .typo)
        #expect(QuizFeedback.lines(for: other, outcome: .answered(.typo), typed: ("evnet loop", typo), mark: { "<\($0)>" })
            == ["✔ 接受（有小錯字）", "答案：事件循環", "視為：Ev<e>nt loop"])
    }
}
