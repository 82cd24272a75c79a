import Foundation
import Glibc
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy

/// Everything a command touches outside itself: streams, environment, clock and paths.
package struct CommandContext: Sendable {
    package var out: TextSink
    package var err: TextSink
    package var environment: [String: String]
    package var workingDirectory: String
    package var executablePath: String
    /// Where interactive sessions read from; a pipe or file puts them in line mode.
    package var inputDescriptor: Int32
    package var inputIsTerminal: Bool
    package var outputIsTerminal: Bool
    package var now: @Sendable () -> Date
    /// Options shared by every command (`--db`, `--content`, `--no-color`).
    package var global: ParsedArguments
    /// The learner's saved settings (`prep config`); defaults until `PrepTool` has read the database.
    package var settings = LearnerSettings()
    /// The settings as `PrepTool` read them before the command ran (see `Workspace.savedSettings`), so a
    /// command that only shows them need not open the database again.
    package var storedSettings: [String: String]?

    /// The context of a real run: the process's streams, environment and clock.
    package static func process(global: ParsedArguments) -> CommandContext {
        let facts = ProcessFacts.current
        return CommandContext(
            out: .fileDescriptor(STDOUT_FILENO),
            err: .fileDescriptor(STDERR_FILENO),
            environment: facts.environment,
            workingDirectory: facts.workingDirectory,
            executablePath: facts.executablePath,
            inputDescriptor: STDIN_FILENO,
            inputIsTerminal: facts.inputIsTerminal,
            outputIsTerminal: facts.outputIsTerminal,
            now: { Date() },
            global: global
        )
    }

    /// Colour only on a terminal that is not `dumb`, and never with `NO_COLOR` or `--no-color`; the
    /// `color` setting can turn it off everywhere, or on for a pager that understands it.
    package var colorEnabled: Bool {
        guard environment["NO_COLOR"] == nil, !global.flag("no-color") else { return false }
        switch settings.color {
        case .never: return false
        case .always: return true
        case .auto: return outputIsTerminal && environment["TERM"] != "dumb"
        }
    }

    /// The scheduler the learner's settings ask for.
    package var scheduler: Scheduler { Scheduler(settings.schedulerParameters()) }

    /// One line telling a new learner, who has never reviewed and never chose a language, how to switch to
    /// English; nil for everyone else, so it is said once and never nags.
    package func languageSwitchHint(store: Store) throws -> String? {
        guard global.shared.language == nil, settings.language == nil, environment["PREP_LANG"] == nil,
            try store.reviewCount(since: .distantPast) == 0
        else { return nil }
        return ScreenPhrases.forLanguage(language).switchToEnglish
    }

    /// `--lang`, else the saved `lang` setting, else `$PREP_LANG`, else Traditional Chinese. The locale is
    /// not consulted: many Chinese-reading developers run an English one.
    package var language: Language {
        global.shared.language ?? settings.language
            ?? environment["PREP_LANG"].flatMap(Language.init(tag:)) ?? .zhHant
    }

}
