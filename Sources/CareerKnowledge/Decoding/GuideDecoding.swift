/// Decoding of the guide files: `education.yaml`, the two roadmaps,
/// `personality.yaml` and `experience.yaml`. Items keep the order they are written in.

/// The kinds of route into the field.
enum PathwayKind: String, CaseIterable, ClosedVocabulary {
    case degree, bootcamp, certificate
    case selfStudy = "self-study"
    static var vocabularyName: String { "pathway kind" }
}

extension Pathway: ObjectDecodable {
    static var objectName: String { "pathway" }
    static func decode(_ f: Fields) -> Pathway? {
        let id = f.id(scope: "pathway")
        let name: String? = f.required("name")
        let kind: PathwayKind? = f.required("kind")
        let summary: String? = f.required("summary")
        let duration: String? = f.optional("duration")
        let examples: [String] = f.list("examples")
        let roles = f.references("roles", to: .entity(.role))
        let background = f.background()
        let sources = f.references("sources", to: .source, required: true)
        guard let id, let name, let kind, let summary else { return nil }
        var pathway = Pathway(id: id, name: name, kind: kind.rawValue, summary: summary, duration: duration,
                              examples: examples, roles: roles, sources: sources, location: f.location)
        pathway.background = background
        return pathway
    }
}

extension RoadmapStage: ObjectDecodable {
    static var objectName: String { "roadmap stage" }
    static func decode(_ f: Fields) -> RoadmapStage? {
        let months: String? = f.required("months")
        let focus: String? = f.required("focus")
        let steps: [String]? = f.required("steps")
        let resources = f.references("resources", to: .entity(.resource))
        let skills = f.references("skills", to: .entity(.skill))
        let source = f.reference("source", to: .source)
        guard let months, let focus, let steps, let source else { return nil }
        return RoadmapStage(months: months, focus: focus, steps: steps, resources: resources, skills: skills,
                            source: source, location: f.location)
    }
}

extension RoadmapStep: ObjectDecodable {
    static var objectName: String { "roadmap step" }
    static func decode(_ f: Fields) -> RoadmapStep? {
        let order: Located<Int>? = f.required("order")
        let title: String? = f.required("title")
        let summary: String? = f.required("summary")
        let actions: [String] = f.list("actions")
        let resources = f.references("resources", to: .entity(.resource))
        let source = f.reference("source", to: .source)
        if let order {
            f.reader.log.declare(String(order.value), scope: "roadmap step order", label: "roadmap step order",
                                  at: order.location)
        }
        guard let order, let title, let summary, let source else { return nil }
        return RoadmapStep(order: order.value, title: title, summary: summary, actions: actions,
                           resources: resources, source: source, location: f.location)
    }
}

extension Advice: ObjectDecodable {
    static var objectName: String { "advice" }
    static func decode(_ f: Fields) -> Advice? {
        let id = f.id(scope: "advice")
        let title: String? = f.required("title")
        let text: String? = f.required("text")
        let keywords: [String] = f.list("keywords")
        let sources = f.references("sources", to: .source, required: true)
        guard let id, let title, let text else { return nil }
        return Advice(id: id, title: title, text: text, keywords: keywords, sources: sources, location: f.location)
    }
}

/// The top of `education.yaml`.
struct EducationFile: ObjectDecodable {
    var pathways: [Pathway]
    static var objectName: String { "education file" }
    static func decode(_ f: Fields) -> EducationFile? { f.required("pathways").map(EducationFile.init) }
}

/// The top of `roadmap-monthly.yaml`.
struct MonthlyRoadmapFile: ObjectDecodable {
    var stages: [RoadmapStage]
    static var objectName: String { "monthly roadmap" }
    static func decode(_ f: Fields) -> MonthlyRoadmapFile? { f.required("stages").map(MonthlyRoadmapFile.init) }
}

/// The top of `roadmap-steps.yaml`.
struct StepsRoadmapFile: ObjectDecodable {
    var steps: [RoadmapStep]
    static var objectName: String { "practical roadmap" }
    static func decode(_ f: Fields) -> StepsRoadmapFile? { f.required("steps").map(StepsRoadmapFile.init) }
}

/// The top of `personality.yaml` and `experience.yaml`. Advice ids are unique across
/// both files.
struct AdviceFile: ObjectDecodable {
    var advice: [Advice]
    static var objectName: String { "advice file" }
    static func decode(_ f: Fields) -> AdviceFile? { f.required("advice").map(AdviceFile.init) }
}
