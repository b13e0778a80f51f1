"""Run a real careerd for tests: ``with Daemon(binary, knowledge) as d: Client(d.socket)``.

Used by this package's own tests and by the IRC bot's; handy for any integration that
wants to test against the real daemon rather than a stand-in.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from typing import Dict, Optional

from .client import Client
from .errors import ConnectionError

__all__ = ["Daemon"]


class Daemon:
    """A careerd process on a private socket in a fresh temporary folder.

    ``binary`` is the careerd executable, ``knowledge`` its knowledge folder; ``env``
    adds variables (``{"CAREERD_TEST_HOOKS": "1"}`` enables ``debug.hang``). The log is
    kept in ``log_path`` and shown when the daemon fails to start.
    """

    def __init__(
        self,
        binary: str,
        knowledge: str,
        *,
        env: Optional[Dict[str, str]] = None,
        socket: Optional[str] = None,
        start_timeout: float = 20.0,
    ) -> None:
        self.binary = binary
        self.knowledge = knowledge
        self.env = dict(env or {})
        # Socket paths are limited to 107 bytes: keep the folder short, under /tmp.
        self.directory = tempfile.mkdtemp(prefix="careerd-", dir="/tmp")
        self.socket = socket or os.path.join(self.directory, "careerd.sock")
        self.log_path = os.path.join(self.directory, "careerd.log")
        self.start_timeout = start_timeout
        self.process: Optional["subprocess.Popen[bytes]"] = None

    def start(self) -> "Daemon":
        """Starts the daemon and waits until it answers ``info``."""
        if self.process is not None and self.process.poll() is None:
            return self
        env = dict(os.environ)
        env.update(self.env)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "--socket", self.socket, "--knowledge", self.knowledge, "--threads", "2"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"careerd exited with status {self.process.returncode}:\n{self.log()}")
            try:
                with Client(self.socket, timeout=2) as c:
                    c.info()
                return self
            except ConnectionError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"careerd did not answer within {self.start_timeout} s:\n{self.log()}")
                time.sleep(0.02)

    def stop(self, sig: int = signal.SIGTERM) -> Optional[int]:
        """Stops the daemon (SIGTERM, then SIGKILL after 10 s); returns its exit status."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        status = self.process.returncode
        self.process = None
        return status

    def restart(self) -> "Daemon":
        self.stop()
        return self.start()

    def log(self) -> str:
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> "Daemon":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()
