#!/usr/bin/env python3
"""Soak: the real daemon under a mixed, partly hostile load for SECONDS (default 600)
from 4 uids (root only: clients are forked and setuid to test uids; prints SKIP
otherwise), with a reload at 10 s and every 30 s after. `make soak`; a 60-second run in `make test`.

  soak.py [SECONDS] [CONNECTIONS]      (defaults 600 and 64)

Each uid runs CONNECTIONS/4 client threads. Every client loops, each round on a new
connection part of the time, over: every method with valid params, its session,
bad lines (not JSON, not UTF-8, over-long, unknown method, bad params), notifications,
a slow reader (reads a pipelined batch a few bytes at a time) and a disconnect in the
middle of a reply. Every reply is checked against what the request must get.

Passes when: no unexpected reply or error (a -32002 is expected only past the rate, and
the clients stay under it); resident memory at the end within 10% of its figure after
warm-up (the first 20% of the run, at least 45 s, so it includes the reloads at 10 s and 40 s); open descriptors back to their
figure before the load. Prints '# rss ...' and '# fds ...' figures, then
'N passed, N failed'.
"""
import json
import os
import random
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Client, Daemon, Report, TEST_UIDS, as_uid, join, skip_unless_root  # noqa: E402

QUESTIONS = ["how much does a data engineer make in the uk?", "skills for mlops", "what does a data scientist do",
             "free courses for nlp", "I know Python and SQL, what fits me?", "ml engineer vs data scientist",
             "and in the UK?", "certifications for cloud ml", "hello", "qwerty asdf"]
GOOD = [
    ("info", None, "result"),
    ("list", {"type": "role"}, "result"),
    ("get", {"type": "role", "id": "data-engineer"}, "result"),
    ("get", {"type": "role", "id": "no-such-role"}, -32007),
    ("search", {"query": "kubernetes containers", "limit": 3}, "result"),
    ("session.reset", {"session": "s"}, "result"),
    ("ask", {}, -32602),
]
BAD = [
    (b"this is not json\n", -32700),
    (b"{\xc3\x28}\n", -32700),
    (b'{"jsonrpc":"2.0","id":7,"method":"nope"}\n', -32601),
    (b'[1,2]\n', -32600),
    (b"x" * 70_000 + b"\n", -32001),
]


def client(path, seconds, seed):
    rng = random.Random(seed)
    stats = {"requests": 0, "unexpected": 0, "rate_limited": 0, "reconnects": 0, "problems": []}
    end = time.monotonic() + seconds

    def bad(what):
        stats["unexpected"] += 1
        if len(stats["problems"]) < 5:
            stats["problems"].append(str(what)[:300])

    def expect(reply, want, ident=None):
        stats["requests"] += 1
        if ident is not None and reply.get("id") != ident:
            return bad(("id", ident, reply))
        if want == "result":
            if "result" not in reply:
                if reply.get("error", {}).get("code") == -32002:
                    stats["rate_limited"] += 1
                else:
                    bad(reply)
        elif reply.get("error", {}).get("code") != want:
            bad((want, reply))

    c = None
    while time.monotonic() < end:
        try:
            if c is None or rng.random() < 0.05:
                if c is not None:
                    c.close()
                c = Client(path, timeout=60)
                stats["reconnects"] += 1
            kind = rng.random()
            if kind < 0.45:
                r = c.call("ask", {"text": rng.choice(QUESTIONS), "session": "s%d" % rng.randrange(4)})
                expect(r, "result")
            elif kind < 0.75:
                method, params, want = rng.choice(GOOD)
                expect(c.call(method, params), want)
            elif kind < 0.85:
                line, want = rng.choice(BAD)
                c.sock.sendall(line)
                expect(c.line(), want)
            elif kind < 0.88:
                c.sock.sendall(b'{"jsonrpc":"2.0","method":"info"}\n')  # a notification: no reply
                expect(c.call("info"), "result")
            elif kind < 0.94:
                # A slow reader: a pipelined batch, read back a little at a time.
                n = rng.randrange(5, 40)
                first = c.next_id + 1
                for i in range(n):
                    c.send("ask", {"text": rng.choice(QUESTIONS)})
                for i in range(n):
                    if rng.random() < 0.3:
                        time.sleep(0.01)
                    expect(c.line(), "result", first + i)
            else:
                # Disconnect in the middle of a reply: ask, read a few bytes, close.
                c.send("ask", {"text": rng.choice(QUESTIONS)})
                c.sock.recv(rng.randrange(1, 64))
                c.close()
                c = None
        except (OSError, ValueError) as error:
            bad(repr(error))
            if c is not None:
                c.close()
            c = None
        time.sleep(rng.random() * 0.01)
    if c is not None:
        c.close()
    return stats


