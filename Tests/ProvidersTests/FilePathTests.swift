import Testing
@testable import LocalProvider

@Suite("the directory a file is created in, as Go's filepath.Dir finds it")
struct FilePathTests {
    @Test("bare names, root files, repeated and trailing slashes")
    func directories() {
        #expect(FileSystem.directory(of: "a.txt") == ".")
        #expect(FileSystem.directory(of: "/a.txt") == "/")
        #expect(FileSystem.directory(of: "out/a.txt") == "out")
        #expect(FileSystem.directory(of: "out//sub/./a.txt") == "out/sub")
        #expect(FileSystem.directory(of: "./a/../b/c.txt") == "b")
        #expect(FileSystem.directory(of: "../up/c.txt") == "../up")
    }
}
