import Testing

/// Raw mode and the hidden cursor are process-wide, and a typed answer reads them; the suites nested
/// here (raw mode, input reader) run one test at a time so they never see each other's state.
@Suite(.serialized)
struct ProcessWideStateTests {}