def uid_load(path, seconds, threads, uid):
    results = []
    lock = threading.Lock()

    def run(i):
        r = client(path, seconds, uid * 1000 + i)
        with lock:
            results.append(r)

    ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total = {"requests": 0, "unexpected": 0, "rate_limited": 0, "reconnects": 0, "problems": []}
    for r in results:
        for k in ("requests", "unexpected", "rate_limited", "reconnects"):
            total[k] += r[k]
        total["problems"] += r["problems"][:2]
    return total


def main(argv):
    skip_unless_root()
    seconds = float(argv[1]) if len(argv) > 1 else 600.0
    connections = int(argv[2]) if len(argv) > 2 else 64
    report = Report()
    daemon = Daemon().start()
    try:
        with Client(daemon.socket) as c:
            for q in QUESTIONS * 5:
                c.call("ask", {"text": q})
        fds_before = daemon.fds()
        children = [as_uid(uid, uid_load, daemon.socket, seconds, connections // 4, uid) for uid in TEST_UIDS]
        start = time.monotonic()
        # Warm-up ends after the first two reloads (at 10 s and 40 s: a reload builds a
        # second index beside the serving one and trains the intent model again) and no
        # earlier than 20% of the run. Resident memory climbs for the first minute or
        # two (sessions, allocator arenas of every thread, buffer pools) and then stays
        # flat, so the one-minute run in make test measures its last quarter.
        warm = max(45.0, seconds * 0.2)
        rss_warm = None
        samples = []
        reloads = reload_errors = 0
        next_reload = start + 10
        while time.monotonic() - start < seconds:
            time.sleep(1.0)
            now = time.monotonic()
            samples.append((now - start, daemon.rss_kib(), daemon.fds()))
            if rss_warm is None and now - start >= warm:
                rss_warm = daemon.rss_kib()
            if now >= next_reload:
                next_reload += 30
                with Client(daemon.socket, timeout=60) as c:
                    reloads += 1
                    reload_errors += "result" not in c.call("reload")
        results = [join(ch) for ch in children]
        time.sleep(2.0)
        rss_end = daemon.rss_kib()
        fds_after = daemon.fds()
        requests = sum(r.get("requests", 0) for r in results)
        unexpected = sum(r.get("unexpected", 0) for r in results)
        limited = sum(r.get("rate_limited", 0) for r in results)
        peak = max(s[1] for s in samples) if samples else 0
        rss_warm = rss_warm or (samples[-1][1] if samples else rss_end)
        growth = (rss_end - rss_warm) / rss_warm * 100
        report.note("load: %.0f s, %d connections from %d uids, %d requests (%.0f/s), %d reconnects, %d rate-limited, %d reloads"
                    % (seconds, connections, len(TEST_UIDS), requests, requests / seconds,
                       sum(r.get("reconnects", 0) for r in results), limited, reloads))
        report.note("rss: %d KiB after warm-up (%.0f s), peak %d KiB, %d KiB at the end (%+.1f%%)" % (rss_warm, warm, peak, rss_end, growth))
        report.note("fds: %d before the load, at most %d during, %d after" % (fds_before, max(s[2] for s in samples) if samples else 0, fds_after))
        for r in results:
            if "exception" in r or r.get("problems"):
                report.note("problems: %s" % (r.get("exception") or r.get("problems")))
        report.check("soak: every client ran", all("exception" not in r for r in results), str(results)[:300])
        report.check("soak: zero unexpected replies or errors", unexpected == 0, "%d unexpected" % unexpected)
        report.check("soak: every reload succeeded", reload_errors == 0 and reloads >= int((seconds - 10) // 30) + 1, "%d of %d failed" % (reload_errors, reloads))
        report.check("soak: resident memory flat after warm-up (<10%)", growth < 10.0, "%+.1f%%" % growth)
        report.check("soak: no descriptor leak", fds_after <= fds_before, "%d before, %d after" % (fds_before, fds_after))
        with Client(daemon.socket) as c:
            report.check("soak: the daemon still serves", "result" in c.call("info"))
    finally:
        status = daemon.stop()
    report.check("soak: a clean stop", status == 0, "exit %s" % status)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
