#!/usr/bin/env bash
# The daemon's CPU per request under load, where load.sh gives only throughput and
# latency: user and kernel µs per request (from /proc/PID/stat), how often the kernel
# preempted the daemon's threads per request (involuntary context switches, summed over
# /proc/PID/task/*/status), and loadgen's own user and kernel µs per request, for every
# question of Tests/Eval/questions.jsonl as a stateless ask, at CONNECTIONS x DEPTH,
# after a 1 s warm-up. Words after `--` are put before the daemon's command: `-- env
# LD_PRELOAD=...` (another allocator) or `-- chrt -b 0` (another scheduling policy). Not
# part of `make bench`.
#
#   Benchmarks/cpu-per-request.sh [CONNECTIONS] [DEPTH] [SECONDS] [-- PREFIX...]
#   CAREERD=path   the binary (default .build/release/careerd)
#   CEILING=1      measure cannedd (../shared/tools) instead, answering every line with
#                  2,046 bytes (the size of careerd's median reply that load.sh reports):
#                  the same reads, writes and wakeups with no work between them
#   SESSIONS=1     ask every question in one of 50 sessions, as load.sh's "ask in
#                  sessions" rows do
#   REQUEST=info   send `info` requests instead of asks: the same connection, framing,
#                  parsing, dispatch and reply path with almost no work in the method
#                  (a 0.9 KB reply), the floor under an ask's cost; any other name
#                  is sent the same way (one careerd does not have is answered with
#                  a -32601 error, the least a request costs: Benchmarks/p99-floor.sh)
#   DAEMON_ARGS="--set threads=1"   words added after the daemon's own arguments
set -euo pipefail
cd "$(dirname "$0")/.."
conns=${1:-32}; depth=${2:-1}; secs=${3:-4}
shift $(( $# < 3 ? $# : 3 )); [[ ${1:-} == -- ]] && shift
tools=${SHARED_TOOLS:-../shared/tools}
work=$(mktemp -d /tmp/careerd-cpu.XXXXXX)
pid=
cleanup() { [[ -n $pid ]] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
cc -O2 -o "$work/loadgen" "$tools/loadgen.c" -lpthread
careerd=${CAREERD:-.build/release/careerd}
[[ ${CEILING:-0} == 1 || -x $careerd ]] || swift build -c release --product careerd >/dev/null
python3 - "$work" "${SESSIONS:-0}" "${REQUEST:-ask}" <<'PY'
import json, sys
qs = [json.loads(l)["text"] for l in open("Tests/Eval/questions.jsonl") if l.strip()]
if sys.argv[3] == "ask":
    requests = [{"method": "ask", "params": {"text": q, "session": f"s{i % 50}"} if sys.argv[2] == "1" else {"text": q}}
                for i, q in enumerate(qs)]
else:
    requests = [{"method": sys.argv[3]}]
with open(f"{sys.argv[1]}/ask.jsonl", "w") as f:
    for r in requests:
        f.write(json.dumps({"jsonrpc": "2.0", "id": "__ID__", **r}).replace('"__ID__"', "__ID__") + "\n")
PY
if [[ ${CEILING:-0} == 1 ]]; then
    cc -O2 -o "$work/cannedd" "$tools/cannedd.c" -lpthread
    python3 -c 'print("{" + "x" * 2044 + "}")' > "$work/reply.json"
    "$@" "$work/cannedd" "$work/careerd.sock" "$work/reply.json" &
else
    "$@" "$careerd" --socket "$work/careerd.sock" --knowledge Knowledge --log-level warning \
        --set requests_per_second_per_uid=100000000 --set burst_per_uid=100000000 ${DAEMON_ARGS:-} 2>/dev/null &
fi
pid=$!
for _ in $(seq 200); do [[ -S $work/careerd.sock ]] && break; sleep 0.05; done
load() { "$work/loadgen" -s "$work/careerd.sock" -f "$work/ask.jsonl" -c "$conns" -d "$depth" -t "$1"; }
preempted() { cat /proc/"$pid"/task/*/status | awk '/^nonvoluntary_ctxt_switches/ { n += $2 } END { print n }'; }
load 1 >/dev/null
before="$(awk '{ print $14, $15 }' /proc/"$pid"/stat) $(preempted)"
# loadgen's own CPU (bash's `time`: user and system seconds of the child), since the
# two share the machine's cores: what both spend per request bounds the throughput.
TIMEFORMAT='%3U %3S'
{ time load "$secs" > "$work/result.json"; } 2> "$work/loadgen.cpu"
after="$(awk '{ print $14, $15 }' /proc/"$pid"/stat) $(preempted)"
python3 - "$(cat "$work/result.json")" "$before" "$after" "$(getconf CLK_TCK)" "$conns" "$depth" "$(tail -1 "$work/loadgen.cpu")" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); a = [int(x) for x in sys.argv[2].split()]; b = [int(x) for x in sys.argv[3].split()]
tick = 1e6 / int(sys.argv[4]); n = r["requests"]; lu, ls = (float(x) * 1e6 / n for x in sys.argv[7].split())
print(f"{sys.argv[5]}x{sys.argv[6]}: {r['rps']:,} requests/s, p50 {r['p50_us']} µs, p99 {r['p99_us']} µs; "
      f"daemon per request: user {(b[0] - a[0]) * tick / n:.1f} µs, kernel {(b[1] - a[1]) * tick / n:.1f} µs, "
      f"preempted {(b[2] - a[2]) / n:.2f} times; loadgen per request: user {lu:.1f} µs, kernel {ls:.1f} µs")
PY
