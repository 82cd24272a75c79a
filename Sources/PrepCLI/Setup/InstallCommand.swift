import Foundation
import PrepContent

/// What `prep install` puts below a prefix, and the manifest that lets `prep uninstall` take exactly that away.
struct Installation {
    let prefix: URL

    var binary: URL { prefix.appendingPathComponent("bin/prep") }
    var share: URL { prefix.appendingPathComponent("share/prep") }
    var deck: URL { share.appendingPathComponent("content") }
    var manifest: URL { share.appendingPathComponent("installed-files.txt") }

    func completionFile(for shell: CompletionScript.Shell) -> URL {
        switch shell {
        case .bash: prefix.appendingPathComponent("share/bash-completion/completions/prep")
        case .zsh: prefix.appendingPathComponent("share/zsh/site-functions/_prep")
        case .fish: prefix.appendingPathComponent("share/fish/vendor_completions.d/prep.fish")
        }
    }

    static func prefix(_ arguments: ParsedArguments, _ context: CommandContext) -> URL {
        if let given = arguments.value("prefix") {
            return URL(fileURLWithPath: given, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true)).standardizedFileURL
        }
        let home = context.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local")
    }

    static let prefixOption = OptionSpec.value("prefix", "DIR", help: .installationPrefix)
    static let langOption = OptionSpec.language(help: .languageMessages)
    static let forceOption = OptionSpec.flag("force", help: .installationForce)
}

/// `prep install`: copies the running binary, the bundled deck and completion scripts below a prefix.
enum InstallCommand: Command {
    static let name = "install"
    static let abstract = HelpPhrase.installAbstract
    static let discussion: HelpPhrase? = .installDiscussion
    static let options: [OptionSpec] = [Installation.prefixOption, Installation.langOption, Installation.forceOption]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let screenPhrases = ScreenPhrases.forLanguage(context.language)
        let phrases = screenPhrases.setup
        let installation = Installation(prefix: Installation.prefix(arguments, context))
        let output = FileOutput(protected: Workspace(context: context).databaseFiles, force: arguments.flag("force"))
        let fileManager = FileManager.default
        let layout = Workspace(context: context).layout
        let source = layout.contentFolders.first { fileManager.fileExists(atPath: $0.path) }
        var installed: [URL] = []
        do {
            // An unwritable prefix is found before a build of several minutes, not after it.
            let binaryFolder = installation.binary.deletingLastPathComponent()
            try fileManager.createDirectory(at: binaryFolder, withIntermediateDirectories: true)
            guard access(binaryFolder.path, W_OK) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EACCES) }
            let checkoutRoot: String? = if case .checkout(let root) = layout.mode { root } else { nil }
            let binary = try StaticBinary.toInstall(
                executable: URL(fileURLWithPath: context.executablePath), checkoutRoot: checkoutRoot,
                announce: { context.err.line(phrases.buildingStaticBinary($0)) }, failed: phrases.buildFailed
            )
            installed.append(try copy(binary, to: installation.binary, executable: true, output, screenPhrases))
            StaticBinary.strip(installation.binary)
            if let source {
                let from = URL(fileURLWithPath: source.path, isDirectory: true).standardizedFileURL
                if from != installation.deck.standardizedFileURL {
                    for file in try deckFiles(in: from) {
                        let relative = String(file.standardizedFileURL.path.dropFirst(from.path.count + 1))
                        installed.append(try copy(file, to: installation.deck.appendingPathComponent(relative), executable: false, output, screenPhrases))
                    }
                }
            }
            for shell in CompletionScript.Shell.allCases {
                let target = installation.completionFile(for: shell)
                try write(Data(CompletionScript.script(for: shell).utf8), to: target, output)
                installed.append(target)
            }
            let previous = (try? String(contentsOf: installation.manifest, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
            let listed = Array(Set(previous + installed.map(\.path))).sorted()
            try write(Data((listed.joined(separator: "\n") + "\n").utf8), to: installation.manifest, output)
        } catch let error as CLIError {
            throw error
        } catch let error as FileOutputError {
            throw CLIError.failure(screenPhrases.files.refused(error))
        } catch {
            throw CLIError.failure(phrases.installFailed(installation.prefix.path, screenPhrases.files.reason(error)))
        }
        context.out.line(phrases.installed(installation.binary.path))
        context.out.line(source == nil ? phrases.noBundledDeck : phrases.bundledDeck(installation.deck.path))
        context.out.line(phrases.completions(installation.prefix.appendingPathComponent("share").path))
        let pathFolders = (context.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let binFolder = installation.binary.deletingLastPathComponent().path
        if !pathFolders.contains(binFolder) {
            context.out.line(phrases.addToPath(binFolder))
        }
        return 0
    }

    /// Article files and the format guide, as the importer would find them.
    private static func deckFiles(in folder: URL) throws -> [URL] {
        let format = folder.appendingPathComponent("FORMAT.md")
        let guide = FileManager.default.fileExists(atPath: format.path) ? [format] : []
        return guide + (try ContentLibrary.contentFiles(in: folder))
    }

    private static func copy(_ source: URL, to target: URL, executable: Bool, _ output: FileOutput, _ screenPhrases: ScreenPhrases) throws -> URL {
        let data: Data
        do {
            data = try Data(contentsOf: source)
        } catch {
            throw CLIError.failure(screenPhrases.setup.cannotRead(source.path, screenPhrases.files.reason(error)))
        }
        try write(data, to: target, output)
        if executable {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        }
        return target
    }

    /// Replaced atomically by `FileOutput`, so a running `prep` being replaced is never half-written.
    private static func write(_ data: Data, to target: URL, _ output: FileOutput) throws {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try output.write(data, to: target.path)
    }
}

/// `prep uninstall`: removes what `prep install` put below the prefix; progress and own articles stay.
enum UninstallCommand: Command {
    static let name = "uninstall"
    static let abstract = HelpPhrase.uninstallAbstract
    static let discussion: HelpPhrase? = .uninstallDiscussion
    static let options: [OptionSpec] = [Installation.prefixOption, Installation.langOption]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let phrases = ScreenPhrases.forLanguage(context.language).setup
        let installation = Installation(prefix: Installation.prefix(arguments, context))
        guard let listed = try? String(contentsOf: installation.manifest, encoding: .utf8) else {
            throw CLIError.failure(phrases.nothingInstalled(installation.prefix.path, installation.manifest.path))
        }
        let fileManager = FileManager.default
        var removed = 0
        for path in listed.split(separator: "\n").map(String.init) where fileManager.fileExists(atPath: path) {
            try fileManager.removeItem(atPath: path)
            removed += 1
        }
        try fileManager.removeItem(at: installation.manifest)
        removeEmptyFolders(below: installation.share)
        context.out.line(phrases.removed(removed, installation.prefix.path))
        context.out.line(phrases.progressKept)
        return 0
    }

    /// Deepest first, so a folder emptied by removing its children goes too; a folder holding anything stays.
    private static func removeEmptyFolders(below folder: URL) {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder.path) else { return }
        let folders = enumerator.compactMap { $0 as? String }.map { folder.appendingPathComponent($0).path }
            .sorted { $0.count > $1.count } + [folder.path]
        for path in folders where (try? fileManager.contentsOfDirectory(atPath: path))?.isEmpty == true {
            try? fileManager.removeItem(atPath: path)
        }
    }
}
