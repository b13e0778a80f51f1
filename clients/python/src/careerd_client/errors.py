"""The two ways a call can fail: the daemon said no, or no daemon could be talked to."""

from __future__ import annotations

import builtins
import errno as _errno
import os
from typing import Any, Optional

__all__ = ["Error", "RPCError", "ConnectionError"]


class Error(Exception):
    """Base class of every error this package raises."""


class RPCError(Error):
    """The daemon answered with a JSON-RPC error object.

    ``code`` is the JSON-RPC code (-32602 invalid params, -32601 unknown method,
    -32001 line too long, ...; docs/PROTOCOL.md lists them), ``message`` the daemon's
    words for a person, ``data`` the details it gave (often ``{"field": "text"}``), or
    None.
    """

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(code, message, data)
        self.code = code
        self.message = message
        self.data = data

    def __str__(self) -> str:
        return f"{self.message} ({self.code})"

    def __repr__(self) -> str:
        return f"RPCError(code={self.code!r}, message={self.message!r}, data={self.data!r})"


class ConnectionError(Error, builtins.ConnectionError):
    """No daemon could be reached, or the one reached failed us mid-call.

    ``str(err)`` is the same one line the ``career`` command prints (without its
    ``career:`` prefix), e.g. ``no careerd answers at /run/user/1000/careerd.sock
    (connection refused); start one with 'careerd' or 'make run'``.

    ``path`` is the socket involved, ``reason`` the short reason ("no such socket",
    "connection refused", "permission denied", "no answer within 30 s", "connection
    closed by the daemon", ...), and ``unreachable`` is True when the connect itself
    failed (no daemon at all) rather than a daemon that went away or timed out.

    It is also a subclass of the built-in ``ConnectionError``.
    """

    def __init__(self, path: str, reason: str, *, unreachable: bool, hint: Optional[str] = None) -> None:
        if unreachable:
            text = f"no careerd answers at {path} ({reason})"
        else:
            text = f"careerd at {path}: {reason}"
        if hint:
            text = f"{text}; {hint}"
        Exception.__init__(self, text)
        self.path = path
        self.reason = reason
        self.unreachable = unreachable
        self.hint = hint
        self._text = text

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"careerd_client.ConnectionError({self._text!r})"

    @classmethod
    def from_connect(cls, path: str, exc: OSError) -> "ConnectionError":
        """The error for a failed ``connect()`` to ``path``, worded as ``career`` words it."""
        code = exc.errno
        if code in (_errno.ENOENT, _errno.ENOTDIR):
            return cls(path, "no such socket", unreachable=True, hint=START_HINT)
        if code == _errno.ECONNREFUSED:
            return cls(path, "connection refused", unreachable=True, hint=START_HINT)
        if code in (_errno.EACCES, _errno.EPERM):
            return cls(path, "permission denied", unreachable=True, hint=PERMISSION_HINT)
        reason = os.strerror(code).lower() if code else str(exc)
        return cls(path, reason, unreachable=True)

    @property
    def is_no_such_socket(self) -> bool:
        return self.unreachable and self.reason == "no such socket"


START_HINT = "start one with 'careerd' or 'make run'"
PERMISSION_HINT = "the socket belongs to another user or group"
