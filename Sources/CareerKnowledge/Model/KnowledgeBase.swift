/// Everything loaded from one knowledge folder, validated. Immutable once built:
/// readers on any thread share it; a reload builds a new one beside it.
public struct KnowledgeBase: Sendable {
    public var sources: [Source]
    public var roles: [Role]
    public var skills: [Skill]
    public var resources: [Resource]
    public var certifications: [Certification]
    public var trends: [Trend]
    /// Market-wide figures (`market.yaml`).
    public var market: [Fact]
    public var pathways: [Pathway]
    public var monthlyRoadmap: [RoadmapStage]
    public var practicalRoadmap: [RoadmapStep]
    public var personality: [Advice]
    public var experience: [Advice]
    public var vocabulary: Vocabulary
    /// A digest of every file the load read (names and bytes, in reading order), the same
    /// for the same folder wherever it lies; 0 for a knowledge base not loaded from files.
    /// Caches of work derived from the knowledge key on it (`IntentModelCache`).
    public var fingerprint: UInt64 = 0

    public init(sources: [Source] = [], roles: [Role] = [], skills: [Skill] = [], resources: [Resource] = [],
                certifications: [Certification] = [], trends: [Trend] = [], market: [Fact] = [],
                pathways: [Pathway] = [], monthlyRoadmap: [RoadmapStage] = [], practicalRoadmap: [RoadmapStep] = [],
                personality: [Advice] = [], experience: [Advice] = [], vocabulary: Vocabulary = .init()) {
        self.sources = sources; self.roles = roles; self.skills = skills; self.resources = resources
        self.certifications = certifications; self.trends = trends; self.market = market
        self.pathways = pathways; self.monthlyRoadmap = monthlyRoadmap; self.practicalRoadmap = practicalRoadmap
        self.personality = personality; self.experience = experience; self.vocabulary = vocabulary
    }
}
