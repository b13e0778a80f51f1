/// Reads typed members of a params or result object, failing with a message that names
/// the field. `Failure` is `RPCError` (-32602) for params and `RPCDecodingError` for results.
struct FieldReader<Failure: Error> {
    let object: JSONObject
    /// The prefix of field names in messages ("", or "entities[2]." for nested objects).
    let path: String
    let fail: (_ field: String, _ message: String) -> Failure

    func failure(_ field: String, _ message: String) -> Failure {
        fail(path + field, "'\(path + field)' \(message)")
    }

    /// The member; a JSON null counts as absent.
    func value(_ key: String) -> JSONValue? {
        guard let v = object[key], !v.isNull else { return nil }
        return v
    }

    func optionalString(_ key: String) throws(Failure) -> String? {
        guard let v = value(key) else { return nil }
        guard let s = v.string else { throw failure(key, "must be a string, not \(v.typeName)") }
        return s
    }

    func string(_ key: String) throws(Failure) -> String {
        guard let s = try optionalString(key) else { throw failure(key, "is required (a string)") }
        return s
    }

    func optionalInt(_ key: String) throws(Failure) -> Int? {
        guard let v = value(key) else { return nil }
        guard let i = v.int else {
            throw failure(key, v.isNumber ? "must be an integer" : "must be an integer, not \(v.typeName)")
        }
        return i
    }

    func int(_ key: String) throws(Failure) -> Int {
        guard let i = try optionalInt(key) else { throw failure(key, "is required (an integer)") }
        return i
    }

    func optionalDouble(_ key: String) throws(Failure) -> Double? {
        guard let v = value(key) else { return nil }
        guard let d = v.double else { throw failure(key, "must be a number, not \(v.typeName)") }
        return d
    }

    func double(_ key: String) throws(Failure) -> Double {
        guard let d = try optionalDouble(key) else { throw failure(key, "is required (a number)") }
        return d
    }

    func optionalBool(_ key: String) throws(Failure) -> Bool? {
        guard let v = value(key) else { return nil }
        guard let b = v.bool else { throw failure(key, "must be a boolean, not \(v.typeName)") }
        return b
    }

    func optionalArray(_ key: String) throws(Failure) -> [JSONValue]? {
        guard let v = value(key) else { return nil }
        guard let a = v.array else { throw failure(key, "must be an array, not \(v.typeName)") }
        return a
    }

    func array(_ key: String) throws(Failure) -> [JSONValue] {
        guard let a = try optionalArray(key) else { throw failure(key, "is required (an array)") }
        return a
    }

    func optionalObject(_ key: String) throws(Failure) -> JSONObject? {
        guard let v = value(key) else { return nil }
        guard let o = v.object else { throw failure(key, "must be an object, not \(v.typeName)") }
        return o
    }

    func strings(_ key: String) throws(Failure) -> [String]? {
        guard let a = try optionalArray(key) else { return nil }
        var out: [String] = []
        for (i, element) in a.enumerated() {
            guard let s = element.string else { throw failure("\(key)[\(i)]", "must be a string") }
            out.append(s)
        }
        return out
    }

    /// A reader for each element of an array of objects, with paths like `key[i].`.
    func objects(_ key: String) throws(Failure) -> [FieldReader<Failure>]? {
        guard let a = try optionalArray(key) else { return nil }
        var out: [FieldReader<Failure>] = []
        for (i, element) in a.enumerated() {
            guard let o = element.object else { throw failure("\(key)[\(i)]", "must be an object") }
            out.append(FieldReader(object: o, path: "\(path)\(key)[\(i)].", fail: fail))
        }
        return out
    }

    func nested(_ key: String) throws(Failure) -> FieldReader<Failure>? {
        guard let o = try optionalObject(key) else { return nil }
        return FieldReader(object: o, path: "\(path)\(key).", fail: fail)
    }

    func entityType(_ key: String) throws(Failure) -> EntityType? {
        guard let raw = try optionalString(key) else { return nil }
        guard let type = EntityType(rawValue: raw) else {
            throw failure(key, "must be one of \(EntityType.choices), not '\(raw)'")
        }
        return type
    }
}

extension FieldReader where Failure == RPCError {
    /// A reader of request params: absent params and an empty array read as `{}`; any
    /// other non-object fails with -32602 (careerd takes params by name only).
    static func params(_ params: JSONValue?, method: RPCMethodName) throws(RPCError) -> FieldReader<RPCError> {
        let object: JSONObject
        switch params {
        case nil, .null?: object = JSONObject()
        case .object(let o)?: object = o
        case .array(let a)? where a.isEmpty: object = JSONObject()
        default:
            throw RPCError(.invalidParams, "params of '\(method)' must be an object with named members")
        }
        return FieldReader(object: object, path: "", fail: { field, message in
            RPCError.invalidParams(field: field, "Invalid params: \(message)")
        })
    }

    /// A trimmed, non-empty string of at most `maxLength` characters.
    func text(_ key: String, maxLength: Int) throws(RPCError) -> String {
        let raw = try string(key)
        let trimmed = raw.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw failure(key, "must not be empty") }
        // Characters are never more than UTF-8 bytes, so short texts skip the count.
        if trimmed.utf8.count > maxLength && trimmed.count > maxLength {
            throw failure(key, "is too long (\(trimmed.count) characters; the limit is \(maxLength))")
        }
        return trimmed
    }
}

extension FieldReader where Failure == RPCDecodingError {
    /// A reader of a result received from the server.
    static func result(_ json: JSONValue, method: RPCMethodName) throws(RPCDecodingError) -> FieldReader<RPCDecodingError> {
        guard let object = json.object else {
            throw RPCDecodingError("\(method) result must be an object, not \(json.typeName)")
        }
        return FieldReader(object: object, path: "", fail: { _, message in
            RPCDecodingError("\(method) result: \(message)")
        })
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines (Unicode-aware).
    ///
    /// A text that starts and ends with a visible ASCII byte has nothing to trim, and is
    /// returned as it is without forming its first and last `Character`s: every `ask`
    /// passes here, and finding grapheme boundaries and their whitespace property showed
    /// in the daemon's profile under load. (A first `Character` is whitespace by its first
    /// scalar, and no scalar joins a visible ASCII byte to a cluster started before it
    /// but a prepended one, which is not whitespace.)
    func trimmingWhitespace() -> String {
        let bytes = utf8
        if let head = bytes.first, let tail = bytes.last, (0x21...0x7E).contains(head), (0x21...0x7E).contains(tail) {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
