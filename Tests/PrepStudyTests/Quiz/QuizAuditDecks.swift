/// Small decks written for the audit in the layouts third-party interview notes use: feature matrices whose
/// columns are the compared products, attribute tables whose rows are things, term/meaning tables, tables
/// full of ✔ ✘ ⚠️ Yes/No and 是/否, "—" and N/A cells, and columns that never change. Own words throughout.
enum QuizAuditDecks {
    static let decks: [(path: String, text: String)] = [
        ("content/web/frameworks.en.md", frameworks),
        ("content/web/http-methods.en.md", httpMethods),
        ("content/web/status-codes.en.md", statusCodes),
        ("content/db/isolation.en.md", isolation),
        ("content/web/browsers.en.md", browsers),
        ("content/os/concurrency.zh-Hant.md", concurrencyZh),
        ("content/db/databases.zh-Hant.md", databasesZh),
    ]

    static let frameworks = """
        # Python web frameworks at a glance

        ## Feature matrix

        | Feature | Flask | Django | FastAPI |
        |---|---|---|---|
        | Built-in ORM | ✘ | ✔ Django ORM | ✘ |
        | Admin interface | ✘ | ✔ Generated from models | ✘ |
        | Native async views | ⚠️ Runs them in a thread | ✔ Since 3.1 | ✔ |
        | Request validation | Via extensions | Forms and serializers | Pydantic models |
        | Default template engine | Jinja2 | Django templates | None |
        | Interface | WSGI | WSGI and ASGI | ASGI |

        ## Release history

        | Framework | First release | Author | License |
        |---|---|---|---|
        | Flask | 2010 | Armin Ronacher | BSD |
        | Django | 2005 | Lawrence Journal-World | BSD |
        | FastAPI | 2018 | Sebastián Ramírez | MIT |
        | Bottle | 2009 | Marcel Hellkamp | MIT |

        Q: Which framework generates an admin site from your models?
        A: Django

        Q: Which library does FastAPI use to validate request bodies?
        A: Pydantic

        Claim: Flask cannot serve async views at all.
        verdict: false — Flask 2.0 accepts async view functions and runs each in a thread with its own loop.

        Claim: FastAPI is always faster than Django.
        verdict: depends — on the workload: for CPU-heavy views the framework overhead is a small share.
        """

    static let httpMethods = """
        # HTTP methods

        | Method | Safe | Idempotent | Body in request | Typical use |
        |---|---|---|---|---|
        | GET | Yes | Yes | No | Read a resource |
        | HEAD | Yes | Yes | No | Read only the headers |
        | POST | No | No | Yes | Create or trigger processing |
        | PUT | No | Yes | Yes | Replace a resource |
        | PATCH | No | No | Yes | Change part of a resource |
        | DELETE | No | Yes | Optional | Remove a resource |
        | OPTIONS | Yes | Yes | Optional | Ask what the server allows |

        Q: Which method should a form that creates an order use?
        A: POST

        Claim: PUT and PATCH are interchangeable.
        verdict: misleading — PUT replaces the whole resource and is idempotent; PATCH changes part of it and need not be.
        """

    static let statusCodes = """
        # Status codes worth knowing

        ## Common codes

        | Code | Meaning |
        |---|---|
        | 200 | The request succeeded and the body holds the result |
        | 201 | A new resource was created; its address is in Location |
        | 204 | Success with no body to send back |
        | 301 | The resource moved for good; clients should update links |
        | 304 | The cached copy is still fresh, so nothing is resent |
        | 401 | No valid credentials were sent with the request |
        | 403 | The credentials are valid but not allowed to do this |
        | 429 | The client sent too many requests in a given time |

        ## Tooling

        | Command | Description |
        |---|---|
        | curl -I | Fetch only the response headers |
        | curl -v | Print the request and response exchange |
        | curl -L | Follow redirects to the final address |
        | curl -d | Send data in a POST body |

        Q: Which status code answers a conditional GET whose cache is still valid?
        A: 304
        """

