import CareerAdvisor
import CareerKnowledge

/// The shipped knowledge folder, loaded once for all advisor tests.
enum Fixture {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Knowledge"
    }()

    static let advisor: Advisor = {
        do throws(KnowledgeLoadError) {
            return Advisor(knowledge: try KnowledgeLoader.load(directory: directory))
        } catch {
            fatalError("the shipped knowledge must load: \(error.diagnostics.prefix(5))")
        }
    }()

    /// Asks a sequence of questions in one session and returns the answers.
    static func conversation(_ questions: [String]) -> [Answer] {
        var session = SessionState()
        return questions.map { advisor.ask($0, session: &session) }
    }

    static func ask(_ q: String) -> Answer { conversation([q])[0] }
}

extension Answer {
    func names(_ type: EntityType) -> [String] { entities.filter { $0.type == type }.map(\.id) }
    /// The answer text without thousands separators, as evaluation compares it.
    var plain: String { text.lowercased().replacingOccurrences(of: ",", with: "") }
}

import Foundation
