#!/usr/bin/env bash
# The cost of one `ask` in process (Benchmarks/Tools/AskProbe): every question of
# Tests/Eval/questions.jsonl as a stateless ask, on the shipped knowledge.
#   - CPU time per ask (this thread's, minimum and median over the rounds): moves with
#     the host's load by 10-30% here;
#   - instructions per ask under callgrind (valgrind), counted inside `Advisor.ask` only
#     (--toggle-collect): those of 3 rounds minus those of 1, over twice the questions,
#     with Swift's hashing seeded the same in every process (SWIFT_DETERMINISTIC_HASHING).
#     The same binary gives the same count to 0.1%, so this is the figure to compare two
#     versions by. (Until December 2026 the whole process was counted: the training on
#     its threads moved that count by 2-5% from run to run.)
# Prints one Markdown table row. docs/PERFORMANCE.md quotes it.
#
#   Benchmarks/ask-cost.sh [KNOWLEDGE] [QUESTIONS]
#   ASKPROBE=path   a prebuilt AskProbe (to compare two checkouts)
#   ASKPROBE_SESSIONS=50   ask them in 50 sessions instead, as load.sh's session rows do
set -euo pipefail
cd "$(dirname "$0")/.."
knowledge=${1:-Knowledge}
questions=${2:-Tests/Eval/questions.jsonl}
probe=${ASKPROBE:-}
if [[ -z $probe ]]; then
    # SwiftPM prints compile errors on stdout: shown when the build fails.
    built=$(swift build -c release --package-path Benchmarks --product AskProbe 2>&1) || { echo "$built" >&2; exit 1; }
    probe=$(swift build -c release --package-path Benchmarks --show-bin-path)/AskProbe
fi
native=$("$probe" "$knowledge" "$questions" 20)
ir="(valgrind not installed)"
if command -v valgrind >/dev/null; then
    work=$(mktemp -d /tmp/careerd-askcost.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    # valgrind 3.19 cannot read the DWARF 5 of Swift's toolchain: a copy without it.
    cp "$probe" "$work/AskProbe" && strip --strip-debug "$work/AskProbe"
    # Advisor.ask(_:session:explain:), by its mangled name.
    ask='$s13CareerAdvisor0B0C3ask_7session7explainAA6AnswerVSS_AA12SessionStateVzSbtF'
    nm "$work/AskProbe" | grep -F "$ask" >/dev/null || { echo "ask-cost.sh: no Advisor.ask symbol in the probe"; exit 1; }
    count() {
        SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --toggle-collect="$ask" \
            --callgrind-out-file="$work/cg.$1" "$work/AskProbe" "$knowledge" "$questions" "$1" \
            2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
    }
    one=$(count 1); three=$(count 3)
    n=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["questions"])' "$native")
    ir=$(( (three - one) / (2 * n) ))
fi
python3 - "$native" "$ir" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"| {r['questions']} questions | {r['cpu_us_per_ask_min']} | {r['cpu_us_per_ask_median']} | {sys.argv[2]} |")
PY
