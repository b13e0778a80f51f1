#!/usr/bin/env bash
# What the learned intent model costs per `ask`: the same release careerd on the shipped
# knowledge (model on) and on a copy with one examples file left out (the model stays
# off and the keyword weights of intents.yaml decide, as before the model), side by side
# under loadgen at 1 connection x depth 1, ROUNDS interleaved rounds of SECONDS each.
# Prints p50, p99, requests/s and the daemon's CPU time per request (from /proc), and
# the training time each start logged.
#
#   Benchmarks/model-cost.sh [SECONDS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}; rounds=${2:-3}
tools=${SHARED_TOOLS:-../shared/tools}
work=$(mktemp -d /tmp/careerd-model-cost.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; [[ -n ${KEEP:-} ]] || rm -rf "$work"; }
trap cleanup EXIT

cc -O2 -o "$work/loadgen" "$tools/loadgen.c" -lpthread
careerd=${CAREERD:-.build/release/careerd}
[[ -x $careerd ]] || swift build -c release --product careerd >/dev/null
cp -r Knowledge "$work/off"
rm "$work/off/language/examples/role.gap.yaml"
python3 - "$work" <<'PY'
import json, sys
with open(f"{sys.argv[1]}/ask.jsonl", "w") as f:
    for l in open("Tests/Eval/questions.jsonl"):
        if l.strip():
            q = json.loads(l)["text"]
            f.write(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "ask", "params": {"text": q}}).replace('"id": 0', '"id": __ID__') + "\n")
PY
declare -A pid
for m in on off; do
    k=Knowledge; [[ $m == off ]] && k=$work/off
    "$careerd" --socket "$work/$m.sock" --knowledge "$k" 2>"$work/$m.log" &
    pids+=($!); pid[$m]=$!
done
for m in on off; do for _ in $(seq 200); do [[ -S $work/$m.sock ]] && break; sleep 0.05; done; done
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # clock ticks (1/100 s)

echo "| model | round | requests/s | p50 µs | p99 µs | CPU µs per ask |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for r in $(seq "$rounds"); do
    for m in on off; do
        before=$(cpu "${pid[$m]}")
        out=$("$work/loadgen" -s "$work/$m.sock" -f "$work/ask.jsonl" -c 1 -d 1 -t "$secs")
        if ! kill -0 "${pid[$m]}" 2>/dev/null; then echo "careerd ($m) died:"; tail -20 "$work/$m.log"; exit 1; fi
        after=$(cpu "${pid[$m]}")
        python3 -c '
import json, sys
m, r, raw, before, after = sys.argv[1:6]
j = json.loads(raw)
per = (int(after) - int(before)) * 10000 / max(1, j["requests"])
print("| %s | %s | %s | %s | %s | %.0f |" % (m, r, format(j["rps"], ",.0f"), j["p50_us"], j["p99_us"], per))
' "$m" "$r" "$out" "$before" "$after"
    done
done
echo
grep -h "intent model ready" "$work/on.log" | sed 's/^/on:  /'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); ${secs}s per run; $(date -u +%Y-%m-%d)"
