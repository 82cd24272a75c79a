// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    // Makes every existential spelled `any`, so protocol costs are visible at the use site.
    .enableUpcomingFeature("ExistentialAny"),
    // A file sees only the modules it imports itself, which keeps module boundaries honest.
    .enableUpcomingFeature("MemberImportVisibility"),
    // A release build names a concrete generic type (`[String: Entry]`) by its metadata accessor, which is handed
    // the conformances it needs, rather than by a mangled name the runtime decodes and then checks by scanning
    // every conformance record of the binary (thousands, most of them Foundation's): that scan was a tenth of a
    // quiz's launch (issue 24). Debug builds keep the smaller code.
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

/// The folder this manifest is in, for the linker scripts of the release executable.
let packageRoot = String(#filePath.dropLast("/Package.swift".count))

let package = Package(
    name: "prep",
    products: [
        .executable(name: "prep", targets: ["prep"]),
    ],
    targets: [
        // C shims
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLinuxShims"),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

        // What content, study, exchange and checks share: the languages prep speaks, the verdicts claims are
        // given, the seeded generator, the concurrent map, UTC calendar arithmetic
        .target(name: "PrepCore", dependencies: ["CLinuxShims"], swiftSettings: swiftSettings),

        // Content → store → scheduling → study sessions → terminal
        .target(name: "PrepContent", dependencies: ["PrepCore"], swiftSettings: swiftSettings),
        .target(name: "PrepScheduling", dependencies: ["PrepCore"], swiftSettings: swiftSettings),
        .target(name: "PrepStore", dependencies: ["CSQLite", "PrepCore", "PrepContent", "PrepScheduling"], swiftSettings: swiftSettings),
        .target(name: "PrepStudy", dependencies: ["PrepCore", "PrepContent", "PrepScheduling", "PrepStore"], swiftSettings: swiftSettings),
        // Interchange: Anki text and packages, progress JSON, ZIP
        .target(name: "PrepExchange", dependencies: ["CZlib", "PrepCore", "PrepContent", "PrepScheduling", "PrepStore", "PrepStudy"], swiftSettings: swiftSettings),
        .target(name: "PrepTerminal", dependencies: ["PrepCore"], swiftSettings: swiftSettings),

        // Server → load generator → checks
        .target(name: "PrepServer", dependencies: ["CLinuxShims", "PrepCore"], swiftSettings: swiftSettings),
        .target(name: "PrepLoad", dependencies: ["CLinuxShims", "PrepServer"], swiftSettings: swiftSettings),
        .target(name: "PrepChecks", dependencies: ["PrepCore", "PrepServer", "PrepLoad"], swiftSettings: swiftSettings),

        // Command line
        .target(
            name: "PrepCLI",
            dependencies: [
                "PrepCore", "PrepContent", "PrepScheduling", "PrepStore", "PrepStudy", "PrepExchange", "PrepTerminal",
                "PrepServer", "PrepLoad", "PrepChecks",
            ],
            swiftSettings: swiftSettings
        ),
        // A release build carries the Swift runtime and Foundation inside the binary: loading and relocating them
        // as shared libraries was most of a short command's launch (issue 24). Compiling this one target with
        // the flag too makes it read the static Foundation, whose link entries name what that needs (ICU,
        // CoreFoundation); the other targets compile as before. Debug builds and tests keep the shared runtime.
        // Linked at a fixed address (not position-independent): a PIE of that size starts by applying some 80,000
        // relocations and copying the pages they touch, a quarter of `prep config`'s page faults.
        // libstdc++, SQLite and zlib are linked in as well: the folder searched first holds linker scripts named as
        // their shared libraries that name the archives instead (the link asks for them by `-l`, before any flag
        // of ours), and resolving libstdc++'s own symbols and SQLite's eagerly bound calls was a third of `prep
        // config`'s instructions. glibc stays shared, so name lookups (NSS) and `dlopen` (zstd) work as before,
        // which a fully static executable (`-static-executable`) would give up.
        .executableTarget(
            name: "prep", dependencies: ["PrepCLI"], exclude: ["StaticLibraries"],
            swiftSettings: swiftSettings + [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-Xclang-linker", "-no-pie", "-L", packageRoot + "/Sources/prep/StaticLibraries"],
                    .when(configuration: .release))
            ]
        ),

        // Tests: one target per module, sharing temporary folders and process runs
        .target(name: "PrepTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "PrepCoreTests", dependencies: ["PrepCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepContentTests", dependencies: ["PrepContent", "PrepCore", "PrepTestSupport"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "PrepSchedulingTests", dependencies: ["PrepScheduling", "PrepCore"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "PrepStoreTests", dependencies: ["PrepStore", "PrepCore", "PrepTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepStudyTests", dependencies: ["PrepStudy", "PrepCore", "PrepScheduling"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepExchangeTests", dependencies: ["PrepExchange", "PrepCore", "PrepStudy", "PrepScheduling", "PrepTestSupport"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "PrepTerminalTests", dependencies: ["PrepTerminal"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepServerTests", dependencies: ["PrepServer", "PrepCore", "PrepTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepLoadTests", dependencies: ["PrepLoad", "PrepServer"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepChecksTests", dependencies: ["PrepChecks", "PrepCore", "PrepTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "PrepCLITests", dependencies: ["PrepCLI", "PrepCore", "PrepTestSupport"], swiftSettings: swiftSettings),
    ]
)
