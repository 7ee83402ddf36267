// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "iac",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "iac", targets: ["iac"]),
        .library(name: "HCL", targets: ["HCL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "HCL", path: "Sources/HCL"),
        .executableTarget(
            name: "iac",
            dependencies: [
                "HCL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/iac"
        ),
        .testTarget(name: "HCLTests", dependencies: ["HCL"], path: "Tests/HCLTests"),
        .testTarget(name: "CLITests", dependencies: ["HCL"], path: "Tests/CLITests"),
    ]
)
