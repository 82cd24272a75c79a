import PrepScheduling
import Testing

@testable import PrepStore

@Suite struct SchedulerWeightsTests {
    @Test func savedWeightsComeBackAndBrokenOnesFallBackToTheDefaults() throws {
        let store = try Store.openInMemory()
        #expect(try store.schedulerWeights() == nil)
        #expect(try store.schedulerWeights() ?? SchedulerParameters.defaultWeights == SchedulerParameters.defaultWeights)

        var weights = SchedulerParameters.defaultWeights
        weights[2] = 3.25
        try store.setSchedulerWeights(weights)
        #expect(try store.schedulerWeights() == weights)
        #expect(try store.schedulerWeights() ?? SchedulerParameters.defaultWeights == weights)

        weights[4] = 42
        #expect(throws: SchedulerParametersError.self) { try store.setSchedulerWeights(weights) }
        try store.setSetting(Store.schedulerWeightsSetting, to: "1,2,3")
        #expect(try store.schedulerWeights() == nil)
        #expect(try store.schedulerWeights() ?? SchedulerParameters.defaultWeights == SchedulerParameters.defaultWeights)
    }
}
