/// A suggestion with "{name}" placeholders, split once. "a {name}" takes the article the
/// name needs ("an MLOps Engineer").
struct SuggestionTemplate: Sendable {
    let parts: [String]
    let articles: [Bool]

    init(_ template: String) {
        var parts: [String] = []
        var articles: [Bool] = []
        var rest = Substring(template)
        while let r = rest.firstRange(of: "{name}") {
            var head = String(rest[..<r.lowerBound])
            let article = head == "a " || head.hasSuffix(" a ")
            if article { head.removeLast(2) }
            parts.append(head)
            articles.append(article)
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        self.parts = parts
        self.articles = articles
    }

    /// The text with `name` filled in; nil when the template needs a name and there is none.
    func fill(_ name: String?) -> String? {
        if parts.count == 1 { return parts[0] }
        guard let name else { return nil }
        let spoken = articles.contains(true) ? Format.article(name) : name
        var size = 0
        for part in parts { size += part.utf8.count }
        size += articles.count * spoken.utf8.count
        return StringWriter.string(capacity: size) { out in
            for (i, part) in parts.enumerated() {
                out.put(part)
                if i < articles.count { out.put(articles[i] ? spoken : name) }
            }
        }
    }
}
