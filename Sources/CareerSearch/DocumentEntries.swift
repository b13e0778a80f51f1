/// Every document's (term, field, count) entries, documents in slot order, each sorted by
/// (term, field): document `d` has entries `docStarts[d] ..< docStarts[d + 1]`. Built from
/// ``IndexBuilder``'s runs (one per `add`); a value, used once by `build`.
struct DocumentEntries {
    var terms: [Int32]
    var fields: [Int32]
    var counts: [Int32]
    var docStarts: [Int32]

    init(terms: [Int32], fields: [Int32], counts: [Int32], docStarts: [Int32]) {
        self.terms = terms; self.fields = fields; self.counts = counts; self.docStarts = docStarts
    }

    /// The runs as added (`runSlots[r]` is run r's document slot, its entries
    /// `runStarts[r] ..< runStarts[r + 1]`), with the runs of a document added more than
    /// once merged and sorted by (term, field).
    init(runSlots: [Int32], runStarts: [Int32], terms entryTerms: [Int32], fields entryFields: [Int32],
         counts entryCounts: [Int32], slotCount n: Int) {
        // The usual case: one run per document, in slot order.
        if runSlots.count == n && runSlots.indices.allSatisfy({ Int(runSlots[$0]) == $0 }) {
            self.init(terms: entryTerms, fields: entryFields, counts: entryCounts, docStarts: runStarts)
            return
        }
        // Some document has several runs (or runs are out of slot order): gather per slot.
        var bySlot = [[Int]](repeating: [], count: n)
        for (r, s) in runSlots.enumerated() { bySlot[Int(s)].append(r) }
        var out = DocumentEntries(terms: [], fields: [], counts: [], docStarts: [0])
        for runs in bySlot {
            var keyed: [(key: UInt64, count: Int32)] = []
            for r in runs {
                for k in Int(runStarts[r])..<Int(runStarts[r + 1]) {
                    keyed.append((UInt64(UInt32(entryTerms[k])) << 32 | UInt64(UInt32(entryFields[k])), entryCounts[k]))
                }
            }
            keyed.sort { $0.key < $1.key }
            for e in keyed {
                if let last = out.terms.indices.last, Int(out.docStarts.last!) <= last,
                   out.terms[last] == Int32(truncatingIfNeeded: e.key >> 32),
                   out.fields[last] == Int32(truncatingIfNeeded: e.key & 0xFFFF_FFFF) {
                    out.counts[last] += e.count
                } else {
                    out.terms.append(Int32(truncatingIfNeeded: e.key >> 32))
                    out.fields.append(Int32(truncatingIfNeeded: e.key & 0xFFFF_FFFF))
                    out.counts.append(e.count)
                }
            }
            out.docStarts.append(Int32(out.terms.count))
        }
        self = out
    }

    /// Calls `body` with each document's slot and the ranges of its entries, one per term.
    func forEachDocument(_ body: (Int, [Range<Int>]) -> Void) {
        forEachDocument(in: 0..<(docStarts.count - 1), body)
    }

    /// The same for the documents of `slots` only.
    func forEachDocument(in slots: Range<Int>, _ body: (Int, [Range<Int>]) -> Void) {
        var groups: [Range<Int>] = []
        for d in slots {
            groups.removeAll(keepingCapacity: true)
            var i = Int(docStarts[d])
            let end = Int(docStarts[d + 1])
            while i < end {
                var j = i + 1
                while j < end && terms[j] == terms[i] { j += 1 }
                groups.append(i..<j)
                i = j
            }
            body(d, groups)
        }
    }

    /// Calls `body` with each (document, term) group of entries.
    func forEachTermGroup(_ body: (Int, Range<Int>) -> Void) {
        forEachDocument { d, groups in for g in groups { body(d, g) } }
    }
}