    static let isolation = """
        # Transaction isolation

        | Isolation level | Dirty read | Non-repeatable read | Phantom read | Defined by SQL standard |
        |---|---|---|---|---|
        | Read uncommitted | Possible | Possible | Possible | ✔ |
        | Read committed | Not possible | Possible | Possible | ✔ |
        | Repeatable read | Not possible | Not possible | Possible | ✔ |
        | Serializable | Not possible | Not possible | Not possible | ✔ |

        Q: Which isolation level is PostgreSQL's default?
        A: Read committed

        Claim: Serializable isolation makes deadlocks impossible.
        verdict: false — serializable transactions can still deadlock or fail with serialization errors that the app must retry.

        Claim: Repeatable read prevents phantom reads.
        verdict: depends — the standard allows phantoms at this level, while PostgreSQL's snapshot-based implementation prevents them.
        """

    static let browsers = """
        # Protocol support in browsers

        | Browser | WebSocket | HTTP/3 | Server push | Notes |
        |---|---|---|---|---|
        | Chrome | ✅ | ✅ | ❌ Removed in 106 | — |
        | Firefox | ✅ | ✅ | ❌ Removed | Needs a recent version |
        | Safari | ✅ | ⚠️ Behind a setting at first | ❌ | N/A |
        | Edge | ✅ | ✅ | ❌ | Follows Chrome |
        | Internet Explorer | ⚠️ Version 10 and later | ❌ | ❌ | Retired |

        Q: Which header starts a WebSocket handshake?
        A: Upgrade
        """

    static let concurrencyZh = """
        # 行程與執行緒

        ## 比較

        | 比較項目 | 行程 | 執行緒 | 協程 |
        |---|---|---|---|
        | 記憶體空間 | 各自獨立 | 同一行程內共用 | 共用同一執行緒 |
        | 切換成本 | 高，要換位址空間 | 中，由核心排程 | 低，在使用者空間切換 |
        | 由誰排程 | 作業系統 | 作業系統 | 事件迴圈 |
        | 一個崩潰的影響 | 只影響自己 | 可能拖垮整個行程 | 可能卡住整個迴圈 |
        | 適合的工作 | CPU 密集 | 阻塞式 I/O | 大量等待的 I/O |

        ## 名詞

        | 名詞 | 說明 |
        |---|---|
        | 競態條件 | 結果取決於多個執行緒執行的先後順序 |
        | 死結 | 兩個以上的執行緒互相等對方釋放資源 |
        | GIL | CPython 一次只讓一個執行緒執行位元組碼的鎖 |
        | 上下文切換 | 保存一個工作的狀態並換另一個上來跑 |

        Q: CPython 裡哪個機制讓多執行緒無法同時跑 Python 位元組碼？
        A: GIL

        Q: 要讓 CPU 密集的 Python 程式用滿多核心，該用什麼？
        A: 多行程

        Claim: 有 GIL 就不需要鎖。
        verdict: false — GIL 只保護直譯器自己的狀態，多步驟的操作仍可能被切開。

        Claim: 協程一定比執行緒快。
        verdict: depends — 等待 I/O 為主時協程省資源，CPU 密集時沒有優勢。

        Claim: 執行緒共用記憶體，所以溝通比行程方便。
        verdict: true — 同一行程的執行緒直接讀寫共用的物件，但也因此需要同步。
        """

    static let databasesZh = """
        # 常見資料庫

        | 資料庫 | 類型 | 授權 | 開放原始碼 | 支援交易 |
        |---|---|---|---|---|
        | PostgreSQL | 關聯式 | PostgreSQL 授權 | 是 | 是 |
        | MySQL | 關聯式 | GPL | 是 | 是（InnoDB） |
        | SQLite | 嵌入式關聯式 | 公眾領域 | 是 | 是 |
        | Redis | 鍵值 | BSD / RSAL | 是 | 部分：MULTI 不回滾 |
        | MongoDB | 文件 | SSPL | 是 | 是（4.0 起） |

        Q: 哪個資料庫不需要獨立的伺服器行程？
        A: SQLite

        Claim: Redis 的 MULTI 失敗時會回滾。
        verdict: misleading — MULTI 只保證指令依序執行，不會撤銷已執行的指令。
        """
}
