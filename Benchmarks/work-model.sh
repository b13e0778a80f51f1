#!/usr/bin/env bash
# What a request's own work costs in p99 at 32x1 on this machine, apart from any
# framework: loadgen (../shared/tools) against Benchmarks/workd.c, a cannedd that spends
# WORK µs of CPU on each request before answering it with a 2,046-byte line (careerd's
# median reply), each work level twice in turn: reading requests as every server here
# does, and peeking them (recv with MSG_PEEK, consumed after the reply; see workd.c),
# which spares loadgen's blocked thread the wakeup that consuming a request causes.
# ROUNDS times. Prints one line per run: requests/s, p50 and p99 in µs. Not part of
# `make bench`; docs/PERFORMANCE.md ("Seventeenth round") quotes it.
#
#   Benchmarks/work-model.sh [ROUNDS] [SECONDS] [WORK_US...]   (default 3 4 0 15 25 35)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}; secs=${2:-4}; shift $(( $# < 2 ? $# : 2 ))
levels=("$@"); [[ ${#levels[@]} -gt 0 ]] || levels=(0 15 25 35)
tools=${SHARED_TOOLS:-../shared/tools}
work=$(mktemp -d /tmp/careerd-work.XXXXXX)
pid=
cleanup() { [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
cc -O2 -o "$work/loadgen" "$tools/loadgen.c" -lpthread
cc -O2 -Wall -o "$work/workd" Benchmarks/workd.c -lpthread
python3 -c 'print("{" + "x" * 2044 + "}")' > "$work/reply.json"
echo '{"jsonrpc":"2.0","id":__ID__,"method":"ask","params":{"text":"what does an ML engineer do"}}' > "$work/req.jsonl"
run() { # work_us peek
    "$work/workd" "$work/s.sock" "$work/reply.json" 2 "$1" "$2" & pid=$!
    for _ in $(seq 100); do [[ -S $work/s.sock ]] && break; sleep 0.02; done
    "$work/loadgen" -s "$work/s.sock" -f "$work/req.jsonl" -c 32 -d 1 -t 1 >/dev/null
    local r; r=$("$work/loadgen" -s "$work/s.sock" -f "$work/req.jsonl" -c 32 -d 1 -t "$secs")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; rm -f "$work/s.sock"
    python3 - "$1" "$2" "$r" <<'PY'
import json, sys
w, peek, r = sys.argv[1], sys.argv[2] == "1", json.loads(sys.argv[3])
print(f"  work {w:>3} µs, {'peek' if peek else 'read'}: {r['rps']:,} requests/s, p50 {r['p50_us']} µs, p99 {r['p99_us']} µs")
PY
}
for r in $(seq "$rounds"); do
    echo "round $r"
    for w in "${levels[@]}"; do run "$w" 0; run "$w" 1; done
done
