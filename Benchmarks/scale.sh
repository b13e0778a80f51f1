#!/usr/bin/env bash
# Scale benchmark: synthetic knowledge folders of growing size (Benchmarks/gen-knowledge.py,
# seeded, under .build/scale/), each measured twice:
#   - in process (ScaleProbe): careerd's search index and SQLite FTS5 bm25() on the same
#     documents and queries: build time, memory, search median and p99, the ratio;
#   - the real daemon: `careerd --knowledge DIR` from start to listening and to its first
#     answer, resident memory once serving, and `search` over the socket (loadgen, 1x1):
#     its latency, and the daemon's CPU per search (user + system time over the run) and the
#     kernel's (system) part of it;
#   - as root, first a start from a cold page cache (`sync; echo 3 > drop_caches`, as after
#     a reboot): its time and CPU to listening, and the read requests the disk holding the
#     folder completed meanwhile (/sys/class/block/DEV/stat). Without root: "-".
# Prints two Markdown tables; docs/PERFORMANCE.md quotes them.
#
#   Benchmarks/scale.sh [SIZES...]      (default 1000 10000 100000; `make bench` runs it;
#                                        1000000 is opt-in: `make bench SCALE_SIZES="... 1000000"`)
#   SCALE_ROUNDS=N                      rounds of the 200 queries in ScaleProbe (default 5; at 1M,
#                                        FTS5 takes about a quarter of a second per query, so 1)
#   SCALE_PROBE=0                       the daemon alone (to compare two binaries: CAREERD=...)
#   SCALE_COLD=0                        no start from a cold page cache
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 100000)
rounds=${SCALE_ROUNDS:-5}
probe_on=${SCALE_PROBE:-1}
SCALE_COLD=${SCALE_COLD:-1}
tools=${SHARED_TOOLS:-../shared/tools}
out=.build/scale
mkdir -p "$out"
work=$(mktemp -d /tmp/careerd-scale.XXXXXX)
pid=
cleanup() { [[ -z $pid ]] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

cc -O2 -o "$work/loadgen" "$tools/loadgen.c" -lpthread
careerd=${CAREERD:-.build/release/careerd}
[[ -x $careerd ]] || swift build -c release --product careerd >/dev/null
if [[ $probe_on != 0 ]]; then
    built=$(swift build -c release --package-path Benchmarks --product ScaleProbe 2>&1) || { echo "$built" >&2; exit 1; }
    probe=$(swift build -c release --package-path Benchmarks --show-bin-path)/ScaleProbe
fi

now_ms() { date +%s%3N; }
# start_daemon SOCKET: careerd on $dir, training its model (no cache), as after any
# knowledge change; sets pid, start and listening (ms) and cpu_ms (its CPU to listening).
start_daemon() {
    start=$(now_ms)
    "$careerd" --socket "$1" --knowledge "$dir" --log-level warning --cache-directory none 2>"$work/careerd.log" &
    pid=$!
    until [[ -S $1 ]]; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/careerd.log"; exit 1; }
        sleep 0.01
    done
    listening=$(now_ms)
    cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' /proc/$pid/stat)
}

probe_rows=() daemon_rows=()
for n in "${sizes[@]}"; do
    dir=$out/k$n
    [[ -d $dir && -f $dir.queries.jsonl ]] || python3 Benchmarks/gen-knowledge.py "$n" "$dir" 2>/dev/null
    files=$(find "$dir" -name '*.yaml' | wc -l)

    # In process: careerd's index beside FTS5.
    if [[ $probe_on != 0 ]]; then
    p=$("$probe" "$dir.docs.jsonl" "$dir.queries.jsonl" Knowledge/language/stopwords.yaml "$rounds")
    probe_rows+=("$(python3 -c '
import json, sys
n, r = sys.argv[1], json.loads(sys.argv[2])
print("| %s | %s | %.3f | %.3f | %.0f | %.1f | %.1f | %.3f | %.0f | %.0f | %.0f | %.0fx |" % (format(int(n), ","), format(r["terms"], ","),
      r["analyze_s"], r["build_s"], r["index_mb"], r["search_p50_us"], r["search_p99_us"],
      r["fts5_build_s"], r["fts5_mb"], r["fts5_p50_us"], r["fts5_p99_us"], r["ratio_p50"]))' "$n" "$p")")
    fi

    # A start from a cold page cache, to listening only (root: drop the caches first).
    cold="| - | - | - "
    if [[ $(id -u) == 0 && $SCALE_COLD != 0 ]]; then
        dev=$(basename "$(df --output=source "$dir" | tail -1)")
        stat=/sys/class/block/$dev/stat
        sync; echo 3 > /proc/sys/vm/drop_caches
        reads0=$( [[ -r $stat ]] && awk '{ print $1 }' "$stat" || echo 0)
        start_daemon "$work/k$n-cold.sock"
        reads1=$( [[ -r $stat ]] && awk '{ print $1 }' "$stat" || echo 0)
        kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
        cold=$(awk -v ms=$((listening - start)) -v cpu="$cpu_ms" -v reads=$((reads1 - reads0)) \
            'BEGIN { printf "| %.2f | %.2f | %d ", ms / 1000, cpu / 1000, reads }')
    fi

    # The daemon: start to listening, first answer, memory, search over the socket.
    sock=$work/k$n.sock
    start_daemon "$sock"
    python3 - "$sock" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"info"}\n'); s.recv(65536)
PY
    answered=$(now_ms)
    python3 - "$dir.queries.jsonl" "$work/search.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as f:
    for line in open(sys.argv[1]):
        q = json.loads(line)
        f.write(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "search", "params": {"query": q, "limit": 10}}).replace('"id": 0', '"id": __ID__') + "\n")
