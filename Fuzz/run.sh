#!/usr/bin/env bash
# Builds the libFuzzer targets from the module sources and runs each for SECONDS
# (default 60). `make fuzz`; `make test` runs each for a few seconds (FUZZ_SECONDS).
# Crashes are written to .build-fuzz/ and fail the run; copy each into
# Fuzz/regressions/TARGET/, where every later run replays it first.
#
# Targets: request (any bytes through RPCRequest.parse), analyzer (any text through the
# Analyzer and TypoCorrector), ask (up to four questions through the advisor on the
# shipped knowledge and AskResultEncoder, the daemon's serialisation), yaml (any bytes
# through FlatYAML and libyaml's YAMLComposer: where the first reads a tree, the second
# reads the same). The line framer
# is fuzzed by LineFramerFuzzTests (random streams in random chunks, NIO's
# ByteToMessageHandler as the daemon runs it; FRAMER_FUZZ_SECONDS lengthens it).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
# FUZZ_OPT=-Onone (make test) compiles in a fraction of the time and fuzzes slower;
# each level has its own build folder.
opt=${FUZZ_OPT:--O}
out=.build-fuzz
[ "$opt" = -O ] || out=".build-fuzz$opt"
mkdir -p "$out/corpus-request" "$out/corpus-analyzer" "$out/corpus-ask" "$out/corpus-yaml" "$out/lib"
export SWIFT_BACKTRACE=enable=no
flags=(-sanitize=fuzzer,address -parse-as-library "$opt" -g)
# CareerProtocol's C scan (CJSONScan), compiled with the sanitizers like the rest.
clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CJSONScan/include Sources/CJSONScan/json_scan.c \
    -o "$out/json_scan.o" 2>"$out/build.log"
ar rcs "$out/lib/libCJSONScan.a" "$out/json_scan.o"
swiftc "${flags[@]}" -module-name FuzzRequest Fuzz/FuzzRequest.swift \
    $(find Sources/CareerProtocol -name "*.swift") -I Sources/CJSONScan/include -L "$out/lib" -lCJSONScan \
    -o "$out/fuzz-request" 2>>"$out/build.log"
swiftc "${flags[@]}" -module-name FuzzAnalyzer Fuzz/FuzzAnalyzer.swift \
    $(find Sources/CareerSearch -name '*.swift') -I Sources/CStemmer -lstemmer -o "$out/fuzz-analyzer" 2>>"$out/build.log"
# The ask pipeline needs the knowledge loader, hence Yams (C and Swift) from the
# package's checkout, each module compiled on its own, as SwiftPM would.
# They are rebuilt only when a source changed since the last build (the stamp).
yams=.build/checkouts/Yams/Sources
[ -d "$yams" ] || swift package resolve >/dev/null
stamp="$out/lib/.built"
if [ ! -f "$stamp" ] || [ -n "$(find Sources "$yams" -newer "$stamp" -name '*.swift' -o -newer "$stamp" -name '*.c' | head -1)" ]; then
rm -f "$out"/lib/*.o "$stamp"
lib=(-parse-as-library "$opt" -g -sanitize=fuzzer,address -emit-library -static -I "$out/lib" -L "$out/lib")
for c in "$yams"/CYaml/src/*.c; do
    clang -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" "$c" -o "$out/lib/$(basename "$c" .c).o" 2>>"$out/build.log"
done
ar rcs "$out/lib/libCYaml.a" "$out"/lib/*.o
clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CModelKernels/include Sources/CModelKernels/adagrad.c \
    -o "$out/lib/kernels.o" 2>>"$out/build.log"
ar rcs "$out/lib/libCModelKernels.a" "$out/lib/kernels.o"
clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CFileBatch/include Sources/CFileBatch/file_batch.c \
    -o "$out/lib/file_batch.o" 2>>"$out/build.log"
ar rcs "$out/lib/libCFileBatch.a" "$out/lib/file_batch.o"
module() { # module NAME SOURCES... [-- EXTRA FLAGS]
    local name=$1; shift
    local srcs=() extra=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do srcs+=("$1"); shift; done
    [ "${1:-}" = "--" ] && shift && extra=("$@")
    swiftc "${lib[@]}" -module-name "$name" -emit-module-path "$out/lib/$name.swiftmodule" \
        "${srcs[@]}" "${extra[@]}" -o "$out/lib/lib$name.a" 2>>"$out/build.log"
}
module Yams "$yams"/Yams/*.swift -- -I "$yams/CYaml/include" -Xcc -DYAML_DECLARE_STATIC -DSWIFT_PACKAGE
module CareerProtocol $(find Sources/CareerProtocol -name '*.swift') -- -I Sources/CJSONScan/include
module CareerSearch $(find Sources/CareerSearch -name '*.swift') -- -I Sources/CStemmer
module CareerKnowledge $(find Sources/CareerKnowledge -name '*.swift') -- -I "$yams/CYaml/include" -I Sources/CFileBatch/include
module CareerAdvisor $(find Sources/CareerAdvisor -name '*.swift') -- -I Sources/CStemmer -I "$yams/CYaml/include" \
    -I Sources/CModelKernels/include -I Sources/CFileBatch/include
touch "$stamp"
fi
swiftc "${flags[@]}" -module-name FuzzAsk Fuzz/FuzzAsk.swift Sources/CareerServer/Methods/AskResultEncoder.swift \
    -I "$out/lib" -I Sources/CStemmer -I "$yams/CYaml/include" -I Sources/CModelKernels/include \
    -I Sources/CJSONScan/include -I Sources/CFileBatch/include -L "$out/lib" \
    -lCareerAdvisor -lCareerKnowledge -lCareerSearch -lCareerProtocol -lCJSONScan -lYams -lCYaml -lCModelKernels -lCFileBatch \
    -lstemmer -luring \
    -o "$out/fuzz-ask" 2>>"$out/build.log"
swiftc "${flags[@]}" -module-name FuzzYAML Fuzz/FuzzYAML.swift $(find Sources/CareerKnowledge -name '*.swift') \
    -I "$out/lib" -I "$yams/CYaml/include" -I Sources/CFileBatch/include -L "$out/lib" -lYams -lCYaml -lCFileBatch -luring \
    -o "$out/fuzz-yaml" 2>>"$out/build.log"
printf 'I know Python and SQL\nwhat fits me?\nand in the UK?' > "$out/corpus-ask/seed"
printf '{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"hi"}}' > "$out/corpus-request/seed"
printf 'how much does a machin lerning enginer make in the UK? C++ / fast.ai' > "$out/corpus-analyzer/seed"
cp Knowledge/resources/*.yaml "$out/corpus-yaml/" 2>/dev/null || true
for t in request analyzer ask yaml; do
    if compgen -G "Fuzz/regressions/$t/*" >/dev/null; then
        echo "== fuzz-$t: replaying Fuzz/regressions/$t"
        if ! "$out/fuzz-$t" Fuzz/regressions/$t/* >"$out/replay-$t.log" 2>&1; then
            grep -E "ERROR|SUMMARY|Running" "$out/replay-$t.log"; echo "a regression input crashes fuzz-$t"; exit 1
        fi
    fi
    echo "== fuzz-$t for ${secs}s"
    "$out/fuzz-$t" -max_total_time="$secs" -max_len=4096 -artifact_prefix="$out/crash-$t-" "$out/corpus-$t" 2>&1 \
        | grep -E "^#[0-9]+ +DONE|^Done|ERROR|SUMMARY" || true
    if compgen -G "$out/crash-$t-*" >/dev/null; then echo "crash found: $(ls $out/crash-$t-*)"; exit 1; fi
done
