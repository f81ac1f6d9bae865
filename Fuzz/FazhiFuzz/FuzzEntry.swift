import Foundation

/// libFuzzer's entry point: called for every input it makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.current.run(bytes)
    return 0
}

#if FUZZING
/// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

/// Built with `-sanitize=fuzzer,address -DFUZZING` (scripts/fuzz.sh), the program is a libFuzzer fuzzer taking
/// libFuzzer's options. Built without (as `swift build` does), it replays inputs: each file named runs through the
/// target, so a crash the fuzzer found is reproduced and debugged with an ordinary build.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, fuzzOneInput))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("fazhi-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            FuzzTarget.current.run([UInt8](data))
        }
        #endif
    }
}
