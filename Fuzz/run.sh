#!/usr/bin/env bash
# Builds the libFuzzer targets from the module sources and runs each for SECONDS
# (default 60). `make fuzz`. Crashes are written to .build-fuzz/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
out=.build-fuzz
mkdir -p "$out/corpus-request" "$out/corpus-analyzer"
export SWIFT_BACKTRACE=enable=no
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
swiftc "${flags[@]}" -module-name FuzzRequest Fuzz/FuzzRequest.swift \
    $(find Sources/CareerProtocol -name "*.swift") -o "$out/fuzz-request" 2>"$out/build.log"
swiftc "${flags[@]}" -module-name FuzzAnalyzer Fuzz/FuzzAnalyzer.swift \
    $(find Sources/CareerSearch -name '*.swift') -I Sources/CStemmer -lstemmer -o "$out/fuzz-analyzer" 2>>"$out/build.log"
printf '{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"hi"}}' > "$out/corpus-request/seed"
printf 'how much does a machin lerning enginer make in the UK? C++ / fast.ai' > "$out/corpus-analyzer/seed"
for t in request analyzer; do
    echo "== fuzz-$t for ${secs}s"
    "$out/fuzz-$t" -max_total_time="$secs" -max_len=4096 -artifact_prefix="$out/crash-$t-" "$out/corpus-$t" 2>&1 \
        | grep -E "^#[0-9]+ +DONE|^Done|ERROR|SUMMARY" || true
    if compgen -G "$out/crash-$t-*" >/dev/null; then echo "crash found: $(ls $out/crash-$t-*)"; exit 1; fi
done
