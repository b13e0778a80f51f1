extension FolderLoad {
    /// Every entity of one type, from `<type>s/<id>.yaml`, sorted by id.
    func entities<T: Entity & NodeDecodable>(required: Bool = false) -> [T] {
        let directory = "\(T.type.rawValue)s"
        switch folder.kind(directory) {
        case nil:
            if required { log.report(.error, "missing required folder '\(directory)/'", at: folder.location(directory)) }
            return []
        case false?:
            log.report(.error, "'\(directory)' must be a folder, found a file", at: folder.location(directory))
            return []
        case true?:
            // Files are read a batch at a time (`FileBatchReader`), the next batches on
            // threads of their own while this one is decoded in parallel on every core (so
            // that only one batch of node trees is alive at once). Each file is decoded
            // into a recording log that is replayed here in file order: diagnostics,
            // duplicate ids and references come out as if the files had been decoded one
            // after another.
            let names = folder.yamlFiles(in: directory, log: log)
            var decoded: [T] = []
            decoded.reserveCapacity(names.count)
            log.reserve(names.count, scope: T.type.rawValue)
            let batches = stride(from: 0, to: names.count, by: KnowledgeLoader.batch).map {
                Array(names[$0..<min(names.count, $0 + KnowledgeLoader.batch)])
            }
            let path = folder.path(directory)
            func read(_ b: Int) -> Pending<[[UInt8]?]>? {
                guard b < batches.count else { return nil }
                let reader = readers[b % readers.count], batch = batches[b]
                return Pending { reader.read(directory: path, names: batch) }
            }
            var pending = (0..<readers.count).map { read($0) }
            for (b, batch) in batches.enumerated() {
                let contents = pending[b % readers.count]!.wait()
                pending[b % readers.count] = read(b + readers.count)
                // Each file: its path, the id its name promises, and its bytes.
                let files = zip(batch, contents).map { name, bytes in
                    (path: folder.path("\(directory)/\(name)"), promised: String(name.dropLast(5)), bytes: bytes)
                }
                let outcomes = files.parallelMap(chunk: 16) { (file) -> (T?, [LoadLog.Event]) in
                    Self.decodeEntity(file.path, promised: file.promised, bytes: file.bytes)
                }
                for (file, (entity, events)) in zip(files, outcomes) {
                    log.replay(events)
                    if let entity { decoded.append(entity) }
                    // The file name counts as declared whatever the file holds, so a broken
                    // file or a wrong id is reported once, not again at every reference.
                    log.declareQuietly(file.promised, scope: T.type.rawValue,
                                       at: SourceLocation(file: file.path, line: 1, column: 1))
                }
            }
            return decoded.sorted { $0.id < $1.id }
        }
    }

    /// Decodes one entity file, read already, into a recording log: safe on any thread.
    private static func decodeEntity<T: Entity & NodeDecodable>(_ path: String, promised: String, bytes: [UInt8]?) -> (T?, [LoadLog.Event]) {
        let log = LoadLog(recording: true)
        var digest: UInt64 = 0
        let outcome = YAMLDocument.read(bytes: bytes, path: path, digest: &digest)
        log.read(path, digest: digest)
        switch outcome {
        case .node(let node):
            return (T.decode(node, NodeReader(file: path, log: log, expectedID: promised)), log.recorded ?? [])
        case .failure(let message, let location):
            log.report(.error, message, at: location)
            return (nil, log.recorded ?? [])
        }
    }
}
