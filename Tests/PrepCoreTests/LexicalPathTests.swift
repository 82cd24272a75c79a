import Foundation
import PrepCore
import Testing

@Suite struct LexicalPathTests {
    @Test(arguments: [
        ("notes/../data/./prep.sqlite", "/home/ada/work", "/home/ada/work/data/prep.sqlite"),
        ("/srv//prep/", "/anywhere", "/srv/prep"),
        ("../../../..", "/home/ada", "/"),
        (".", "/home/ada/", "/home/ada"),
        ("deck/../", "/", "/"),
    ])
    func absoluteAgreesWithFoundation(path: String, base: String, expected: String) {
        #expect(LexicalPath.absolute(path, from: base) == expected)
        let foundation = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
        #expect(LexicalPath.absolute(path, from: base) == foundation)
    }

    @Test func joinWorksOutParentSteps() {
        #expect(LexicalPath.join("/opt/prep/bin", "../share/prep") == "/opt/prep/share/prep")
        #expect(LexicalPath.join("/opt/prep/", "content") == "/opt/prep/content")
    }

    @Test(arguments: [("/a/b", "/a"), ("/a/b/", "/a"), ("/a", "/"), ("/", "/"), ("name", "")])
    func parentIsTheFolderAbove(path: String, expected: String) {
        #expect(LexicalPath.parent(path) == expected)
        #expect(LexicalPath.parent(path) == (path as NSString).deletingLastPathComponent)
    }
}
