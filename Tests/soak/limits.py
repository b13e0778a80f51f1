#!/usr/bin/env python3
"""Fairness between users and memory under a client that never reads, on the real
daemon, with clients run as other uids (root only; prints SKIP otherwise).

  limits.py            the checks, then 'N passed, N failed'
  CAREERD=/path/careerd limits.py --no-config   the same against a daemon without
                       --config (to measure a build from before the limits existed)

Checks:
  hold       uid A opens 1,100 idle connections; uid B is still served, and A's
             connections past its limit get -32004 naming `connections_per_uid`.
  rate       uid A floods from 4 connections, uid B from 1, at once: the excess gets
             -32002 with `retry_after_ms`, and A gets no more answers than B.
  no-reader  one connection pipelines `ask` for 20 s and reads nothing; resident memory
             stays within 10% of the idle figure (printed as '# rss ...').
"""
import os
import resource
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from harness import Client, Daemon, Report, TEST_UIDS, as_uid, join, skip_unless_root  # noqa: E402

UID_A, UID_B = TEST_UIDS[0], TEST_UIDS[1]
ASK = b'{"jsonrpc":"2.0","id":1,"method":"ask","params":{"text":"how much does an ml engineer make in the uk?"}}\n'


def hold(path, count, seconds):
    """Opens `count` connections and keeps them for `seconds`; counts the ones the
    daemon turned away and the limit their error named."""
    resource.setrlimit(resource.RLIMIT_NOFILE, (count + 64, count + 64))
    socks, refused, limits = [], 0, set()
    for _ in range(count):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(path)  # blocking: waits while the listen backlog is full
        s.settimeout(0.2)
        socks.append(s)
    time.sleep(1.0)
    for s in socks:
        try:
            data = s.recv(4096)
        except socket.timeout:
            continue
        if b"-32004" in data:
            refused += 1
            if b"connections_per_uid" in data:
                limits.add("connections_per_uid")
            elif b"connections" in data:
                limits.add("connections")
    time.sleep(seconds)
    for s in socks:
        s.close()
    return {"opened": count, "refused": refused, "limits": sorted(limits)}


def served(path):
    try:
        with Client(path, timeout=10) as c:
            reply = c.call("ask", {"text": "skills for a data engineer"})
        return {"ok": "result" in reply, "reply": str(reply)[:200]}
    except OSError as error:
        return {"ok": False, "reply": repr(error)}


def flood(path, connections, seconds):
    """Asks as fast as it can from several connections; counts replies by kind."""
    counts = {"ok": 0, "rate": 0, "other": 0, "retry_after": False}
    lock = threading.Lock()

    def worker():
        with Client(path, timeout=30) as c:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                reply = c.call("info")
                with lock:
                    if "result" in reply:
                        counts["ok"] += 1
                    elif reply["error"]["code"] == -32002:
                        counts["rate"] += 1
                        counts["retry_after"] |= "retry_after_ms" in reply["error"].get("data", {})
                    else:
                        counts["other"] += 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counts


def no_reader(path, seconds):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    s.settimeout(1.0)
    sent = 0
    end = time.monotonic() + seconds
    batch = ASK * 64
    while time.monotonic() < end:
        try:
            sent += s.send(batch)
        except socket.timeout:
            pass
        except OSError:
            break
    return s, sent


def main(argv):
    skip_unless_root()
    report = Report()
    use_config = "--no-config" not in argv
    config = {"connections_per_uid": 64, "requests_per_second_per_uid": 200, "burst_per_uid": 200,
              "privileged_factor": 1} if use_config else None
    daemon = Daemon(config=config).start()
    try:
        child = as_uid(UID_A, hold, daemon.socket, 1100, 4.0)
        time.sleep(3.0)
        b = join(as_uid(UID_B, served, daemon.socket))
        a = join(child)
        report.note("hold: uid A opened %d, %d refused (%s); uid B served: %s" % (a.get("opened", 0), a.get("refused", 0), a.get("limits"), b["ok"]))
        report.check("hold: another uid is served while one uid holds 1,100 connections", b["ok"], b["reply"])
        report.check("hold: connections past the per-uid limit get -32004 naming it",
                     a.get("refused") == 1100 - 64 and a.get("limits") == ["connections_per_uid"], str(a))

        fa = as_uid(UID_A, flood, daemon.socket, 4, 3.0)
        fb = as_uid(UID_B, flood, daemon.socket, 1, 3.0)
        fa, fb = join(fa), join(fb)
        report.note("rate: uid A %s; uid B %s" % (fa, fb))
        report.check("rate: a flooding uid gets -32002 with retry_after_ms",
                     fa.get("rate", 0) > 0 and fa.get("retry_after") and fa.get("other") == 0, str(fa))
        # Both flood past the rate; uid A's 4 connections must buy it no more than uid
        # B's one, and A's flood must not eat into B's budget.
        report.check("rate: another uid keeps its own budget; more connections buy no more",
                     fb.get("ok", 0) > 0 and fb.get("other") == 0 and fa.get("ok", 0) <= fb.get("ok", 0) * 1.2, "A %s, B %s" % (fa, fb))

        # Warm up (the advisor's first answers allocate caches), then the idle figure.
        with Client(daemon.socket) as c:
            for _ in range(200):
                c.call("ask", {"text": "how much does an ml engineer make in the uk?"})
        time.sleep(1.0)
        idle = daemon.rss_kib()
        peak = idle
        holder = {}

        def pipeline():
            holder["sock"], holder["sent"] = no_reader(daemon.socket, 20.0)

        t = threading.Thread(target=pipeline)
        t.start()
        while t.is_alive():
            peak = max(peak, daemon.rss_kib())
            time.sleep(0.25)
        t.join()
        during = daemon.rss_kib()
        holder["sock"].close()
        time.sleep(2.0)
        after = daemon.rss_kib()
        growth = (peak - idle) / idle * 100
        report.note("rss: idle %d KiB, peak %d KiB while a client pipelined %d bytes of ask without reading (+%.1f%%), %d KiB after it left"
                    % (idle, peak, holder["sent"], growth, after))
        report.check("no-reader: memory stays within 10% of idle", growth < 10.0, "+%.1f%%" % growth)
        with Client(daemon.socket) as c:
            report.check("no-reader: the daemon still serves afterwards", "result" in c.call("info"))
    finally:
        daemon.stop()
    return report.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
