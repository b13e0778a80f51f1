import CYaml

/// Builds a `Node` tree straight from libyaml's events (libyaml is the parser inside Yams,
/// its `CYaml` module), for the files that use plain YAML: no anchors, aliases or explicit
/// tags, one document, no key twice in a mapping. Anything else, and every syntax error,
/// reads as `unsupported`, and `YAMLDocument` then reads the file with Yams as before, so
/// those files get exactly Yams' reading and Yams' messages.
///
/// Why: with Yams, a file became a tree of Yams nodes (a tag object per value, its
/// duplicate keys checked by hashing whole nodes) and was then converted value by value;
/// at 100k entity files that was most of the load's time (docs/PERFORMANCE.md). This reads
/// each event once into the light node. Stateless; safe to call from any thread.
enum YAMLComposer {
    enum Outcome {
        case node(Node)
        /// No document at all: an empty file, or only comments.
        case empty
        /// Not plain YAML, or not YAML: read it with Yams.
        case unsupported
    }

    static func compose(utf8 text: UnsafeBufferPointer<UInt8>) -> Outcome {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return .unsupported }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        withUnsafePointer(to: 0 as UInt8) { none in
            yaml_parser_set_input_string(parser, text.baseAddress ?? none, text.count)
        }
        var events = Events(parser: parser)
        defer { events.finish() }
        guard events.next(), events.type == YAML_STREAM_START_EVENT, events.next() else { return .unsupported }
        if events.type == YAML_STREAM_END_EVENT { return .empty }
        guard events.type == YAML_DOCUMENT_START_EVENT, events.next(), let root = node(&events),
              events.next(), events.type == YAML_DOCUMENT_END_EVENT,
              events.next(), events.type == YAML_STREAM_END_EVENT else { return .unsupported }
        return .node(root)
    }

    /// The node that starts at the current event, its events consumed up to its last one;
    /// nil for anything `unsupported`.
    private static func node(_ events: inout Events) -> Node? {
        let e = events.event
        let mark = Node.Mark(line: Int(e.start_mark.line) + 1, column: Int(e.start_mark.column) + 1)
        switch e.type {
        case YAML_SCALAR_EVENT:
            let s = e.data.scalar
            guard s.anchor == nil, s.tag == nil, let style = Node.Scalar.Style(rawValue: Int(s.style.rawValue)) else { return nil }
            let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
            return .scalar(Node.Scalar(string: text, style: style, mark: mark))
        case YAML_SEQUENCE_START_EVENT:
            guard e.data.sequence_start.anchor == nil, e.data.sequence_start.tag == nil else { return nil }
            var items: [Node] = []
            while true {
                guard events.next() else { return nil }
                if events.type == YAML_SEQUENCE_END_EVENT { break }
                guard let item = node(&events) else { return nil }
                items.append(item)
            }
            return .sequence(Node.Sequence(items: items, mark: mark))
        case YAML_MAPPING_START_EVENT:
            guard e.data.mapping_start.anchor == nil, e.data.mapping_start.tag == nil else { return nil }
            var pairs: [(key: Node, value: Node)] = []
            var keys = Set<String>()
            while true {
                guard events.next() else { return nil }
                if events.type == YAML_MAPPING_END_EVENT { break }
                // A key that is not text, or written twice: Yams decides (and reports).
                guard let key = node(&events), case .scalar(let name) = key, keys.insert(name.string).inserted,
                      events.next(), let value = node(&events) else { return nil }
                pairs.append((key, value))
            }
            return .mapping(Node.Mapping(pairs: pairs, mark: mark))
        default:
            return nil  // an alias
        }
    }

    /// The parser's current event; each `next()` frees the one before.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var event = yaml_event_t()
        var live = false

        var type: yaml_event_type_t { event.type }

        mutating func next() -> Bool {
            finish()
            guard yaml_parser_parse(parser, &event) == 1 else { return false }
            live = true
            return true
        }

        mutating func finish() {
            if live { yaml_event_delete(&event); live = false }
        }
    }
}
