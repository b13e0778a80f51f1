/// A value kept on the heap, shared by the copies of the struct that holds it until one
/// of them changes it (then that one copies it first: copy on write, as `Array`'s
/// storage is). `Role` and `Resource` keep their fields in one, so that copying an entity,
/// which answers do often, is one retain rather than one per string and array.
///
/// Equal and hashed as its value (the same box is equal without comparing). The
/// mutation is safe because a holder changes the value only through a box no one else
/// references (`isKnownUniquelyReferenced`), so instances shared between threads are only read.
@usableFromInline
final class CopyOnWriteBox<Value: Hashable & Sendable>: @unchecked Sendable, Hashable {
    @usableFromInline var value: Value

    @usableFromInline init(_ value: Value) { self.value = value }

    @usableFromInline static func == (a: CopyOnWriteBox, b: CopyOnWriteBox) -> Bool { a === b || a.value == b.value }

    @usableFromInline func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
