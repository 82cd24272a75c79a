import Foundation
import PrepTestSupport
import Testing

@testable import PrepContent

@Suite struct ContentLibraryTests {
    @Test func listsContentFilesInStableOrder() throws {
        let scratch = try TemporaryDirectory()
        for path in [
            "django/b.en.md", "django/a.zh-Hant.md", "django/a.en.md", "FORMAT.md", "README.md", "notes/README.md",
            "imports/seed.txt", ".hidden/x.md", "django/.draft.md", "django/diagram.png", "Zebra.md",
            "anki/deck.csv", "anki/notes.TSV",
        ] {
            try scratch.write(path, "x")
        }
        let files = try ContentLibrary.contentFiles(in: scratch.url)
        let relative = files.map { String($0.path.dropFirst(scratch.url.standardizedFileURL.path.count + 1)) }
        #expect(
            relative == [
                "Zebra.md", "anki/deck.csv", "anki/notes.TSV", "django/a.en.md", "django/a.zh-Hant.md",
                "django/b.en.md", "imports/seed.txt",
            ])
    }

    @Test func missingDirectoryThrows() {
        #expect(throws: (any Error).self) {
            try ContentLibrary.contentFiles(in: URL(fileURLWithPath: "/nonexistent/prep-content"))
        }
    }
}

@Suite struct ContentLibraryScanTests {
    @Test func scanFindsEveryKnownKindAndReportsTheRest() throws {
        let scratch = try TemporaryDirectory()
        let base = scratch.url
        for path in ["README.md", "a/q.markdown", "a/deck.tsv", "a/notes.csv", "b/c/web.txt", "b/pic.png", "x.pdf", ".git/HEAD"] {
            try scratch.write(path, "x")
        }
        let listing = try ContentLibrary.scan(base, excluding: ["FORMAT.md"])
        let relative = { (urls: [URL]) in urls.map { String($0.path.dropFirst(base.standardizedFileURL.path.count + 1)) } }
        #expect(relative(listing.files) == ["README.md", "a/deck.tsv", "a/notes.csv", "a/q.markdown", "b/c/web.txt"])
        #expect(relative(listing.skipped) == ["b/pic.png", "x.pdf"])
    }

    @Test(arguments: [
        ("notes.md", "# T\ntext", ArticleFormat.markdown),
        ("notes.markdown", "text", .markdown),
        ("saved.txt", "# T\n\n## A\n\ntext\n\n## B\n", .markdown),
        ("saved.txt", "1. Intro\n# a comment\nQ1: x?\n答案: y", .article),
        ("saved.txt", "<details><summary>Q?</summary>\nA\n</details>", .markdown),
    ])
    func formatComesFromTheContentWhenTheExtensionIsNoMarkdown(path: String, text: String, format: ArticleFormat) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(ContentFormat.detect(path: path, lines: lines) == format)
    }
}
