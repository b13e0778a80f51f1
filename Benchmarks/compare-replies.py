#!/usr/bin/env python3
"""Do two careerd binaries give the same bytes? (docs/PERFORMANCE.md: a speed change must not
change an answer.)

    Benchmarks/compare-replies.py CAREERD_A CAREERD_B KNOWLEDGE_DIR [--session]

Starts each binary on KNOWLEDGE_DIR in turn and sends every text of
Tests/Eval/questions.jsonl as a stateless `ask` and as a `search` (limit 10); prints how
many of the replies differ and the first three pairs that do. With --session, the asks
are one conversation instead (every question in one session, each answer explained), so
follow-ups, carried entities and slots, and `explain` are compared too. Standard library
only.
"""
import json, os, socket, subprocess, sys, time
qs = [json.loads(l)["text"] for l in open("Tests/Eval/questions.jsonl") if l.strip()]
conversation = "--session" in sys.argv[4:]
def run(binary, knowledge):
    sock = f"/tmp/careerd-compare.{os.getpid()}.sock"
    p = subprocess.Popen([binary, "--socket", sock, "--knowledge", knowledge, "--log-level", "warning"], stderr=subprocess.DEVNULL)
    while not os.path.exists(sock): time.sleep(0.05)
    s = socket.socket(socket.AF_UNIX); s.connect(sock); f = s.makefile("rwb")
    out = []
    for i, q in enumerate(qs):
        ask = {"text": q, "session": "compare", "explain": True} if conversation else {"text": q}
        for m, params in (("ask", ask), ("search", {"query": q, "limit": 10})):
            f.write(json.dumps({"jsonrpc": "2.0", "id": i, "method": m, "params": params}).encode() + b"\n"); f.flush()
            out.append(f.readline())
    p.terminate(); p.wait()
    if os.path.exists(sock): os.unlink(sock)
    return out
a, b = run(sys.argv[1], sys.argv[3]), run(sys.argv[2], sys.argv[3])
diff = [(x, y) for x, y in zip(a, b) if x != y]
print(f"{len(a)} replies, {len(diff)} differ")
for x, y in diff[:3]: print("A", x[:600]); print("B", y[:600])
