public struct Resource: Entity, Hashable {
    public static let type = EntityType.resource
    /// The fields, in one box shared by the copies until one of them is changed
    /// (`CopyOnWriteBox`): a copy (the answers list resources per skill) is one retain,
    /// not one per string and array. Equal and hashed as its fields.
    @usableFromInline var storage: CopyOnWriteBox<Stored>

    @usableFromInline struct Stored: Hashable, Sendable {
        @usableFromInline var id: String
        @usableFromInline var name: String
        @usableFromInline var aliases: [String]
        @usableFromInline var provider: String
        @usableFromInline var format: ResourceFormat
        @usableFromInline var cost: ResourceCost
        @usableFromInline var level: ResourceLevel
        @usableFromInline var topics: [String]
        @usableFromInline var backgroundTopics: [String] = []
        @usableFromInline var url: String?
        @usableFromInline var description: String
        @usableFromInline var sources: [String]
        @usableFromInline var background: String?
        @usableFromInline var location: SourceLocation?
    }

    /// The fields for a change, copied out of a box another copy shares.
    @usableFromInline var fields: Stored {
        get { storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = CopyOnWriteBox(storage.value) }
            yield &storage.value
        }
    }

    @inlinable public var id: String {
        get { storage.value.id }
        _modify { yield &fields.id }
    }
    @inlinable public var name: String {
        get { storage.value.name }
        _modify { yield &fields.name }
    }
    @inlinable public var aliases: [String] {
        get { storage.value.aliases }
        _modify { yield &fields.aliases }
    }
    @inlinable public var provider: String {
        get { storage.value.provider }
        _modify { yield &fields.provider }
    }
    @inlinable public var format: ResourceFormat {
        get { storage.value.format }
        _modify { yield &fields.format }
    }
    @inlinable public var cost: ResourceCost {
        get { storage.value.cost }
        _modify { yield &fields.cost }
    }
    @inlinable public var level: ResourceLevel {
        get { storage.value.level }
        _modify { yield &fields.level }
    }
    /// Skill ids the resource teaches, as its sources say.
    @inlinable public var topics: [String] {
        get { storage.value.topics }
        _modify { yield &fields.topics }
    }
    /// Skill ids it also teaches that no source says it does: the advisor's knowledge,
    /// never cited to a source in answers.
    @inlinable public var backgroundTopics: [String] {
        get { storage.value.backgroundTopics }
        _modify { yield &fields.backgroundTopics }
    }
    @inlinable public var url: String? {
        get { storage.value.url }
        _modify { yield &fields.url }
    }
    @inlinable public var description: String {
        get { storage.value.description }
        _modify { yield &fields.description }
    }
    @inlinable public var sources: [String] {
        get { storage.value.sources }
        _modify { yield &fields.sources }
    }
    @inlinable public var background: String? {
        get { storage.value.background }
        _modify { yield &fields.background }
    }
    @inlinable public var location: SourceLocation? {
        get { storage.value.location }
        _modify { yield &fields.location }
    }

    public init(id: String, name: String, aliases: [String] = [], provider: String, format: ResourceFormat,
                cost: ResourceCost, level: ResourceLevel, topics: [String], url: String? = nil,
                description: String, sources: [String], background: String? = nil,
                location: SourceLocation? = nil) {
        storage = CopyOnWriteBox(Stored(
            id: id, name: name, aliases: aliases, provider: provider, format: format, cost: cost, level: level,
            topics: topics, url: url, description: description, sources: sources, background: background,
            location: location))
    }

}
