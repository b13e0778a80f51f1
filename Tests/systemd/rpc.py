#!/usr/bin/env python3
"""A tiny JSON-RPC 2.0 line client for the systemd suite (standard library only).

  rpc.py call SOCKET METHOD [PARAMS_JSON]   one request; prints the response line; exit 0
                                            when a response arrived (result or error)
  rpc.py send SOCKET METHOD [PARAMS_JSON]   sends one request and returns at once
  rpc.py loop SOCKET SECONDS                sequential requests, a new connection each
                                            time; prints {"requests","errors","failures"}
  rpc.py steady SOCKET SECONDS CONNS RATE   CONNS persistent connections, each sending at
                                            most RATE requests a second (under the
                                            daemon's per-connection limit); prints the same
"""
import json
import socket
import sys
import threading
import time

METHODS = [("info", None), ("ask", {"text": "What does a data scientist do?"})]


def connect(path, timeout=15.0):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.connect(path)
    return sock


def request(method, params=None, ident=1):
    message = {"jsonrpc": "2.0", "id": ident, "method": method}
    if params is not None:
        message["params"] = params
    return (json.dumps(message) + "\n").encode()


def read_line(sock):
    data = b""
    while not data.endswith(b"\n"):
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("server closed the connection after %d bytes" % len(data))
        data += chunk
    return data.decode()


def call(path, method, params):
    with connect(path) as sock:
        sock.sendall(request(method, params))
        line = read_line(sock)
    sys.stdout.write(line)
    return 0


def send(path, method, params):
    with connect(path) as sock:
        sock.sendall(request(method, params))
        time.sleep(0.2)
    return 0


def loop(path, seconds):
    methods = METHODS
    end = time.monotonic() + seconds
    count = errors = failures = 0
    problems = []
    while time.monotonic() < end:
        method, params = methods[count % len(methods)]
        count += 1
        try:
            with connect(path) as sock:
                sock.sendall(request(method, params, count))
                reply = json.loads(read_line(sock))
            if "error" in reply or reply.get("id") != count:
                errors += 1
                problems.append(reply)
        except Exception as error:  # a refused or dropped connection is a failure
            failures += 1
            problems.append(str(error))
    print(json.dumps({"requests": count, "errors": errors, "failures": failures,
                      "problems": problems[:5]}))
    return 0 if errors == 0 and failures == 0 else 1


def steady(path, seconds, connections, rate):
    totals = {"requests": 0, "errors": 0, "failures": 0, "problems": []}
    lock = threading.Lock()

    def worker(index):
        count = errors = failures = 0
        problems = []
        end = time.monotonic() + seconds
        try:
            with connect(path) as sock:
                reader = sock.makefile("rb")
                while time.monotonic() < end:
                    started = time.monotonic()
                    method, params = METHODS[(count + index) % len(METHODS)]
                    count += 1
                    sock.sendall(request(method, params, count))
                    line = reader.readline()
                    if not line:
                        raise ConnectionError("server closed the connection")
                    reply = json.loads(line)
                    if "error" in reply or reply.get("id") != count:
                        errors += 1
                        problems.append(reply)
                    time.sleep(max(0.0, 1.0 / rate - (time.monotonic() - started)))
        except Exception as error:  # a dropped connection is a failure
            failures += 1
            problems.append(str(error))
        with lock:
            totals["requests"] += count
            totals["errors"] += errors
            totals["failures"] += failures
            totals["problems"] += problems[:2]

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps(totals))
    return 0 if totals["errors"] == 0 and totals["failures"] == 0 else 1


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    mode, path = argv[1], argv[2]
    if mode in ("call", "send"):
        params = json.loads(argv[4]) if len(argv) > 4 else None
        try:
            return (call if mode == "call" else send)(path, argv[3], params)
        except Exception as error:
            sys.stderr.write("rpc.py: %s\n" % error)
            return 1
    if mode == "loop":
        return loop(path, float(argv[3]))
    if mode == "steady":
        return steady(path, float(argv[3]), int(argv[4]), float(argv[5]))
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
