import Foundation
import Testing
@testable import Lang
import Values

/// A temporary module directory laid out like the conformance corpus's `files/` folder.
private final class ModuleDirectory {
    let path: String
    let functions: [String: Function]

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("iac-fs-\(UUID().uuidString)").path
        let files: [String: [UInt8]] = [
            "hello.txt": Array("Hello, World!\n".utf8),
            "empty.txt": [],
            "binary.bin": [0x00, 0x01, 0x02, 0xFE, 0xFF, 0x20] + Array("binary".utf8) + [0x20, 0x80, 0x81, 0x0A],
            "tree/.hidden.txt": Array("hidden\n".utf8),
            "tree/a.txt": Array("alpha\n".utf8),
            "tree/b.txt": Array("bravo\n".utf8),
            "tree/c.md": Array("# c\n".utf8),
            "tree/with space.txt": Array("space\n".utf8),
            "tree/sub/s1.txt": Array("s1\n".utf8),
            "tree/sub/s2.json": Array("{}\n".utf8),
            "tree/sub/deeper/d.txt": Array("d\n".utf8),
        ]
        for (name, contents) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents).write(to: url)
        }
        functions = FilesystemFunctions.all(baseDirectory: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func call(_ name: String, _ arguments: Value...) throws -> Value {
        try #require(functions[name]).call(arguments)
    }

    func failure(_ name: String, _ arguments: Value...) throws -> FunctionError? {
        do {
            _ = try #require(functions[name]).call(arguments)
            return nil
        } catch let error as FunctionError {
            return error
        }
    }

    func fileset(_ directory: String, _ pattern: String) throws -> [String] {
        try call("fileset", .string(directory), .string(pattern)).elements?.compactMap(\.stringValue) ?? []
    }
}

@Suite("filesystem functions")
struct FilesystemFunctionsTests {
    private static let noFileHint = "; this function works only with files that are distributed as part of the "
        + "configuration source code, so if this file will be created by a resource in this configuration you "
        + "must instead obtain this result from an attribute of that resource"

