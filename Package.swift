// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "iac",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "iac", targets: ["iac"]),
        .library(name: "HCL", targets: ["HCL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "HCL", path: "Sources/HCL"),
        .target(name: "Values", path: "Sources/Values"),
        .target(
            name: "Lang",
            dependencies: ["HCL", "Values", .product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/Lang"
        ),
        .target(name: "Addresses", dependencies: ["HCL"], path: "Sources/Addresses"),
        .target(name: "Config", dependencies: ["HCL", "Values", "Lang", "Addresses"], path: "Sources/Config"),
        .target(name: "ProviderKit", dependencies: ["Values"], path: "Sources/ProviderKit"),
        .target(name: "State", dependencies: ["Values", "Addresses", "SQLite"], path: "Sources/State"),
        .target(
            name: "Engine", dependencies: ["HCL", "Values", "Lang", "Addresses", "Config", "ProviderKit", "State"],
            path: "Sources/Engine"
        ),
        .systemLibrary(name: "SQLite", path: "Sources/SQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "Render", dependencies: ["HCL", "Values", "Addresses", "Engine", "State"], path: "Sources/Render"),
        .target(name: "BuiltinProvider", dependencies: ["ProviderKit", "Values"], path: "providers/Builtin"),
        .target(name: "RandomProvider", dependencies: ["ProviderKit", "Values"], path: "providers/Random"),
        .target(
            name: "LocalProvider",
            dependencies: ["ProviderKit", "Values", .product(name: "Crypto", package: "swift-crypto")],
            path: "providers/Local"
        ),
        .executableTarget(
            name: "iac",
            dependencies: [
                "HCL", "Values", "Lang", "Addresses", "Config", "ProviderKit", "State", "Engine", "Render",
                "BuiltinProvider", "RandomProvider", "LocalProvider",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/iac"
        ),
        .testTarget(name: "HCLTests", dependencies: ["HCL"], path: "Tests/HCLTests"),
        .testTarget(name: "ValuesTests", dependencies: ["Values"], path: "Tests/ValuesTests"),
        .testTarget(name: "LangTests", dependencies: ["Lang", "HCL", "Values"], path: "Tests/LangTests"),
        .testTarget(name: "AddressesTests", dependencies: ["Addresses"], path: "Tests/AddressesTests"),
        .testTarget(
            name: "EngineTests", dependencies: ["Engine", "Config", "HCL", "Values", "Addresses", "State", "ProviderKit"],
            path: "Tests/EngineTests"
        ),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "HCL"], path: "Tests/ConfigTests"),
        .testTarget(name: "RenderTests", dependencies: ["Render", "HCL", "Engine", "Values", "Addresses"], path: "Tests/RenderTests"),
        .testTarget(
            name: "ConsoleConformanceTests", dependencies: ["Config", "HCL", "Render", "Values"],
            path: "Tests/ConsoleConformanceTests"
        ),
        .testTarget(name: "CLITests", dependencies: ["HCL"], path: "Tests/CLITests"),
        .testTarget(name: "StateTests", dependencies: ["State", "Addresses", "Values"], path: "Tests/StateTests"),
        .testTarget(
            name: "ProvidersTests", dependencies: ["BuiltinProvider", "RandomProvider", "LocalProvider", "ProviderKit", "Values"],
            path: "Tests/ProvidersTests"
        ),
    ]
)
