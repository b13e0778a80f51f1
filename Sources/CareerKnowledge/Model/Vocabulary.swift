/// The matcher's language data (`Knowledge/language/`). Swift holds the mechanism; what
/// words mean lives here, so a different folder gives a different advisor.

/// One intent's evidence (`language/intents.yaml`). Keywords and phrases are written as
/// plain words; the advisor analyses (folds and stems) them with the same analyzer as
/// questions.
public struct IntentDefinition: Sendable, Hashable {
    /// The intent name reported on the wire (`role.salary`).
    public var name: String
    public var summary: String
    /// Single words and their weights.
    public var keywords: [String: Double]
    /// Multi-word phrases and their weights; matched as consecutive words.
    public var phrases: [String: Double]
    /// Weight added when an entity of the type is present in the question.
    public var entityBonus: [EntityType: Double]
    /// Entity types the intent needs (any one of them); without one, in the question or
    /// inherited from the session, the intent's score is scaled by `missingPenalty`.
    public var requires: [EntityType]
    /// How many entities of the first required type are needed (2 for compare).
    public var requiresCount: Int
    public var missingPenalty: Double
    /// The intent a bare mention of these entity types means ("kubernetes?").
    public var defaultFor: [EntityType]
    /// Follow-up suggestions; `{name}` stands for the main entity's display name.
    public var suggestions: [String]
    /// Weight added when a slot (`level`, `region`) is filled.
    public var slotBonus: [String: Double] = [:]
    /// The intent needs no AI/ML words to be meant (smalltalk, help); other intents are
    /// halved when a question has none and names no entity.
    public var openDomain = false
    /// For an intent with no composer of its own: the answer's text, `{name}` standing
    /// for the main entity's name ("a {name}" takes its article).
    public var answer: String?
    /// The answer when `answer` needs a name and the question and session give none.
    public var answerMissing: String?

    public init(name: String, summary: String = "", keywords: [String: Double] = [:],
                phrases: [String: Double] = [:], entityBonus: [EntityType: Double] = [:],
                requires: [EntityType] = [], requiresCount: Int = 1, missingPenalty: Double = 0.3,
                defaultFor: [EntityType] = [], suggestions: [String] = []) {
        self.name = name; self.summary = summary; self.keywords = keywords; self.phrases = phrases
        self.entityBonus = entityBonus; self.requires = requires; self.requiresCount = requiresCount
        self.missingPenalty = missingPenalty; self.defaultFor = defaultFor; self.suggestions = suggestions
    }
}

/// Words that set the `level` and `region` slots (`language/slots.yaml`).
public struct SlotVocabulary: Sendable, Hashable {
    public var levels: [Level: [String]]
    public var regions: [Region: [String]]
    /// Cost filters for learning resources: `free` -> words that ask for free ones.
    public var costs: [ResourceCost: [String]]
    /// Words that ask how long something takes (`duration`) or what it costs (`price`).
    public var asks: [AskKind: [String]]
    public init(levels: [Level: [String]] = [:], regions: [Region: [String]] = [:],
                costs: [ResourceCost: [String]] = [:], asks: [AskKind: [String]] = [:]) {
        self.levels = levels; self.regions = regions; self.costs = costs; self.asks = asks
    }
}

/// Fixed texts of the advisor (`language/responses.yaml`).
public struct Responses: Sendable, Hashable {
    /// keys: greeting, thanks, goodbye, help, fallback, unknown-entity, ...
    public var texts: [String: String]
    /// Example questions offered by `help` and `fallback`.
    public var examples: [String]
    public init(texts: [String: String] = [:], examples: [String] = []) {
        self.texts = texts; self.examples = examples
    }
}

/// The whole language folder.
public struct Vocabulary: Sendable, Hashable {
    public var intents: [IntentDefinition]
    public var slots: SlotVocabulary
    /// Words ignored by retrieval and by intent evidence.
    public var stopwords: [String]
    /// Smalltalk split by kind: greeting, thanks, goodbye -> phrases.
    public var smalltalk: [String: [String]]
    public var responses: Responses
    public var profile: ProfileVocabulary
    /// word -> the words it stands for ("ml" -> "machine learning"), applied alike to
    /// questions and to entity names, so either spelling matches the other.
    public var synonyms: [String: String] = [:]
    /// Example utterances per intent (`language/examples/<intent>.yaml`), written as
    /// people type them; the advisor trains its intent model on them at load.
    public var examples: [String: [String]] = [:]
    public var dialogue = DialogueVocabulary()

