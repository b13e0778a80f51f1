@testable import CareerAdvisor
import CareerKnowledge
import Testing

@Suite struct FormatTests {
    @Test func moneyGroupsThousandsWithTheCurrencySymbol() {
        #expect(Format.money(55000, "USD") == "$55,000")
        #expect(Format.money(1_234_567, "GBP") == "£1,234,567")
        #expect(Format.money(999, "USD") == "$999")
        #expect(Format.money(5000, "CHF") == "5,000 CHF")
    }

    /// Dashes read as spaces the way splitting on them and joining with spaces reads,
    /// on every text of up to five dashes, letters and spaces, and on non-ASCII ones.
    @Test func replacingDashesIsSplitAndJoin() {
        var texts = ["", "market-size", "-a--b-", "café-au-lait", "a-\u{301}b", "\u{2014}-x"]
        func all(_ prefix: String, _ n: Int) {
            texts.append(prefix)
            guard n > 0 else { return }
            for c in ["-", "a", " "] { all(prefix + c, n - 1) }
        }
        all("", 5)
        for text in texts {
            #expect(text.replacingDashes == text.split(separator: "-").joined(separator: " "), "\(text)")
        }
    }

    /// A resource's name, provider (unless one names the other) and cost read as they
    /// did when interpolated, for every shipped resource and names that contain each other.
    @Test func resourceReadsAsInterpolated() {
        func interpolated(_ r: Resource) -> String {
            let provider = r.provider.hasPrefix(r.name) || r.name.hasPrefix(r.provider) ? "" : r.provider + ", "
            return "\(r.name) (\(provider)\(r.cost.rawValue))"
        }
        var resources = Fixture.advisor.catalog.knowledge.resources
        for (name, provider) in [("Made With ML", "Made With ML"), ("fast.ai", "fast.ai course"), ("Kurs für KI", "Ünï"), ("", "")] {
            resources.append(Resource(id: "x", name: name, provider: provider, format: .course, cost: .freeToAudit,
                                      level: .beginner, topics: [], description: "d", sources: []))
        }
        #expect(resources.count > 30)
        for r in resources { #expect(Format.resource(r) == interpolated(r), "\(r.name)") }
    }

    /// A level as it reads in a sentence is the level's name lower-cased, for every level.
    @Test func levelInTextIsTheLevelLowerCased() {
        for level in Level.allCases.map(Optional.some) + [nil] {
            #expect(Format.levelInText(level) == Format.level(level).lowercased())
        }
    }

    /// Grouping by bytes gives what grouping the decimal string by three from the right
    /// gives, for every length of number (and the sign, never seen in a salary, stays).
    @Test func groupingMatchesGroupingTheDigitsByThree() {
        func reference(_ amount: Int) -> String {
            var digits = String(amount), groups: [String] = []
            while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
            return ([digits] + groups).joined(separator: ",")
        }
        var amounts = [0, 7, 42, 999, 1000, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, Int.max, -5, -999, -1000, -123_456]
        var power = 1
        for _ in 0..<18 { power *= 10; amounts += [power - 1, power, power + 1] }
        for amount in amounts { #expect(Format.grouped(amount) == reference(amount), "\(amount)") }
    }

    @Test func figuresKeepTheOpenEndAndSingleValues() {
        let band = Salary(level: .senior, region: .us, currency: "USD", min: 150_000, max: 200_000, plus: true, source: "s")
        #expect(Format.figure(band) == "$150,000–$200,000+")
        let avg = Salary(level: nil, region: .us, currency: "USD", average: 133_000, source: "s")
        #expect(Format.figure(avg) == "average $133,000")
        let both = Salary(level: nil, region: .us, currency: "USD", min: 67_240, max: 199_130, median: 120_230, source: "s")
        #expect(Format.figure(both) == "$67,240–$199,130, median $120,230")
    }

    @Test func articlesFollowHowNamesAreSpoken() {
        #expect(Format.article("MLOps Engineer") == "an MLOps Engineer")
        #expect(Format.article("NLP Engineer") == "an NLP Engineer")
        #expect(Format.article("AI Engineer") == "an AI Engineer")
        #expect(Format.article("Data Scientist") == "a Data Scientist")
        #expect(Format.article("Machine Learning Engineer") == "a Machine Learning Engineer")
    }

    /// The rule reads the first word's bytes when they are ASCII and its characters
    /// otherwise; both must give what the characters give.
    @Test func articlesOfShortOddAndNonASCIINames() {
        #expect(Format.article("R Developer") == "a R Developer")  // one letter: not an acronym
        #expect(Format.article("  ML Engineer") == "an   ML Engineer")  // leading spaces are skipped
        #expect(Format.article("X") == "a X")
        #expect(Format.article("") == "a ")
        #expect(Format.article("   ") == "a    ")
        #expect(Format.article("Éclair Analyst") == "a Éclair Analyst")
        #expect(Format.article("AÉ Lead") == "an AÉ Lead")  // an acronym by its characters
        #expect(Format.article("Ólafur") == "a Ólafur")
        #expect(Format.article("ux Designer") == "a ux Designer")  // the rule is case-sensitive
    }

    @Test func containsBytesFindsQuotedText() {
        #expect("grew 35% in 2023".containsBytes(of: "2023"))
        #expect("grew 35% in 2023".containsBytes(of: "grew"))
        #expect("grew 35% in 2023".containsBytes(of: "grew 35% in 2023"))
        #expect("grew 35% in 2023".containsBytes(of: ""))
        #expect("".containsBytes(of: ""))
        #expect(!"grew 35% in 2023".containsBytes(of: "2024"))
        #expect(!"grew 35% in 2023".containsBytes(of: "in 2023."))
        #expect(!"".containsBytes(of: "a"))
        #expect("€1,000–€2,000 a year".containsBytes(of: "€2,000"))
        #expect(!"aab".containsBytes(of: "abb"))
        #expect("aaab".containsBytes(of: "aab"))
    }

    @Test func moneyAndDegrees() {
        #expect(Format.money(1_234_567, "GBP") == "£1,234,567")
        #expect(Format.money(950, "EUR") == "€950")
        #expect(Format.money(120_000, "CHF") == "120,000 CHF")
        #expect(Format.degree("phd") == "PhD")
        #expect(Format.degree("none") == "no degree required")
        #expect(Format.degree("diploma") == "diploma")
    }

    @Test func listsReadAsEnglish() {
        #expect(Format.list([]) == "")
        #expect(Format.list(["a"]) == "a")
        #expect(Format.list(["a", "b", "c"]) == "a, b and c")
        #expect(Format.list(["Data Scientist", "MLOps Engineer"]) == "Data Scientist and MLOps Engineer")
        #expect(Format.list(["é", "日本", "", "x"]) == "é, 日本,  and x")
    }
}

@Suite struct SuggestionTemplateTests {
    @Test func fillsNamesWithArticles() {
        #expect(SuggestionTemplate("How much does a {name} earn?").fill("MLOps Engineer") == "How much does an MLOps Engineer earn?")
        #expect(SuggestionTemplate("Where can I learn {name}?").fill("Kubernetes") == "Where can I learn Kubernetes?")
        #expect(SuggestionTemplate("Give me a roadmap").fill(nil) == "Give me a roadmap")
        #expect(SuggestionTemplate("What does a {name} do?").fill(nil) == nil)
    }
}
