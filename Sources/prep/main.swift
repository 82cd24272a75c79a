import Glibc
import PrepCLI

exit(PrepTool.run(arguments: Array(CommandLine.arguments.dropFirst())))
