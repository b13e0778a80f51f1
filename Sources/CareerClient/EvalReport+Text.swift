import CareerProtocol

extension EvalReport {
    /// A plain-text report for a terminal: the first `showFailures` failures (as
    /// run_eval.py prints them), a per-intent table, the confusion matrix and the summary
    /// lines `intent … entities … answers … errors … p50 …` and `score …`. Ends in a newline.
    public func renderText(showFailures: Int = 15) -> String {
        var out = ""
        let failed = failures
        for o in failed.prefix(max(0, showFailures)) {
            out += "FAIL \(o.evalCase.id): \(Evaluator.pythonRepr(o.evalCase.text)): \(o.reason ?? "")\n"
        }
        if failed.count > showFailures { out += "... \(failed.count - max(0, showFailures)) more failures\n" }
        if !failed.isEmpty { out += "\n" }

        let rows = perIntent
        let width = max(22, rows.map(\.label.count).max() ?? 0)
        out += pad("intent", width + 2) + "  pass/total\n"
        for row in rows {
            let share = row.total == 0 ? 0 : Double(row.passed) / Double(row.total)
            let counts = "\(row.passed)/\(row.total)"
            out += "  " + pad(row.label, width) + "  " + pad(counts, 7) + " " + padLeft(percent(share), 6) + "\n"
        }
        out += "\n" + renderConfusion()
        out += "\n"
        out += "intent \(percent(intentAccuracy))  entities \(percent(entityRecall))  answers \(percent(answerChecks))  "
        out += "errors \(errors)  p50 \(p50Milliseconds.map { fixed($0, 3) } ?? "None") ms\n"
        out += "score \(percent(score)) (\(passed) of \(cases) cases)\n"
        return out
    }

    /// The confusion matrix: one row per expected label, one numbered column per reported
    /// intent (legend below), `.` for zero. Diagonal-only rows are included so the table
    /// shows every label.
    public func renderConfusion() -> String {
        let m = confusion
        let rows = m.keys.sorted(by: Evaluator.bytewise)
        let columns = Set(m.values.flatMap(\.keys)).sorted(by: Evaluator.bytewise)
        guard !rows.isEmpty else { return "confusion: no cases\n" }
        let labelWidth = max(22, rows.map(\.count).max() ?? 0)
        let cell = max(3, String(columns.count).count + 1, (m.values.flatMap(\.values).max().map { String($0).count } ?? 1) + 1)
        var out = "confusion (rows: expected intent, columns: reported intent)\n"
        out += String(repeating: " ", count: labelWidth + 2)
        for i in columns.indices { out += padLeft(String(i + 1), cell) }
        out += "\n"
        for row in rows {
            out += "  " + pad(row, labelWidth)
            for column in columns {
                let n = m[row]?[column] ?? 0
                out += padLeft(n == 0 ? "." : String(n), cell)
            }
            out += "\n"
        }
        out += "columns:"
        var line = out.split(separator: "\n").last.map(String.init) ?? ""
        for (i, column) in columns.enumerated() {
            let item = " \(i + 1)=\(column)"
            if line.count + item.count > 88 {
                out += "\n        "
                line = "        "
            }
            out += item
            line += item
        }
        return out + "\n"
    }
}

/// `x` as a percentage with one decimal, like Python's `{:.1%}`.
func percent(_ x: Double) -> String { fixed(x * 100, 1) + "%" }

/// `x` with `digits` decimals (round half away from zero).
func fixed(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return String(x) }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    let whole = (scaled / scale).rounded(.down)
    let fraction = Int((scaled - whole * scale).rounded())
    var text = String(Int(whole))
    if digits > 0 {
        let f = String(fraction)
        text += "." + String(repeating: "0", count: digits - f.count) + f
    }
    return (x < 0 && scaled != 0 ? "-" : "") + text
}

func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
