/// A check's figures by key (`makespan_ms`, `speedup_f90`…): milliseconds, req/s or plain ratios.
package typealias Measurements = [String: Double]

package enum MeasurementMedian {
    /// Pure: the per-key median of several runs (claims.md §2.1: judge the median of three). A key
    /// missing from a run is judged on the runs that have it.
    package static func of(_ runs: [Measurements]) -> Measurements {
        var keys = Set<String>()
        for run in runs { keys.formUnion(run.keys) }
        var median: Measurements = [:]
        for key in keys {
            let values = runs.compactMap { $0[key] }.sorted()
            guard !values.isEmpty else { continue }
            let middle = values.count / 2
            median[key] = values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
        }
        return median
    }
}
