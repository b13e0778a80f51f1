/// Decoding of the language folder (`language/*.yaml`) into `Vocabulary` parts. Entity
/// type, level, region and cost names are checked against their closed sets.

extension IntentDefinition: ObjectDecodable {
    static var objectName: String { "intent" }
    static func decode(_ f: Fields) -> IntentDefinition? {
        let name: Located<String>? = f.required("name")
        let summary: String? = f.required("summary")
        // Optional: a new intent can be taught by its examples alone.
        let keywords: [String: Double]? = f.optional("keywords") ?? [:]
        let phrases: [String: Double] = f.optional("phrases") ?? [:]
        let bonus: [EntityType: Double] = f.optional("entity_bonus") ?? [:]
        let requires: [EntityType] = f.list("requires")
        let count: Int = f.optional("requires_count") ?? 1
        let penalty: Double = f.optional("missing_penalty") ?? 0.3
        let defaultFor: [Located<EntityType>] = f.list("default_for")
        let suggestions: [String] = f.list("suggestions")
        let slotBonus: [String: Double] = f.optional("slot_bonus") ?? [:]
        let openDomain: Bool = f.optional("open_domain") ?? false
        let answer: String? = f.optional("answer")
        let answerMissing: String? = f.optional("answer_missing")
        for key in slotBonus.keys.sorted() where key != "level" && key != "region" {
            f.error("'\(f.path("slot_bonus"))' has '\(key)'; slots are level and region", at: "slot_bonus")
        }

        if let name {
            let parts = name.value.split(separator: ".", omittingEmptySubsequences: false)
            if !parts.allSatisfy({ Identifier.isValid(String($0)) }) {
                f.reader.log.report(.error, "invalid intent name '\(name.value)': names are ids "
                                    + "(\(Identifier.rule)) joined by '.', like role.salary", at: name.location)
            }
            f.reader.log.declare(name.value, scope: "intent", label: "intent name", at: name.location)
        }
        for word in (keywords ?? [:]).keys.sorted() where word.contains(where: \.isWhitespace) {
            f.error("keyword '\(word)' has several words; put it under '\(f.path("phrases"))'", at: "keywords")
        }
        if count < 1 { f.error("'\(f.path("requires_count"))' must be at least 1, found \(count)", at: "requires_count") }
        if count > 1 && requires.isEmpty {
            f.error("'\(f.path("requires_count"))' needs a '\(f.path("requires"))' list", at: "requires_count")
        }
        if !(0...1).contains(penalty) {
            f.error("'\(f.path("missing_penalty"))' must be between 0 and 1, found \(penalty)", at: "missing_penalty")
        }
        for type in defaultFor {
            // One default per entity type and entity count ("X?" vs "X or Y?").
            let label = count == 1 ? "default_for entity type" : "default_for entity type (requires_count \(count))"
            f.reader.log.declare(type.value.rawValue, scope: "default_for/\(count)", label: label, at: type.location)
        }
        guard let name, let summary, let keywords else { return nil }
        var intent = IntentDefinition(name: name.value, summary: summary, keywords: keywords, phrases: phrases,
                                      entityBonus: bonus, requires: requires, requiresCount: count,
                                      missingPenalty: penalty, defaultFor: defaultFor.map(\.value),
                                      suggestions: suggestions)
        intent.slotBonus = slotBonus
        intent.openDomain = openDomain
        intent.answer = answer
        intent.answerMissing = answerMissing
        return intent
    }
}

/// The top of `language/intents.yaml`.
struct IntentsFile: ObjectDecodable {
    var intents: [IntentDefinition]
    static var objectName: String { "intents file" }
    static func decode(_ f: Fields) -> IntentsFile? { f.required("intents").map(IntentsFile.init) }
}

extension SlotVocabulary: ObjectDecodable {
    static var objectName: String { "slots file" }
    static func decode(_ f: Fields) -> SlotVocabulary? {
        SlotVocabulary(levels: f.optional("levels") ?? [:], regions: f.optional("regions") ?? [:],
                       costs: f.optional("costs") ?? [:], asks: f.optional("asks") ?? [:])
    }
}

/// The top of `language/stopwords.yaml`.
struct StopwordsFile: ObjectDecodable {
    var stopwords: [String]
    static var objectName: String { "stopwords file" }
    static func decode(_ f: Fields) -> StopwordsFile? { f.required("stopwords").map(StopwordsFile.init) }
}

extension Responses: ObjectDecodable {
    static var objectName: String { "responses file" }
    static func decode(_ f: Fields) -> Responses? {
        let texts: [String: String]? = f.required("texts")
        let examples: [String] = f.list("examples")
        guard let texts else { return nil }
        for key in ["help", "fallback"] where texts[key] == nil {
            f.reader.log.report(.warning, "no '\(key)' text in 'texts'", at: f.location(of: "texts"))
        }
        return Responses(texts: texts, examples: examples)
    }
}

extension ProfileVocabulary: ObjectDecodable {
    static var objectName: String { "profile file" }
    static func decode(_ f: Fields) -> ProfileVocabulary? {
        var profile = ProfileVocabulary(known: f.list("known"), interests: f.list("interests"), domain: f.list("domain"),
                                        backgrounds: f.list("backgrounds"), topics: f.list("topics"),
                                        constraints: f.list("constraints"))
        profile.selfPhrases = f.list("self")
        return profile
    }
}

/// A background, topic or constraint of `profile.yaml`. Background and constraint ids
/// are declared for roles' `fit` to refer to; topic ids share the background scope's
/// rules but are matched only by words.
extension ProfileTerm: ObjectDecodable {
    static var objectName: String { "profile term" }
    static func decode(_ f: Fields) -> ProfileTerm? {
        let scope = f.reader.field.split(separator: ".").first.map(String.init) ?? "background"
        let id = f.id(scope: scope == "backgrounds" ? "background" : scope == "constraints" ? "constraint" : "topic")
        let name: String? = f.required("name")
        let words: [String]? = f.required("words")
        let skills = f.references("skills", to: .entity(.skill))
        let traits: [Trait] = f.list("traits")
        if let words, words.isEmpty { f.error("'\(f.path("words"))' needs at least one phrase", at: "words") }
        guard let id, let name, let words else { return nil }
        return ProfileTerm(id: id, name: name, words: words, skills: skills, traits: traits)
    }
}

extension DialogueVocabulary: ObjectDecodable {
    static var objectName: String { "dialogue file" }
    static func decode(_ f: Fields) -> DialogueVocabulary? { DialogueVocabulary(references: f.list("references"), pairs: f.list("pairs"), pointers: f.list("pointers"), firstPerson: f.list("first_person")) }
}

/// The top of `language/synonyms.yaml`: word -> what it stands for.
struct SynonymsFile: ObjectDecodable {
    var synonyms: [String: String]
    static var objectName: String { "synonyms file" }
    static func decode(_ f: Fields) -> SynonymsFile? { f.required("synonyms").map(SynonymsFile.init) }
}

/// One file of `language/examples/`: an intent and its example utterances.
struct ExamplesFile: ObjectDecodable {
    var intent: String
    var examples: [String]
    static var objectName: String { "examples file" }
    static func decode(_ f: Fields) -> ExamplesFile? {
        guard let intent: String = f.required("intent") else { return nil }
        return ExamplesFile(intent: intent, examples: f.list("examples"))
    }
}
