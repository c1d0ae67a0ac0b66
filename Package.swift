// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "HaiAn",
    products: [
        .executable(name: "haian", targets: ["haian"]),
        .library(name: "Model", targets: ["Model"]),
        .library(name: "Storage", targets: ["Storage"]),
        .library(name: "HaiAnTUI", targets: ["HaiAnTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", exact: "1.19.7"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/stencilproject/Stencil", exact: "0.15.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "Model"),
        .target(
            name: "Storage",
            dependencies: [
                "Model", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Stencil", package: "Stencil"),
            ],
            // The documents' default templates, read at run time so a commune's copies can replace them.
            resources: [.copy("Documents/Templates")]
        ),
        .target(name: "HaiAnTUI", dependencies: ["Model", "Storage", "CNcurses"]),
        .executableTarget(
            name: "haian",
            dependencies: [
                "Model", "Storage", "HaiAnTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The reliability harness's monkey: random keys into the core, no terminal.
        .executableTarget(name: "haian-monkey", dependencies: ["Model", "Storage", "HaiAnTUI"]),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        // Golden copies and Excel fixtures are read from the source tree by path, not bundled.
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Model", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "HaiAnTUITests",
            dependencies: [
                "HaiAnTUI", "Storage", "Model",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // Sequences of commands run through the real database and checked against a reference model.
        .testTarget(
            name: "ModelCheckTests",
            dependencies: ["Storage", "Model", "HaiAnTUI", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        // Drives the built `haian` binary in tmux; depending on it makes `swift test` build it.
        .testTarget(name: "EndToEndTests", dependencies: ["haian"]),
    ]
)
