// libFuzzer target: any bytes through both YAML readers of the knowledge loader. Where
// FlatYAML accepts the bytes, libyaml (YAMLComposer) must read the very same tree: texts,
// styles, marks and order. Built with the CareerKnowledge sources in its module, so the
// readers' internal types are in reach.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let flat = FlatYAML.parse(utf8: bytes) else { return 0 }
    guard case .node(let composed) = YAMLComposer.compose(utf8: bytes) else {
        preconditionFailure("FlatYAML read a tree where libyaml read none")
    }
    precondition(flat == composed, "FlatYAML and libyaml read different trees")
    return 0
}