PY
    "$work/loadgen" -s "$sock" -f "$work/search.jsonl" -c 1 -d 1 -n 200 >/dev/null  # warm-up
    read -r search_user0 search_sys0 < <(awk '{ print $14, $15 }' /proc/$pid/stat)
    lg=$("$work/loadgen" -s "$sock" -f "$work/search.jsonl" -c 1 -d 1 -t 3)
    read -r search_user1 search_sys1 < <(awk '{ print $14, $15 }' /proc/$pid/stat)
    search_cpu=$(( search_user1 + search_sys1 - search_user0 - search_sys0 ))
    search_sys=$(( search_sys1 - search_sys0 ))
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    daemon_rows+=("$(python3 -c '
import json, sys
n, files, listen_ms, cpu_ms, answer_ms, rss_kb, raw, ticks, sys_ticks, hz = sys.argv[1:11]
r = json.loads(raw)
per = lambda t: int(t) / int(hz) * 1e6 / max(1, r["requests"])
print("| %s | %s | %.2f | %.2f | %.2f | %.0f | %s | %s | %.0f | %.0f | %s " % (format(int(n), ","), format(int(files), ","), int(listen_ms) / 1000,
      int(cpu_ms) / 1000, int(answer_ms) / 1000, int(rss_kb) / 1024, r["p50_us"], r["p99_us"],
      per(ticks), per(sys_ticks), r["errors"]))' \
      "$n" "$files" "$((listening - start))" "$cpu_ms" "$((answered - start))" "$rss" "$lg" "$search_cpu" "$search_sys" "$(getconf CLK_TCK)")$cold|")
done

if [[ $probe_on != 0 ]]; then
echo "In process, same documents and queries (ScaleProbe; 200 queries x $rounds rounds, top 10):"
echo
echo "| entities | terms | analyse s | build s | index MB | search p50 µs | p99 µs | FTS5 build s | FTS5 MB | FTS5 p50 µs | FTS5 p99 µs | FTS5 p50 / ours |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${probe_rows[@]}"
echo
fi
echo "The daemon on the folder (shipped knowledge + the synthetic entities; search over the socket, 1x1, 3 s):"
echo
echo "| entities | files | start to listening s | CPU s to listening | to first answer s | RSS MB | search p50 µs | p99 µs | daemon CPU µs per search | of which kernel µs | errors | cold page cache: to listening s | CPU s | disk read requests |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${daemon_rows[@]}"
echo
echo "machine: $(nproc) cores, $(uname -r); $(date -u +%Y-%m-%d)"
