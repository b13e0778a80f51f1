extension AskResult {
    /// Appends the compact JSON of ``json`` without building it: the same bytes as
    /// `json.write(to:)` (members in the documented order, the same escaping and numbers),
    /// written straight into `out`. `ask` is the hot method and its answers are 1-6 KB, so
    /// the server writes them this way instead of through a `JSONValue` tree.
    public func write(to out: inout [UInt8]) {
        func key(_ name: StaticString, first: Bool = false) { Self.writeKey(name, first: first, to: &out) }
        func string(_ s: String) { JSONValue.writeString(s, to: &out) }
        func list<T>(_ items: [T], _ body: (T) -> Void) {
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                body(item)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "{"))
        key("intent", first: true); string(intent)
        key("confidence"); JSONValue.writeDouble(Self.clamp(confidence), to: &out)
        key("alternatives")
        list(alternatives) { a in
            out.append(UInt8(ascii: "{"))
            key("intent", first: true); string(a.intent)
            key("confidence"); JSONValue.writeDouble(Self.clamp(a.confidence), to: &out)
            out.append(UInt8(ascii: "}"))
        }
        key("entities")
        list(entities) { e in
            out.append(UInt8(ascii: "{"))
            key("type", first: true); string(e.type)
            key("id"); string(e.id)
            key("name"); string(e.name)
            out.append(UInt8(ascii: "}"))
        }
        key("slots")
        out.append(UInt8(ascii: "{"))
        if let level { key("level", first: true); string(level) }
        if let region { key("region", first: level == nil); string(region) }
        out.append(UInt8(ascii: "}"))
        key("answer"); string(answer)
        key("sources")
        list(sources) { s in
            out.append(UInt8(ascii: "{"))
            key("id", first: true); string(s.id)
            key("title"); string(s.title)
            key("publisher"); string(s.publisher)
            key("date"); string(s.date)
            out.append(UInt8(ascii: "}"))
        }
        key("suggestions")
        list(suggestions) { string($0) }
        if !salaries.isEmpty {
            key("salaries")
            list(salaries) { $0.write(to: &out) }
        }
        if let session { key("session"); string(session) }
        out.append(UInt8(ascii: "}"))
    }
}

extension AskResult {
    /// Writes a member's key, `"name":`, after a comma unless it is the object's first.
    /// Keys are ASCII names that need no escaping.
    static func writeKey(_ name: StaticString, first: Bool = false, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(contentsOf: "\":".utf8)
    }
}

extension RPCResponse {
    /// Appends a success response line whose result is written by `result` (for example
    /// ``AskResult/write(to:)``): the same bytes as `RPCResponse(id:result:).write(to:)`
    /// for the value it writes, without building that value.
    public static func writeResult(id: RPCID, to out: inout [UInt8], _ result: (inout [UInt8]) -> Void) {
        out.append(contentsOf: #"{"jsonrpc":"2.0","id":"#.utf8)
        id.json.write(to: &out)
        out.append(contentsOf: #","result":"#.utf8)
        result(&out)
        out.append(contentsOf: "}\n".utf8)
    }
}
