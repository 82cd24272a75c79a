/// The twelve checks of claims.md §2, in order, and lookup by id or slug.
package enum CheckRegistry {
    package static let all: [Check] = [
        .syncPoolQueueing, .asyncManyWaits, .cpuShareCeiling, .cpuBlocksTheLoop,
        .sequentialAwaitVsGather, .gatherOverThreadSensitiveORM, .syncThreadScope, .asyncViewUnderSyncServer,
        .streamingPinsSyncWorker, .ioFractionVsSpeedup, .workerCountVsWorkload, .blockingAppOnAsyncServer,
    ]

    /// Case-insensitive: `C06`, `c6`, `gather-over-thread-sensitive-orm` and `c06-gather-over-thread-sensitive-orm`
    /// all name the same check.
    package static func check(named name: String) -> Check? {
        let wanted = name.lowercased()
        return all.first { check in
            let id = check.id.lowercased()
            let shortID = "c" + String(Int(check.id.dropFirst()) ?? -1)
            return wanted == id || wanted == shortID || wanted == check.slug || wanted == "\(id)-\(check.slug)"
        }
    }
}
