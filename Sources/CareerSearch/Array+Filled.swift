extension Array {
    /// `count` copies of `value`: what `Array(repeating:count:)` gives, allocated through
    /// code the compiler specialises for `Element`.
    ///
    /// Why: `Array(repeating:count:)` allocates through the standard library's unspecialised
    /// `Array._allocateBufferUninitialized(minimumCapacity:)`, which finds the storage
    /// class's metadata (`_ContiguousArrayStorage<Element>`) in the runtime's shared cache
    /// on every call: about 300 instructions more per array (and a lookup in a table both
    /// event loops read), where an `ask` made several such arrays and a search one
    /// (docs/PERFORMANCE.md, "Twenty-first round"). Copying a `repeatElement` allocates
    /// through inlinable code whose metadata access is cached at its call site. For the
    /// request path; building at load time may use either.
    @inlinable
    public static func filled(_ value: Element, count: Int) -> [Element] {
        Array(repeatElement(value, count: count))
    }
}