    /// Every intent and `fallback` has examples: only then can a model trained on them
    /// predict every intent, so only then does the advisor train one.
    public var examplesComplete: Bool {
        examples["fallback"] != nil && intents.allSatisfy { examples[$0.name] != nil }
    }

    public init(intents: [IntentDefinition] = [], slots: SlotVocabulary = .init(), stopwords: [String] = [],
                smalltalk: [String: [String]] = [:], responses: Responses = .init(),
                profile: ProfileVocabulary = .init()) {
        self.intents = intents; self.slots = slots; self.stopwords = stopwords
        self.smalltalk = smalltalk; self.responses = responses; self.profile = profile
    }
}

/// How people talk about themselves (`language/profile.yaml`).
public struct ProfileVocabulary: Sendable, Hashable {
    /// Phrases after which named skills are skills the user has ("i know").
    public var known: [String]
    /// Phrases introducing what the user likes ("i enjoy").
    public var interests: [String]
    /// Words that mark a question as being about AI/ML careers.
    public var domain: [String]
    /// Phrases with which people describe themselves ("i'm", "i am"): the words after
    /// one are searched for interest topics too ("I'm creative"). Read only for the
    /// profile, so they do not change how intents are scored.
    public var selfPhrases: [String] = []
    /// What people say they are or were ("teacher", "statistics student").
    public var backgrounds: [ProfileTerm]
    /// What people say they like ("maths", "creative").
    public var topics: [ProfileTerm]
    /// What people rule out ("not technical", "no PhD").
    public var constraints: [ProfileTerm]
    public init(known: [String] = [], interests: [String] = [], domain: [String] = [],
                backgrounds: [ProfileTerm] = [], topics: [ProfileTerm] = [], constraints: [ProfileTerm] = []) {
        self.known = known; self.interests = interests; self.domain = domain
        self.backgrounds = backgrounds; self.topics = topics; self.constraints = constraints
    }
}

/// How a follow-up points back at what was said before (`language/dialogue.yaml`).
public struct DialogueVocabulary: Sendable, Hashable {
    /// Words and phrases that stand for the last entity talked about ("they", "that role").
    public var references: [String]
    /// References to the last two things talked about ("the two", "which of them"): a
    /// follow-up using one is about the two most recent entities of a type, even when the
    /// last question named only one ("tell me about A", "and B?", "which of the two...").
    public var pairs: [String]
    /// References that count even beside a name ("worth getting for it?"): the question
    /// keeps what it names and borrows the session's entities of other types.
    public var pointers: [String]
    /// Words by which people speak of themselves ("i", "my").
    public var firstPerson: [String]
    public init(references: [String] = [], pairs: [String] = [], pointers: [String] = [], firstPerson: [String] = []) {
        self.references = references; self.pairs = pairs; self.pointers = pointers; self.firstPerson = firstPerson
    }
}

/// One thing a person can say about themselves (`profile.yaml`): a background, an
/// interest or a constraint, the words that say it, and what it implies. The advisor
/// reads these to recommend roles; the reasons it gives are built from `name`, the
/// implied `skills` and `traits`, and each role's `fit`.
public struct ProfileTerm: Sendable, Hashable {
    public var id: String
    /// How answers name it: "teaching", "maths".
    public var name: String
    /// Phrases that say it, matched like intent phrases (folded, stemmed, consecutive).
    public var words: [String]
    /// Skill ids it brings ("teaching" brings communication).
    public var skills: [String]
    /// Traits it shows ("maths" shows investigative).
    public var traits: [Trait]
    public init(id: String, name: String, words: [String], skills: [String] = [], traits: [Trait] = []) {
        self.id = id; self.name = name; self.words = words; self.skills = skills; self.traits = traits
    }
}

/// What a question asks about time or money (`asks:` in `slots.yaml`).
public enum AskKind: String, Sendable, Hashable, CaseIterable, Codable {
    case duration, price
}
