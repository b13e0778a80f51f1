#!/usr/bin/env python3
"""Resident memory of the daemon holding many sessions (Benchmarks/sessions.py; `make bench` runs it).

    Benchmarks/sessions.py CAREERD KNOWLEDGE [SESSIONS]

Starts CAREERD --knowledge KNOWLEDGE with room for SESSIONS sessions of one uid (default
10,000) and the per-uid rate limit lifted, reads its resident memory (VmRSS) once ready,
then opens SESSIONS sessions over one connection: each is a distinct session name given
two questions of the project's set (Tests/Eval/questions.jsonl, in turn), so every
session holds a conversation's state. Reads VmRSS again and prints a Markdown row: the
memory at start, after the sessions, and the growth per session.
Standard library only.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


def main():
    binary, knowledge = sys.argv[1], sys.argv[2]
    sessions = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    questions = [json.loads(l)["text"] for l in open(os.path.join(root, "Tests/Eval/questions.jsonl")) if l.strip()]
    with tempfile.TemporaryDirectory(prefix="careerd-sessions.") as work:
        path = os.path.join(work, "careerd.sock")
        proc = subprocess.Popen([binary, "--socket", path, "--knowledge", knowledge, "--log-level", "warning",
                                 "--set", f"sessions_per_uid={sessions}",
                                 "--set", "requests_per_second_per_uid=100000000",
                                 "--set", "burst_per_uid=100000000"], stderr=subprocess.DEVNULL)
        try:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            for _ in range(600):
                try:
                    sock.connect(path)
                    break
                except OSError:
                    time.sleep(0.05)
            reader = sock.makefile("rb")
            time.sleep(0.2)
            idle = rss_mib(proc.pid)
            n = 0
            # In batches of 100 sessions (200 requests in flight), so neither side's
            # buffers fill.
            for start in range(0, sessions, 100):
                lines = []
                for s in range(start, min(sessions, start + 100)):
                    for turn in range(2):
                        n += 1
                        text = questions[(2 * s + turn) % len(questions)]
                        lines.append(json.dumps({"jsonrpc": "2.0", "id": n, "method": "ask",
                                                 "params": {"text": text, "session": f"user-{s}"}}))
                sock.sendall(("\n".join(lines) + "\n").encode())
                for _ in lines:
                    reply = json.loads(reader.readline())
                    if "error" in reply:
                        sys.exit(f"sessions.py: careerd answered an error: {reply['error']}")
            time.sleep(0.2)
            after = rss_mib(proc.pid)
            info = {"jsonrpc": "2.0", "id": 0, "method": "info"}
            sock.sendall((json.dumps(info) + "\n").encode())
            held = json.loads(reader.readline()).get("result", {}).get("sessions", "?")
            sock.close()
        finally:
            proc.terminate()
            proc.wait()
    print(f"| {knowledge} | {sessions:,} | {held} | {idle:.1f} | {after:.1f} | {1024 * (after - idle) / sessions:.1f} |")


if __name__ == "__main__":
    main()
