"""Shared pieces of the reliability suites (standard library only): a real careerd on
a private socket, a JSON-RPC line client, running a function as another uid in a
forked child, and reading the daemon's resident memory and open descriptors from /proc.

Every loop here is bounded in count and time; every socket is a Unix socket.
"""
import json
import os
import signal
import socket
import subprocess
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Test uids: no account is needed to setuid to a number as root.
TEST_UIDS = [61001, 61002, 61003, 61004]


def binary():
    return os.environ.get("CAREERD", os.path.join(REPO, ".build", "debug", "careerd"))


class Daemon:
    """careerd on a socket in a private folder that every test uid may enter."""

    def __init__(self, config=None, args=(), knowledge=None, state_dir=None, env=None):
        self.dir = tempfile.mkdtemp(prefix="careerd-rel-")
        os.chmod(self.dir, 0o755)
        self.socket = os.path.join(self.dir, "careerd.sock")
        self.log_path = os.path.join(self.dir, "careerd.log")
        self.state_dir = state_dir or os.path.join(self.dir, "state")
        os.makedirs(self.state_dir, exist_ok=True)
        self.args = ["--socket", self.socket, "--knowledge", knowledge or os.path.join(REPO, "Knowledge")]
        if config is not None:
            path = os.path.join(self.dir, "careerd.conf")
            with open(path, "w") as f:
                for key, value in config.items():
                    f.write("%s: %s\n" % (key, value))
            self.args += ["--config", path]
        self.args += list(args)
        self.env = dict(os.environ, STATE_DIRECTORY=self.state_dir, SWIFT_BACKTRACE="enable=no")
        for k in ("NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "JOURNAL_STREAM"):
            self.env.pop(k, None)
        self.env.update(env or {})
        self.process = None

    def start(self, wait=True):
        self.log = open(self.log_path, "ab")
        self.process = subprocess.Popen([binary()] + self.args, env=self.env, stdout=self.log, stderr=self.log)
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self, seconds=60):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise RuntimeError("careerd exited (%s): %s" % (self.process.returncode, self.output()[-2000:]))
            try:
                with Client(self.socket, timeout=5) as c:
                    c.call("info")
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("careerd did not answer within %ss" % seconds)

    def output(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")

    @property
    def pid(self):
        return self.process.pid

    def rss_kib(self):
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def fds(self):
        return len(os.listdir("/proc/%d/fd" % self.pid))

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode if self.process else None


class Client:
    """One connection; `call` sends a request and reads its response line."""

    def __init__(self, path, timeout=30):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.buffer = b""
        self.next_id = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.sock.close()

    def send(self, method, params=None, ident=None):
        if ident is None:
            self.next_id += 1
            ident = self.next_id
        message = {"jsonrpc": "2.0", "id": ident, "method": method}
        if params is not None:
            message["params"] = params
        self.sock.sendall((json.dumps(message) + "\n").encode())
        return ident

    def line(self):
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed by the server")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def call(self, method, params=None):
        ident = self.send(method, params)
        reply = self.line()
        while reply.get("id") != ident and "method" in reply:  # a notification
            reply = self.line()
        return reply


def as_uid(uid, fn, *args):
    """Runs fn(*args) in a forked child as `uid` (root only); returns a pid. The child
    writes fn's JSON result to a pipe read by `join`."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        code = 0
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            result = fn(*args)
        except BaseException as error:  # reported to the parent, never raised past fork
            result = {"exception": repr(error)}
            code = 1
        with os.fdopen(write_fd, "w") as f:
            f.write(json.dumps(result))
        os._exit(code)
    os.close(write_fd)
    return (pid, read_fd)


def join(child):
    pid, read_fd = child
    with os.fdopen(read_fd) as f:
        data = f.read()
    os.waitpid(pid, 0)
    return json.loads(data) if data else {"exception": "no result"}


class Report:
    """TAP-like lines and the closing 'N passed, N failed'."""

    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, ok, why=""):
        if ok:
            self.passed += 1
            print("ok - %s" % name, flush=True)
        else:
            self.failed += 1
            print("not ok - %s: %s" % (name, why), flush=True)
        return ok

    def note(self, text):
        print("# %s" % text, flush=True)

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed), flush=True)
        return 0 if self.failed == 0 else 1


def skip_unless_root():
    if os.geteuid() != 0:
        print("SKIP: not root (the suite runs clients as other uids)")
        raise SystemExit(0)
