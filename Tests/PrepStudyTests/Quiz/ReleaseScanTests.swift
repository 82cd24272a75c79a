import Foundation
@testable import PrepStudy
import Testing

/// `ReleaseScan` replaced regular expressions on the quiz's launch path; these are the patterns it replaced,
/// kept here as the oracle, so the scan answers as they did on the edge cases of each part.
struct ReleaseScanTests {
    static let dotted = #"(?<![/\d.])\d+\.\d+"#
    static let versionPattern = #"^\s*v?\d+\s*[+x]?\s*$|"# + dotted
    static let releasePattern = dotted + #"|\bv\d+\b|(?<!\d)(?:19|20)\d{2}(?!\d)"#

    static let samples = [
        "", "3", " 3 ", "v3", "v 3", "4.1+", "4+", "2 x", "3x", "3 xx", "+5", "5++", "\t5\n", "ver 2", "Before 3.0",
        "3.0 以前", "HTTP/1.1", "HTTP/2", "1.2.3", ".5.6", "3.", ".3", "a3.4", "/3.4", "opt-in in 0.54",
        "v2", "xv2", "a v2 b", "v2x", "v2_", "v2é", "(v2)", "v2.", "_v2", "2v2", "V2",
        "1999", "2003 年", "20034", "12003", "x2020y", "é2020", "1900s", "2100", "19", "１.２", "v３", "２００３", "٣.٤",
    ]

    @Test(arguments: samples) func answersAsThePatternsDid(_ text: String) {
        #expect(QuizGenerator.isVersion(text) == (text.range(of: Self.versionPattern, options: .regularExpression) != nil))
        #expect(QuizGenerator.namesRelease(text) == (text.range(of: Self.releasePattern, options: .regularExpression) != nil))
    }
}
