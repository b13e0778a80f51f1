"""Fixtures: the real careerd, a real ngircd on 127.0.0.1, and the bot as a process.

$CAREERD is the daemon (default .build/debug/careerd of the repository),
$CAREERD_KNOWLEDGE its knowledge (default Knowledge/), $NGIRCD the IRC server
(default: ngircd on PATH, or /usr/sbin/ngircd).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Tuple

import pytest

HERE = Path(__file__).resolve().parent
IRC_ROOT = HERE.parent
REPO = HERE.parents[2]
PYTHON_SRC = REPO / "clients" / "python" / "src"
sys.path[:0] = [str(IRC_ROOT), str(PYTHON_SRC)]  # test the source trees

import irc.client  # noqa: E402

from careerd_client.testing import Daemon  # noqa: E402

CAREERD = os.path.abspath(os.environ.get("CAREERD") or REPO / ".build" / "debug" / "careerd")
KNOWLEDGE = os.path.abspath(os.environ.get("CAREERD_KNOWLEDGE") or REPO / "Knowledge")
NGIRCD = os.environ.get("NGIRCD") or shutil.which("ngircd") or "/usr/sbin/ngircd"
BOT = "careerbot"
CHANNEL = "#careers"


@pytest.fixture(scope="session")
def daemon() -> Iterator[Daemon]:
    if not os.access(CAREERD, os.X_OK):
        pytest.exit(f"no careerd at {CAREERD}: build it (make build) or set CAREERD", returncode=2)
    with Daemon(CAREERD, KNOWLEDGE) as d:
        yield d


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class IRCServer:
    """ngircd on 127.0.0.1 with a generated configuration, in the foreground (-n)."""

    def __init__(self) -> None:
        if not os.access(NGIRCD, os.X_OK):
            pytest.exit(f"no ngircd at {NGIRCD}: apt-get install ngircd, or set NGIRCD", returncode=2)
        self.directory = tempfile.mkdtemp(prefix="ngircd-", dir="/tmp")
        self.port = free_port()
        self.config = os.path.join(self.directory, "ngircd.conf")
        self.log_path = os.path.join(self.directory, "ngircd.log")
        self.process: Optional["subprocess.Popen[bytes]"] = None
        with open(self.config, "w") as f:
            f.write(f"""[Global]
\tName = irc.careerd.test
\tInfo = careerd test server
\tAdminInfo1 = careerd tests
\tAdminInfo2 = 127.0.0.1
\tAdminEMail = nobody@localhost
\tListen = 127.0.0.1
\tPorts = {self.port}
\tMotdPhrase = "careerd test server"
\tPidFile = {self.directory}/ngircd.pid
\tServerUID = {os.getuid()}
\tServerGID = {os.getgid()}
[Limits]
\tMaxConnectionsIP = 0
\tMaxNickLength = 30
\tMaxPenaltyTime = 0
\tPingTimeout = 30
\tPongTimeout = 20
[Options]
\tPAM = no
\tDNS = no
\tIdent = no
""")

    def start(self) -> "IRCServer":
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen([NGIRCD, "-n", "-f", self.config], stdin=subprocess.DEVNULL,
                                            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ngircd exited:\n{self.log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"ngircd did not listen:\n{self.log()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def log(self) -> str:
        try:
            return Path(self.log_path).read_text(errors="replace")
        except OSError:
            return ""


@pytest.fixture(scope="module")
def ircd() -> Iterator[IRCServer]:
    server = IRCServer().start()
    yield server
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)


class Bot:
    """``python3 -m careerbot`` as a process, on the source trees."""

    def __init__(self, ircd: IRCServer, daemon: Daemon, *extra: str, nick: str = BOT) -> None:
        self.nick = nick
        self.log_path = os.path.join(ircd.directory, f"{nick}.log")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(IRC_ROOT), str(PYTHON_SRC), env.get("PYTHONPATH", "")])
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "careerbot", "--server", "127.0.0.1", "--port", str(ircd.port),
                 "--nick", nick, "--channel", CHANNEL, "--socket", daemon.socket,
                 "--reconnect-min", "1", "--reconnect-max", "2", "--send-rate", "50", *extra],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
            )

    def log(self) -> str:
        return Path(self.log_path).read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


Message = Tuple[str, str, str, str]  # (kind, from nick, target, text)


class Person:
    """A test client on the same ``irc`` library: connects, joins, talks, records."""

    def __init__(self, ircd: IRCServer, nick: str) -> None:
        self.nick = nick
        self.reactor = irc.client.Reactor()
        self.messages: List[Message] = []
        self.names: set = set()
        self.joined = False
        self.connection = self.reactor.server().connect("127.0.0.1", ircd.port, nick)
        for kind in ("pubmsg", "privmsg", "pubnotice", "privnotice", "quit"):
            self.reactor.add_global_handler(kind, self._record)
        self.reactor.add_global_handler("join", self._on_join)
        self.reactor.add_global_handler("namreply", self._on_names)
        self.reactor.add_global_handler("welcome", lambda c, e: c.join(CHANNEL))
        assert self.wait(lambda: self.joined, 10), f"{nick} could not join"

    def _record(self, connection: object, event: irc.client.Event) -> None:
        text = event.arguments[0] if event.arguments else ""
        self.messages.append((event.type, event.source.nick, event.target or "", text))

    def _on_join(self, connection: object, event: irc.client.Event) -> None:
        if event.source.nick == self.nick:
            self.joined = True
        self.names.add(event.source.nick)

    def _on_names(self, connection: object, event: irc.client.Event) -> None:
        for name in event.arguments[2].split():
            self.names.add(name.lstrip("@+"))

    def wait(self, predicate: Callable[[], bool], seconds: float = 10) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if predicate():
                return True
            self.reactor.process_once(0.02)
        return predicate()

    def idle(self, seconds: float) -> None:
        self.wait(lambda: False, seconds)

    def drain(self) -> None:
        self.idle(0.1)

    def say(self, text: str, target: str = CHANNEL) -> None:
        self.connection.privmsg(target, text)

    def from_bot(self, since: int = 0, kind: Optional[str] = None) -> List[Message]:
        return [m for m in self.messages[since:] if m[1] == BOT and (kind is None or m[0] == kind)]

    def ask(self, text: str, *, target: str = CHANNEL, settle: float = 0.3, seconds: float = 10) -> List[Message]:
        """Says ``text`` and returns what the bot said in answer."""
        self.idle(0.1)  # take in what arrived while this client was not looking
        mark = len(self.messages)
        self.say(text, target)
        assert self.wait(lambda: bool(self.from_bot(mark)), seconds), f"no answer to {text!r}"
        # The lines of one answer come together: wait until a quiet moment.
        count = -1
        while count != len(self.from_bot(mark)):
            count = len(self.from_bot(mark))
            self.idle(settle)
        return self.from_bot(mark)

    def quit(self) -> None:
        if not self.connection.is_connected():
            return
        try:
            self.connection.quit("bye")
        except irc.client.ServerNotConnectedError:
            pass
        self.connection.close()
