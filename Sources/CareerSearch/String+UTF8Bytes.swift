extension String {
    /// Calls `body` with the string's UTF-8 bytes, read in place: a native or small string
    /// (every string this program makes) has them contiguous, and its UTF-8 view lends them
    /// without a copy. Others are copied first.
    ///
    /// Why not `withUTF8`: it is `mutating`, so reading a `let` through it copies the string
    /// into a `var` first, a retain and a release of its storage each time; the ask read
    /// strings so some hundred times (docs/PERFORMANCE.md, "Twenty-second round").
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
