extension AskResult: JSONDirectWritable {
    /// The compact JSON of ``json`` without building it: the same bytes as
    /// `json.write(to:)` (members in the documented order, the same escaping and numbers),
    /// written straight into the room the server sends from. `ask` is the hot method and
    /// its answers are 1-6 KB, so the server writes them this way instead of through a
    /// `JSONValue` tree (`write(to:)` appends the same bytes to an array).
    public func writeJSON(_ out: inout JSONPointerWriter) {
        func list<T>(_ items: [T], _ body: (T, inout JSONPointerWriter) -> Void) {
            out.byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                body(item, &out)
            }
            out.byte(UInt8(ascii: "]"))
        }
        out.byte(UInt8(ascii: "{"))
        out.key("intent", first: true); out.string(intent)
        out.key("confidence"); out.double(Self.clamp(confidence))
        out.key("alternatives")
        list(alternatives) { a, out in
            out.byte(UInt8(ascii: "{"))
            out.key("intent", first: true); out.string(a.intent)
            out.key("confidence"); out.double(Self.clamp(a.confidence))
            out.byte(UInt8(ascii: "}"))
        }
        out.key("entities")
        list(entities) { e, out in
            out.byte(UInt8(ascii: "{"))
            out.key("type", first: true); out.string(e.type)
            out.key("id"); out.string(e.id)
            out.key("name"); out.string(e.name)
            out.byte(UInt8(ascii: "}"))
        }
        out.key("slots")
        out.byte(UInt8(ascii: "{"))
        if let level { out.key("level", first: true); out.string(level) }
        if let region { out.key("region", first: level == nil); out.string(region) }
        out.byte(UInt8(ascii: "}"))
        out.key("answer"); out.string(answer)
        out.key("sources")
        list(sources) { s, out in
            out.byte(UInt8(ascii: "{"))
            out.key("id", first: true); out.string(s.id)
            out.key("title"); out.string(s.title)
            out.key("publisher"); out.string(s.publisher)
            out.key("date"); out.string(s.date)
            out.byte(UInt8(ascii: "}"))
        }
        out.key("suggestions")
        list(suggestions) { s, out in out.string(s) }
        if !salaries.isEmpty {
            out.key("salaries")
            list(salaries) { s, out in s.writeJSON(&out) }
        }
        if let session { out.key("session"); out.string(session) }
        out.byte(UInt8(ascii: "}"))
    }

    /// The most ``writeJSON(_:)`` writes: each string's size (`JSONPointerWriter.size`),
    /// each number's largest, and a generous bound on the keys and punctuation around them
    /// (every key name of the result is shorter than 16 bytes, so 20 covers `,"name":`).
    public var maximumJSONSize: Int {
        typealias W = JSONPointerWriter
        let key = 20, number = W.doubleSize
        var size = 2 + 8 * key + 16 // braces, the eight members always written, [] and {}
        size += W.size(of: intent) + number
        for a in alternatives { size += 4 + 2 * key + W.size(of: a.intent) + number }
        for e in entities { size += 4 + 3 * key + W.size(of: e.type) + W.size(of: e.id) + W.size(of: e.name) }
        if let level { size += key + W.size(of: level) }
        if let region { size += key + W.size(of: region) }
        size += W.size(of: answer)
        for s in sources {
            size += 4 + 4 * key + W.size(of: s.id) + W.size(of: s.title) + W.size(of: s.publisher) + W.size(of: s.date)
        }
        for s in suggestions { size += 1 + W.size(of: s) }
        if !salaries.isEmpty { size += key + 2 }
        for s in salaries { size += 1 + s.maximumJSONSize }
        if let session { size += key + W.size(of: session) }
        return size
    }
}
