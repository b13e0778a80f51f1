/// Reads the flattest kind of YAML file without libyaml: one mapping of `key: value` lines,
/// each value a plain scalar, a quoted scalar without escapes, or a flow sequence of such
/// scalars (`topics: [python, "sql"]`). The node is exactly the one `YAMLComposer` makes of
/// the same bytes, marks and styles included (`FlatYAMLTests` compares them on every file
/// of the shipped knowledge and the fixtures); for anything else (nesting, block
/// sequences, comments after a value, escapes, tabs, a key twice, a byte libyaml would
/// question) it returns nil, and the file is read by `YAMLComposer` as before.
///
/// Why: a 100k-entity folder is 100k such files, and libyaml's scanner, which checks every
/// character for every construct YAML has, was about a fifth of a 100k start's CPU.
/// Stateless; safe to call from any thread.
enum FlatYAML {
    static func parse(utf8 text: UnsafeBufferPointer<UInt8>) -> Node? {
        // Bytes libyaml accepts and this reader reads alike: printable ASCII, newlines, and
        // valid UTF-8 (checked once for the whole text when it has any).
        var ascii = true
        for byte in text {
            if byte >= 0x80 { ascii = false } else if byte < 0x20 && byte != 0x0A || byte == 0x7F { return nil }
        }
        if !ascii {
            // Valid UTF-8, and no character libyaml refuses or reads as a line break (C1
            // controls, NEL, the line and paragraph separators, BOM, non-characters).
            guard let decoded = String(validating: text, as: UTF8.self),
                  !decoded.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) || $0.value == 0x2028
                      || $0.value == 0x2029 || $0.value == 0xFEFF || $0.value >= 0xFFFE && $0.value <= 0xFFFF })
            else { return nil }
        }
        if text.first == 0xEF { return nil }  // a byte-order mark

        var pairs: [(key: Node, value: Node)] = []
        var keys: [String] = []
        var firstLine = 0
        var line = 0
        var start = 0
        while start < text.count {
            line += 1
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            let bytes = UnsafeBufferPointer(rebasing: text[start..<end])
            // Blank lines and whole-line comments at the left margin carry nothing.
            if bytes.allSatisfy({ $0 == 0x20 }) { continue }
            if bytes[0] == 0x23 { continue }  // #
            guard let (key, value) = pair(bytes, line: line) else { return nil }
            guard case .scalar(let k) = key, !keys.contains(k.string) else { return nil }
            keys.append(k.string)
            if pairs.isEmpty { firstLine = line }
            pairs.append((key, value))
        }
        guard !pairs.isEmpty else { return nil }
        return .mapping(Node.Mapping(pairs: pairs, mark: Node.Mark(line: firstLine, column: 1)))
    }

    /// One `key: value` line, or nil when it is anything else.
    private static func pair(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> (Node, Node)? {
        var colon = 0
        while colon < bytes.count && isKeyByte(bytes[colon]) { colon += 1 }
        guard colon > 0, bytes[0] != 0x2D, colon + 1 < bytes.count, bytes[colon] == 0x3A, bytes[colon + 1] == 0x20 else { return nil }
        var from = colon + 2
        while from < bytes.count && bytes[from] == 0x20 { from += 1 }
        var to = bytes.count
        while to > from && bytes[to - 1] == 0x20 { to -= 1 }
        guard from < to else { return nil }
        let key = Node.scalar(Node.Scalar(string: text(bytes, 0..<colon), style: .plain, mark: Node.Mark(line: line, column: 1)))
        let column = 1 + characters(bytes, 0..<from)
        let value: Node
        switch bytes[from] {
        case 0x5B:  // [
            guard bytes[to - 1] == 0x5D, let items = flowItems(bytes, from + 1..<(to - 1), line: line) else { return nil }
            value = .sequence(Node.Sequence(items: items, mark: Node.Mark(line: line, column: column)))
        case 0x22, 0x27:  // " '
            guard let (scalar, end) = quoted(bytes, at: from, before: to, line: line), end == to else { return nil }
            value = scalar
        default:
            guard isPlain(bytes, from..<to, flow: false) else { return nil }
            value = .scalar(Node.Scalar(string: text(bytes, from..<to), style: .plain, mark: Node.Mark(line: line, column: column)))
        }
        return (key, value)
    }

    /// The items of `[a, "b, c", d]` between the brackets: plain scalars, and quoted ones
    /// without escapes; none empty.
    private static func flowItems(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> [Node]? {
        var items: [Node] = []
        if bytes[range].allSatisfy({ $0 == 0x20 }) { return items }
        var i = range.lowerBound
        while true {
            while i < range.upperBound && bytes[i] == 0x20 { i += 1 }
            guard i < range.upperBound else { return nil }  // an empty item
            var end: Int  // just past the item
            if bytes[i] == 0x22 || bytes[i] == 0x27 {  // " '
                guard let (scalar, past) = quoted(bytes, at: i, before: range.upperBound, line: line) else { return nil }
                items.append(scalar)
                end = past
                while end < range.upperBound && bytes[end] == 0x20 { end += 1 }
                guard end == range.upperBound || bytes[end] == 0x2C else { return nil }
            } else {
                end = i
                while end < range.upperBound && bytes[end] != 0x2C { end += 1 }  // ,
                var to = end
                while to > i && bytes[to - 1] == 0x20 { to -= 1 }
                guard isPlain(bytes, i..<to, flow: true) else { return nil }
                items.append(.scalar(Node.Scalar(string: text(bytes, i..<to), style: .plain,
                                                 mark: Node.Mark(line: line, column: 1 + characters(bytes, 0..<i)))))
            }
            if end == range.upperBound { return items }
            i = end + 1
        }
    }

    /// The scalar in quotes that starts at `bytes[i]` (a `"` or a `'`) and closes before
    /// `limit`, and the index just past its closing quote; nil when it does not close or
    /// holds a backslash (an escape, left to libyaml). A doubled `''` closes it early, and
    /// what follows then is not what the callers accept.
    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, before limit: Int,
                               line: Int) -> (scalar: Node, end: Int)? {
        let quote = bytes[i]
        var end = i + 1
        while end < limit && bytes[end] != quote {
            if bytes[end] == 0x5C { return nil }
            end += 1
        }
        guard end < limit else { return nil }
        let scalar = Node.scalar(Node.Scalar(string: text(bytes, (i + 1)..<end),
                                             style: quote == 0x22 ? .doubleQuoted : .singleQuoted,
                                             mark: Node.Mark(line: line, column: 1 + characters(bytes, 0..<i))))
        return (scalar, end + 1)
    }

    /// Whether `range` reads as one plain scalar with exactly these characters: no
    /// indicator first, no `: ` or ` #` inside, and in a flow sequence no flow indicators.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flow: Bool) -> Bool {
        let first = bytes[range.lowerBound]
        // - ? : , [ ] { } # & * ! | > ' " % @ `
        if [0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60]
            .contains(first) { return false }
        if bytes[range.upperBound - 1] == 0x3A { return false }
        for i in range {
            let b = bytes[i]
            if b == 0x3A && i + 1 < range.upperBound && bytes[i + 1] == 0x20 { return false }
            if b == 0x23 && bytes[i - 1] == 0x20 { return false }
            if flow && (b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D || b == 0x3A) { return false }
        }
        return true
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Characters (code points, as libyaml counts columns) in `range`.
    private static func characters(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
