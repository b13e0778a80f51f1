#!/usr/bin/env python3
"""Start-up of the daemon, as systemd sees it (Benchmarks/startup.py; `make bench` runs it).

    Benchmarks/startup.py CAREERD KNOWLEDGE [RUNS]

Starts CAREERD --knowledge KNOWLEDGE RUNS times (default 5) with NOTIFY_SOCKET pointing at
a datagram socket of this script, as systemd's Type=notify does, and times each start to
the READY=1 it sends (the knowledge loaded, the socket listening); then reads the CPU
time it used (user + system, which a busy machine does not inflate as it does wall time),
the kernel's part of it (system time: page faults for new memory, reading the files),
its resident memory (VmRSS) once started, the most it held while starting (VmHWM), and
how many pages it faulted in (minor faults, in thousands). Two rows, as Markdown: starts
that train the intent model (`--cache-directory none`: a first start, or one after the knowledge or
the binary changed), then starts that read it from a cache directory one start filled
(every later start, under systemd's CacheDirectory=). Each row gives medians and the
slowest start; the last column is the model's training or reading time the daemon logs.
Standard library only.
"""
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def one_start(binary, knowledge, work, cache):
    notify_path = os.path.join(work, "notify")
    listen_path = os.path.join(work, "careerd.sock")
    for p in (notify_path, listen_path):
        if os.path.exists(p):
            os.unlink(p)
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(notify_path)
    notify.settimeout(1)  # to notice a daemon that died before READY=1
    env = dict(os.environ, NOTIFY_SOCKET=notify_path)
    start = time.monotonic()
    log = open(os.path.join(work, "log"), "w+")
    proc = subprocess.Popen([binary, "--socket", listen_path, "--knowledge", knowledge, "--log-level", "info",
                             "--cache-directory", cache],
                            env=env, stderr=log)
    try:
        while True:
            try:
                message = notify.recv(4096).decode()
            except socket.timeout:
                # 1M entities take minutes on a busy host; a daemon that exits never says READY=1.
                if proc.poll() is not None:
                    log.seek(0)
                    sys.exit(f"startup.py: {binary} exited with {proc.returncode} before READY=1:\n" + log.read()[-2000:])
                if time.monotonic() - start > 900:
                    sys.exit(f"startup.py: no READY=1 from {binary} within 900 s")
                continue
            if "READY=1" in message.split("\n"):
                ready = time.monotonic() - start
                break
        time.sleep(0.2)  # let start-up allocations settle
        with open(f"/proc/{proc.pid}/status") as f:
            status = {line.split(":")[0]: line.split()[1] for line in f if line.startswith(("VmRSS", "VmHWM"))}
            rss, peak = int(status["VmRSS"]), int(status["VmHWM"])
        with open(f"/proc/{proc.pid}/stat") as f:  # utime + stime, in clock ticks
            fields = f.read().rsplit(")", 1)[1].split()
            tick = os.sysconf("SC_CLK_TCK")
            cpu, kernel = (int(fields[11]) + int(fields[12])) / tick, int(fields[12]) / tick
            faults = int(fields[7])
    finally:
        proc.terminate()
        proc.wait()
        notify.close()
    log.seek(0)
    trained = [line for line in log if "intent model ready" in line]
    log.close()
    took = re.search(r"took_ms=(\d+)", trained[0]) if trained else None
    return ready * 1000, rss / 1024, cpu * 1000, int(took.group(1)) if took else None, kernel * 1000, peak / 1024, faults / 1000


def row(label, knowledge, results):
    times = sorted(r[0] for r in results)
    rss = sorted(r[1] for r in results)
    cpu = sorted(r[2] for r in results)
    trained = sorted(r[3] for r in results if r[3] is not None)
    kernel = sorted(r[4] for r in results)
    peak = sorted(r[5] for r in results)
    faults = sorted(r[6] for r in results)
    training = f"{statistics.median(trained):.0f} ({trained[0]}-{trained[-1]})" if trained else "no model"
    print(f"| {knowledge} | {label} | {len(results)} | {statistics.median(times):.0f} | {times[-1]:.0f} | "
          f"{statistics.median(cpu):.0f} | {statistics.median(rss):.1f} | {training} | "
          f"{statistics.median(kernel):.0f} | {statistics.median(peak):.1f} | {statistics.median(faults):.0f} |")


def main():
    binary, knowledge = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with tempfile.TemporaryDirectory(prefix="careerd-startup.") as work:
        cache = os.path.join(work, "cache")
        trained = [one_start(binary, knowledge, work, "none") for _ in range(runs)]
        one_start(binary, knowledge, work, cache)  # trains and fills the cache
        cached = [one_start(binary, knowledge, work, cache) for _ in range(runs)]
    row("trains the model", knowledge, trained)
    row("model from the cache", knowledge, cached)


if __name__ == "__main__":
    main()
