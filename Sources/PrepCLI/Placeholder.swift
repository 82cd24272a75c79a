package enum PrepTool {
    package static func run(arguments: [String]) -> Int32 { 0 }
}
