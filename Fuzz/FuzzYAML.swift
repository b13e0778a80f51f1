// libFuzzer target: any bytes through both YAML readers of the knowledge loader. Where
// FlatYAML accepts the bytes, libyaml (YAMLComposer) must read the very same tree: texts,
// styles, marks and order. Built with the CareerKnowledge sources in its module, so the
// readers' internal types are in reach.

private func same(_ a: Node, _ b: Node) -> Bool {
    switch (a, b) {
    case let (.scalar(x), .scalar(y)): x.string == y.string && x.style == y.style && x.mark == y.mark
    case let (.sequence(x), .sequence(y)):
        x.mark == y.mark && x.items.count == y.items.count && zip(x.items, y.items).allSatisfy(same)
    case let (.mapping(x), .mapping(y)):
        x.mark == y.mark && x.pairs.count == y.pairs.count
            && zip(x.pairs, y.pairs).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
    default: false
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let flat = FlatYAML.parse(utf8: bytes) else { return 0 }
    guard case .node(let composed) = YAMLComposer.compose(utf8: bytes) else {
        preconditionFailure("FlatYAML read a tree where libyaml read none")
    }
    precondition(same(flat, composed), "FlatYAML and libyaml read different trees")
    return 0
}
