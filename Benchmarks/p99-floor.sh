#!/usr/bin/env bash
# What p99 a request's cost allows at 32x1 on this machine: the same loadgen load
# (32 connections, one request in flight on each) against cannedd (no work at all), and
# against careerd with three requests of growing cost through the same server path:
#
#   floor   a method careerd does not have: framing, parsing, dispatch and a ~100-byte
#           error reply (-32601), the least any request costs through this server
#   info    a fixed table written as a 0.9 KB reply
#   ask     every question of Tests/Eval/questions.jsonl as a stateless ask (load.sh's mix)
#
# Each is Benchmarks/cpu-per-request.sh's measure (requests/s, p50, p99, the daemon's user
# and kernel CPU per request, its preemptions, loadgen's CPU), ROUNDS times in turn so
# that the host's drift falls on every row alike. Not part of `make bench`; the table in
# docs/PERFORMANCE.md ("What the p99 at 32x1 allows") comes from it.
#
#   Benchmarks/p99-floor.sh [ROUNDS] [SECONDS]      CAREERD=path the binary
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}; secs=${2:-4}
for r in $(seq "$rounds"); do
    echo "round $r"
    printf '  %-8s ' ceiling; CEILING=1 Benchmarks/cpu-per-request.sh 32 1 "$secs" | tail -1
    printf '  %-8s ' floor;   REQUEST=careerd.none Benchmarks/cpu-per-request.sh 32 1 "$secs" | tail -1
    printf '  %-8s ' info;    REQUEST=info Benchmarks/cpu-per-request.sh 32 1 "$secs" | tail -1
    printf '  %-8s ' ask;     Benchmarks/cpu-per-request.sh 32 1 "$secs" | tail -1
done