    @Test("file reads UTF-8 text relative to the module directory")
    func file() throws {
        let module = try ModuleDirectory()
        #expect(try module.call("file", .string("hello.txt")) == .string("Hello, World!\n"))
        #expect(try module.call("file", .string("./tree/../hello.txt")) == .string("Hello, World!\n"))
        #expect(try module.call("file", .string("\(module.path)/empty.txt")) == .string(""))
        #expect(
            try module.call("file", Value.string("hello.txt").marked(.sensitive))
                == Value.string("Hello, World!\n").marked(.sensitive)
        )
    }

    @Test("file explains missing, unreadable and binary files as Terraform does")
    func fileFailures() throws {
        let module = try ModuleDirectory()
        #expect(
            try module.failure("file", .string("missing.txt"))
                == .argument(index: 0, message: #"no file exists at "missing.txt""# + Self.noFileHint)
        )
        #expect(
            try module.failure("file", Value.string("missing.txt").marked(.sensitive))
                == .argument(index: 0, message: "no file exists at (sensitive value)" + Self.noFileHint)
        )
        #expect(
            try module.failure("file", .string("tree"))
                == .argument(index: 0, message: "failed to read file: read \(module.path)/tree: is a directory")
        )
        #expect(
            try module.failure("file", .string("hello.txt/x"))
                == .argument(index: 0, message: "open \(module.path)/hello.txt/x: not a directory")
        )
        #expect(
            try module.failure("file", .string("binary.bin"))
                == .call(
                    #"contents of "binary.bin" are not valid UTF-8; use the filebase64 function to obtain the "#
                        + "Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain "
                        + "file hashing results instead"
                )
        )
        #expect(
            try module.failure("file", .string("~user/x"))
                == .argument(index: 0, message: "failed to expand ~: cannot expand user-specific home dir")
        )
    }

    @Test("filebase64 encodes any bytes")
    func filebase64() throws {
        let module = try ModuleDirectory()
        #expect(try module.call("filebase64", .string("hello.txt")) == .string("SGVsbG8sIFdvcmxkIQo="))
        #expect(try module.call("filebase64", .string("binary.bin")) == .string("AAEC/v8gYmluYXJ5IICBCg=="))
        #expect(try module.call("filebase64", .string("empty.txt")) == .string(""))
    }

    @Test("file hashes read bytes and report Go's open and read errors")
    func fileHashes() throws {
        let module = try ModuleDirectory()
        let expected: [(String, String, String)] = [
            ("filemd5", "hello.txt", "bea8252ff4e80f41719ea13cdf007273"),
            ("filemd5", "binary.bin", "fdde24188a7297f24bbcdeb69a9a0b5b"),
            ("filesha1", "hello.txt", "60fde9c2310b0d4cad4dab8d126b04387efba289"),
            ("filesha256", "hello.txt", "c98c24b677eff44860afea6f493bbaec5bb1c4cbb209c6fc2bbb47f66ff2ad31"),
            ("filebase64sha256", "binary.bin", "chJFv0oiqoQQbl5Lzy9IHbU0Xa0GbodoXrXejImei5E="),
            ("filebase64sha256", "empty.txt", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
            (
                "filesha512", "hello.txt",
                "921618bc6d9f8059437c5e0397b13f973ab7c7a7b81f0ca31b70bf448fd800a460b67efda0020088bc97bf7d9da97a9e2ce7b20d46e066462ec44cf60284f9a7"
            ),
            (
                "filebase64sha512", "hello.txt",
                "khYYvG2fgFlDfF4Dl7E/lzq3x6e4HwyjG3C/RI/YAKRgtn79oAIAiLyXv32dqXqeLOeyDUbgZkYuxEz2AoT5pw=="
            ),
        ]
        for (name, path, digest) in expected {
            #expect(try module.call(name, .string(path)) == .string(digest), "\(name)(\(path))")
        }
        #expect(
            try module.failure("filemd5", .string("missing.txt"))
                == .call("open \(module.path)/missing.txt: no such file or directory")
        )
        #expect(try module.failure("filesha256", .string("tree")) == .call("read \(module.path)/tree: is a directory"))
        #expect(
            try module.call("filemd5", Value.string("empty.txt").marked(.sensitive))
                == Value.string("d41d8cd98f00b204e9800998ecf8427e").marked(.sensitive)
        )
    }

    @Test("fileexists is true only for regular files")
    func fileexists() throws {
        let module = try ModuleDirectory()
        #expect(try module.call("fileexists", .string("hello.txt")) == .true)
        #expect(try module.call("fileexists", .string("missing.txt")) == .false)
        #expect(try module.call("fileexists", Value.string("empty.txt").marked(.sensitive)) == Value.true.marked(.sensitive))
        #expect(try module.failure("fileexists", .string("tree")) == .call("\"\(module.path)/tree\" is a directory, not a file"))
        #expect(
            try module.failure("fileexists", Value.string("tree").marked(.sensitive))
                == .call("(sensitive value) is a directory, not a file")
        )
        #expect(try module.failure("fileexists", .string("hello.txt/x")) == .call("failed to stat \"\(module.path)/hello.txt/x\""))
        #expect(
            try module.failure("fileexists", .string("~user/x"))
                == .call("failed to expand ~: cannot expand user-specific home dir")
        )
    }

    @Test("fileset matches Terraform's doublestar globs", arguments: [
        ("tree", "*", [".hidden.txt", "a.txt", "b.txt", "c.md", "with space.txt"]),
        ("tree", "**", [".hidden.txt", "a.txt", "b.txt", "c.md", "sub/deeper/d.txt", "sub/s1.txt", "sub/s2.json", "with space.txt"]),
        ("tree", "**/*.txt", [".hidden.txt", "a.txt", "b.txt", "sub/deeper/d.txt", "sub/s1.txt", "with space.txt"]),
        ("tree", "*/*", ["sub/s1.txt", "sub/s2.json"]),
        ("tree", "sub/**", ["sub/deeper/d.txt", "sub/s1.txt", "sub/s2.json"]),
        ("tree", "sub/**/*.txt", ["sub/deeper/d.txt", "sub/s1.txt"]),
        ("tree", "**/d.txt", ["sub/deeper/d.txt"]),
        ("tree", "{a,b}.txt", ["a.txt", "b.txt"]),
        ("tree", "[ab].txt", ["a.txt", "b.txt"]),
        ("tree", "[^a].txt", ["b.txt"]),
        ("tree", "[a-b].txt", ["a.txt", "b.txt"]),
        ("tree", "?.txt", ["a.txt", "b.txt"]),
        ("tree", "*.{txt,md}", [".hidden.txt", "a.txt", "b.txt", "c.md", "with space.txt"]),
        ("tree", ".*", [".hidden.txt"]),
        ("tree", "\\a.txt", ["a.txt"]),
        ("tree", "{sub,x}/*.txt", ["sub/s1.txt"]),
        ("tree", "s*/*", ["sub/s1.txt", "sub/s2.json"]),
        ("tree", "**/", [".hidden.txt", "a.txt", "b.txt", "c.md", "sub/deeper/d.txt", "sub/s1.txt", "sub/s2.json", "with space.txt"]),
        ("tree", "./a.txt", ["a.txt"]),
        ("tree/", "*.md", ["c.md"]),
        ("tree", "../*.txt", ["../empty.txt", "../hello.txt"]),
        (".", "tree/a.txt", ["tree/a.txt"]),
        ("tree", "nomatch*", []),
        ("tree", "sub", []),
        ("tree", "", []),
        ("tree", ".", []),
        ("tree", "/abs", []),
        ("missing", "*", []),
        ("missing", "[", []),
    ])
    func fileset(directory: String, pattern: String, expected: [String]) throws {
        #expect(try ModuleDirectory().fileset(directory, pattern) == expected)
    }

    @Test("fileset reports malformed patterns and keeps marks")
    func filesetFailures() throws {
        let module = try ModuleDirectory()
        for pattern in ["[", "{a,b", "{,sub/}*.txt", "[]a].txt", "[a-].txt"] {
            #expect(
                try module.failure("fileset", .string("tree"), .string(pattern))
                    == .call("failed to glob pattern \(goQuoted(module.path + "/tree/" + pattern)): syntax error in pattern")
            )
        }
        #expect(
            try module.failure("fileset", .string("tree"), Value.string("[").marked(.sensitive))
                == .call("failed to glob pattern (sensitive value): syntax error in pattern")
        )
        let marked = try module.call("fileset", Value.string("tree").marked(.sensitive), .string("a.*"))
        #expect(marked == Value.set([.string("a.txt")], elementType: .string).marked(.sensitive))
    }

    @Test("dirname, basename and abspath follow Go's lexical rules")
    func pathFunctions() throws {
        let module = try ModuleDirectory()
        let cases: [(String, String, String)] = [
            ("dirname", "foo/bar/baz.txt", "foo/bar"), ("dirname", "/foo/bar/baz.txt", "/foo/bar"),
            ("dirname", "baz.txt", "."), ("dirname", "", "."), ("dirname", "/", "/"), ("dirname", "foo/", "foo"),
            ("dirname", "foo//bar", "foo"), ("dirname", "../a/b", "../a"), ("dirname", "a\\b", "."),
            ("dirname", "/a/b/", "/a/b"),
            ("basename", "foo/bar/baz.txt", "baz.txt"), ("basename", "/foo/bar/", "bar"), ("basename", "", "."),
            ("basename", "/", "/"), ("basename", "///", "/"), ("basename", "a\\b", "a\\b"),
            ("basename", "日本/語.txt", "語.txt"), ("basename", "a//", "a"),
            ("abspath", "/a/b/../c", "/a/c"), ("abspath", "/a/./b/", "/a/b"), ("abspath", "/", "/"),
            ("abspath", "//double//slash", "/double/slash"), ("abspath", "/a/b/c/../../..", "/"),
            ("pathexpand", "/etc/resolv.conf", "/etc/resolv.conf"), ("pathexpand", "relative/path", "relative/path"),
            ("pathexpand", "", ""), ("pathexpand", "a/~/b", "a/~/b"),
        ]
        for (name, input, expected) in cases {
            #expect(try module.call(name, .string(input)) == .string(expected), "\(name)(\(input))")
        }
        let relative = try #require(try module.call("abspath", .string("x/./y/")).stringValue)
        #expect(relative.hasPrefix("/") && relative.hasSuffix("/x/y"))
    }

    @Test("pathexpand replaces a leading ~ with the home directory")
    func pathexpand() throws {
        let module = try ModuleDirectory()
        let home = try #require(LocalFiles.homeDirectory())
        #expect(try module.call("pathexpand", .string("~")) == .string(GoPath.clean(home)))
        #expect(try module.call("pathexpand", .string("~/.ssh/id_rsa")) == .string(GoPath.join(home, ".ssh/id_rsa")))
        #expect(try module.failure("pathexpand", .string("~user/x")) == .call("cannot expand user-specific home dir"))
    }
}
