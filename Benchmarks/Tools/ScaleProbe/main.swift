import CSQLiteFTS
import CareerSearch
import Foundation

// ScaleProbe DOCS.jsonl QUERIES.jsonl STOPWORDS.yaml [ROUNDS]
//
// Indexes the documents of Benchmarks/gen-knowledge.py twice in one process, with the
// daemon's search index (CareerSearch, the field weights of the daemon's EntityIndex) and
// with SQLite FTS5 (bm25() with the same weights, porter tokenizer), runs the same queries
// on both, and prints one JSON object: build times, memory growth and per-query latency
// (median, p99) of each, and the ratio. Benchmarks/scale.sh turns it into a table.
// Both return the 10 best documents for a query that matches any of its words (FTS5:
// words joined with OR), so both do the same work.

struct Doc: Decodable { let name, aliases, summary, body: String }

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Resident memory of this process in bytes (/proc/self/statm).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.down)))]
}

let args = CommandLine.arguments
guard args.count >= 4 else {
    FileHandle.standardError.write("usage: ScaleProbe DOCS.jsonl QUERIES.jsonl STOPWORDS.yaml [ROUNDS]\n".data(using: .utf8)!)
    exit(2)
}
let rounds = args.count > 4 ? Int(args[4]) ?? 5 : 5
let decoder = JSONDecoder()
func lines(_ path: String) -> [Substring] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("cannot read \(path)") }
    return text.split(separator: "\n")
}
let docs = lines(args[1]).map { try! decoder.decode(Doc.self, from: Data($0.utf8)) }
let queries = lines(args[2]).map { try! decoder.decode(String.self, from: Data($0.utf8)) }
// The stopword list, as the daemon's language/stopwords.yaml gives it: one flow list.
let stopwordText = try! String(contentsOfFile: args[3], encoding: .utf8)
let stopwords = stopwordText.split(separator: "\n").filter { $0.hasPrefix("stopwords:") }
    .flatMap { $0.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }.split(separator: ",") }
    .map { $0.trimmingCharacters(in: .whitespaces) }

// MARK: careerd's index

let weights = ["name": 3.0, "aliases": 2.5, "summary": 1.5, "body": 1.0]
let rss0 = residentBytes()
let analyzer = Analyzer(stopwords: stopwords)
var t0 = now()
var builder = IndexBuilder(analyzer: analyzer, fieldWeights: weights)
for (i, d) in docs.enumerated() {
    builder.add(i, fields: [("name", d.name), ("aliases", d.aliases), ("summary", d.summary), ("body", d.body)])
}
let addSeconds = Double(now() - t0) / 1e9
t0 = now()
let index = builder.build()
let buildSeconds = Double(now() - t0) / 1e9
builder = IndexBuilder(analyzer: analyzer, fieldWeights: weights)  // drop the builder's tables
let indexBytes = residentBytes() - rss0

var ours: [Double] = []
var ourHits = 0
for _ in 0..<rounds {
    for q in queries {
        let s = now()
        let hits = index.search(q, limit: 10)
        ours.append(Double(now() - s) / 1e3)
        ourHits += hits.count
    }
}
ours.sort()

// MARK: SQLite FTS5

func check(_ rc: Int32, _ db: OpaquePointer?, _ what: String) {
    guard rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW else {
        fatalError("\(what): \(String(cString: sqlite3_errmsg(db)))")
    }
}
let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
var db: OpaquePointer?
check(sqlite3_open(":memory:", &db), db, "open")
let rss1 = residentBytes()
t0 = now()
check(sqlite3_exec(db, "CREATE VIRTUAL TABLE docs USING fts5(name, aliases, summary, body, tokenize='porter unicode61'); BEGIN",
                   nil, nil, nil), db, "create")
var insert: OpaquePointer?
check(sqlite3_prepare_v2(db, "INSERT INTO docs(rowid, name, aliases, summary, body) VALUES (?, ?, ?, ?, ?)", -1, &insert, nil), db, "prepare")
for (i, d) in docs.enumerated() {
    sqlite3_bind_int64(insert, 1, Int64(i))
    for (k, text) in [d.name, d.aliases, d.summary, d.body].enumerated() {
        sqlite3_bind_text(insert, Int32(k + 2), text, -1, transient)
    }
    check(sqlite3_step(insert), db, "insert")
    sqlite3_reset(insert)
}
sqlite3_finalize(insert)
check(sqlite3_exec(db, "COMMIT; INSERT INTO docs(docs) VALUES('optimize')", nil, nil, nil), db, "commit")
let ftsBuildSeconds = Double(now() - t0) / 1e9
let ftsBytes = residentBytes() - rss1

var select: OpaquePointer?
check(sqlite3_prepare_v2(db, "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 2.5, 1.5, 1.0) LIMIT 10",
                         -1, &select, nil), db, "prepare")
/// The query as FTS5 syntax: each word quoted, joined with OR (any word matches).
func ftsQuery(_ text: String) -> String {
    text.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }.joined(separator: " OR ")
}
let ftsQueries = queries.map(ftsQuery)
var theirs: [Double] = []
var theirHits = 0
for _ in 0..<rounds {
    for q in ftsQueries {
        let s = now()
        sqlite3_bind_text(select, 1, q, -1, transient)
        while sqlite3_step(select) == SQLITE_ROW { theirHits += 1 }
        sqlite3_reset(select)
        theirs.append(Double(now() - s) / 1e3)
    }
}
theirs.sort()
sqlite3_finalize(select)
sqlite3_close(db)

let result: [String: Any] = [
    "documents": docs.count, "terms": index.termCount, "queries": queries.count, "rounds": rounds,
    "analyze_s": addSeconds, "build_s": buildSeconds, "index_mb": Double(indexBytes) / 1e6,
    "search_p50_us": percentile(ours, 0.5), "search_p99_us": percentile(ours, 0.99), "hits": ourHits,
    "fts5_build_s": ftsBuildSeconds, "fts5_mb": Double(ftsBytes) / 1e6,
    "fts5_p50_us": percentile(theirs, 0.5), "fts5_p99_us": percentile(theirs, 0.99), "fts5_hits": theirHits,
    "ratio_p50": percentile(theirs, 0.5) / percentile(ours, 0.5),
]
let json = try! JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
