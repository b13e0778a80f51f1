import CareerAdvisor
import CareerKnowledge
import Foundation

// AskProbe KNOWLEDGE QUESTIONS.jsonl [ROUNDS]
//
// Asks every question of QUESTIONS.jsonl (the "text" of each line, as
// Tests/Eval/questions.jsonl has it) ROUNDS times in process, each as a stateless `ask`
// (a fresh session), after building the advisor on KNOWLEDGE, and prints one JSON object:
// the questions, the rounds, and the CPU time of this thread per ask over each round
// (its minimum and median). Benchmarks/ask-cost.sh also runs it under callgrind, where
// the instructions of ROUNDS rounds minus those of one are the asks' alone: a count that,
// unlike time, does not move with the host's load (docs/PERFORMANCE.md, "Eighth round").
//
// With ASKPROBE_EACH=1 it prints instead one line per question, the most costly first:
// the median CPU µs of that question over the rounds, the intent answered, the question.
//
// With ASKPROBE_SESSIONS=N the questions are asked in N sessions instead (question i in
// session i mod N, kept across rounds), as load.sh's "ask in sessions" rows ask them:
// follow-ups then resolve against what the session remembers.

struct Line: Decodable { let text: String }

func threadCPUMicroseconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e6 + Double(t.tv_nsec) / 1e3
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: AskProbe KNOWLEDGE QUESTIONS.jsonl [ROUNDS]\n".utf8))
    exit(2)
}
let knowledge = try KnowledgeLoader.load(directory: args[1])
let advisor = Advisor(knowledge: knowledge)
let questions = try String(contentsOfFile: args[2], encoding: .utf8).split(separator: "\n")
    .filter { !$0.isEmpty }.map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)).text }
let rounds = args.count > 3 ? max(1, Int(args[3]) ?? 1) : 10
let sessionCount = max(0, Int(ProcessInfo.processInfo.environment["ASKPROBE_SESSIONS"] ?? "") ?? 0)
var sessions = [SessionState](repeating: SessionState(), count: max(1, sessionCount))

/// Asks question `i`: in a fresh session, or in session i mod N with ASKPROBE_SESSIONS=N.
@MainActor func ask(_ i: Int) -> Answer {
    if sessionCount == 0 {
        var session = SessionState()
        return advisor.ask(questions[i], session: &session)
    }
    return advisor.ask(questions[i], session: &sessions[i % sessionCount])
}

if ProcessInfo.processInfo.environment["ASKPROBE_EACH"] == "1" {
    var rows: [(Double, String, String)] = []
    var times = [[Double]](repeating: [], count: questions.count)
    var intents = [String](repeating: "", count: questions.count)
    for _ in 0..<rounds {
        for i in questions.indices {
            let start = threadCPUMicroseconds()
            let answer = ask(i)
            times[i].append(threadCPUMicroseconds() - start)
            intents[i] = answer.intent
        }
    }
    for i in questions.indices {
        let sorted = times[i].sorted()
        rows.append((sorted[sorted.count / 2], intents[i], questions[i]))
    }
    for (us, intent, q) in rows.sorted(by: { $0.0 > $1.0 }) {
        print(String(format: "%7.1f  %-16@  ", us, intent as NSString) + q.prefix(100))
    }
    exit(0)
}

var perAsk: [Double] = []
var bytes = 0
for _ in 0..<rounds {
    let start = threadCPUMicroseconds()
    for i in questions.indices { bytes &+= ask(i).text.utf8.count }
    perAsk.append((threadCPUMicroseconds() - start) / Double(questions.count))
}
perAsk.sort()
let result: [String: Any] = [
    "questions": questions.count, "rounds": rounds, "answer_bytes_per_round": bytes / rounds,
    "cpu_us_per_ask_min": (perAsk[0] * 10).rounded() / 10,
    "cpu_us_per_ask_median": (perAsk[perAsk.count / 2] * 10).rounded() / 10,
]
print(String(data: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), encoding: .utf8)!)
