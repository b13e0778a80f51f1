"""A blocking JSON-RPC 2.0 client for careerd's line protocol on a Unix socket.

Guarantees:

- Every call finishes within ``timeout`` seconds (connect, write and waiting for the
  reply) or raises ``ConnectionError``; after a timeout the connection is dropped, so a
  late reply can never be taken for the answer to a later call.
- Ids are this client's own increasing integers and responses are matched by id. A
  response with a null id (the daemon could not read a request, e.g. a line too long)
  belongs to the oldest request still waiting, since the daemon answers in order.
- ``call`` returns the result and raises ``RPCError`` for an error response.
- A connection the daemon closed (it restarted, or was upgraded) is replaced once,
  transparently, when nothing of the call's answer had arrived yet; the reconnect goes
  to the same socket path. If that fails the call raises ``ConnectionError``.
- Writing to a daemon that went away raises; it never raises SIGPIPE.

Threading: a client may be shared between threads; calls are serialised by a lock.
"""

from __future__ import annotations

import json
import os
import secrets
import select
import socket
import threading
import time
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from .errors import ConnectionError, RPCError
from .paths import candidates

__all__ = ["Client", "Session", "Request", "new_session_id", "MAX_RESPONSE_BYTES"]

#: The longest response line accepted (16 MiB), as for the ``career`` command.
MAX_RESPONSE_BYTES = 16 << 20
_MAX_SUN_PATH = 107

Params = Optional[Union[Mapping[str, Any], Sequence[Any]]]
#: One request of a pipeline: ``"info"``, ``("ask", {"text": ...})`` or
#: ``{"method": "ask", "params": {...}}``.
Request = Union[str, Tuple[str], Tuple[str, Params], Mapping[str, Any]]


def new_session_id(prefix: str = "py") -> str:
    """A fresh, unguessable session id such as ``py-4f1c2a9be0d3``."""
    return f"{prefix}-{secrets.token_hex(6)}"


class _Stale(Exception):
    """The connection was closed under us before any of the call's answer arrived."""


def _seconds(s: float) -> str:
    return f"{int(s)} s" if float(s).is_integer() else f"{s} s"


class Client:
    """A connection to careerd.

    ``Client()`` connects to the first socket that accepts a connection among
    ``$CAREERD_SOCKET``, ``$XDG_RUNTIME_DIR/careerd.sock`` and
    ``/run/careerd/careerd.sock``; ``Client("/path/to.sock")`` to that socket only.
    With ``connect=False`` nothing happens until the first call.

    >>> with Client() as c:                                   # doctest: +SKIP
    ...     print(c.ask("how much does a data analyst make?")["answer"])
    """

    def __init__(self, path: Optional[str] = None, *, timeout: float = 30.0, connect: bool = True) -> None:
        self.timeout = float(timeout)
        #: The socket path of the current (or last) connection, None before the first.
        self.path: Optional[str] = None
        self._explicit = os.fspath(path) if path is not None else None
        self._sock: Optional[socket.socket] = None
        self._buffer = bytearray()
        self._next_id = 1
        self._lock = threading.RLock()
        if connect:
            self.connect()

    # -- connection ---------------------------------------------------------------

    def connect(self) -> None:
        """Connects now, if not connected. Raises ``ConnectionError`` when no daemon answers.

        The first connection tries every candidate path; later ones (after a close or a
        daemon restart) go back to the same path.
        """
        with self._lock:
            if self._sock is not None:
                return
            paths = [self.path] if self.path is not None else candidates(self._explicit)
            failures: List[ConnectionError] = []
            for path in paths:
                try:
                    self._sock = self._open(path)
                    self.path = path
                    self._buffer.clear()
                    return
                except ConnectionError as e:
                    failures.append(e)
            # The most telling failure: a socket that exists but is dead or forbidden
            # says more than one that does not exist.
            telling = next((f for f in failures if not f.is_no_such_socket), failures[0])
            raise telling

    def _open(self, path: str) -> socket.socket:
        if not path:
            raise ConnectionError(path, "empty socket path", unreachable=True)
        if len(os.fsencode(path)) > _MAX_SUN_PATH:
            raise ConnectionError(path, f"socket path longer than {_MAX_SUN_PATH} bytes", unreachable=True)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(self.timeout)
            sock.connect(path)
            sock.setblocking(False)
        except socket.timeout:
            sock.close()
            raise ConnectionError(path, f"no answer within {_seconds(self.timeout)}", unreachable=False) from None
        except OSError as e:
            sock.close()
            raise ConnectionError.from_connect(path, e) from None
        return sock

    @property
    def connected(self) -> bool:
        """True while a connection is open (it may still turn out to be stale)."""
        return self._sock is not None

    def close(self) -> None:
        """Closes the connection. A later call connects again, to the same path."""
        with self._lock:
            if self._sock is not None:
                try:
                    self._sock.close()
                finally:
                    self._sock = None
                    self._buffer.clear()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "connected" if self._sock is not None else "closed"
        return f"<careerd_client.Client {self.path or self._explicit or '(auto)'} {state}>"

    # -- calls --------------------------------------------------------------------

    def call(self, method: str, params: Params = None, *, timeout: Optional[float] = None) -> Any:
        """Calls ``method`` and returns its ``result``; raises ``RPCError`` for an error answer."""
        (response,) = self._exchange([(method, params)], timeout)
        return _outcome(response)

    def pipeline(
        self, requests: Iterable[Request], *, raise_errors: bool = True, timeout: Optional[float] = None
    ) -> List[Any]:
        """Sends every request in one write, then returns their results in the same order.

        Each request is ``"method"``, ``("method", params)`` or
        ``{"method": ..., "params": ...}``. With ``raise_errors`` (the default) the first
        error answer is raised as ``RPCError`` once every answer has been read; with
        ``raise_errors=False`` an error answer takes its place in the list as an
        ``RPCError`` instance. ``timeout`` bounds the whole pipeline.
        """
        normalized = [_normalize(r) for r in requests]
        if not normalized:
            return []
        responses = self._exchange(normalized, timeout)
        results: List[Any] = []
        for response in responses:
            try:
                results.append(_outcome(response))
            except RPCError as e:
                results.append(e)
        if raise_errors:
            for r in results:
                if isinstance(r, RPCError):
                    raise r
        return results

    def notify(self, method: str, params: Params = None) -> None:
        """Sends a notification: the daemon carries it out and answers nothing."""
        line = _encode(None, method, params)
        with self._lock:
            for attempt in (0, 1):
                self.connect()
                try:
                    self._write_all(line, time.monotonic() + self.timeout)
                    return
                except _Stale:
                    self._drop()
                    if attempt:
                        raise self._closed_error() from None

    # -- the methods of docs/PROTOCOL.md ------------------------------------------

    def ask(self, text: str, session: Optional[str] = None, *, explain: bool = False) -> Dict[str, Any]:
        """Asks a question; returns the ``ask`` result (``answer``, ``intent``, ``sources``,
        ``suggestions``, ...). Asks sharing a ``session`` are one conversation."""
        params: Dict[str, Any] = {"text": text}
        if session is not None:
            params["session"] = session
        if explain:
            params["explain"] = True
        result: Dict[str, Any] = self.call("ask", params)
        return result

    def search(self, query: str, type: Optional[str] = None, limit: Optional[int] = None) -> List[Dict[str, Any]]:
        """Raw TF-IDF search; returns the hits (``type``, ``id``, ``name``, ``score``), best first."""
        params: Dict[str, Any] = {"query": query}
        if type is not None:
            params["type"] = type
        if limit is not None:
            params["limit"] = limit
        hits: List[Dict[str, Any]] = self.call("search", params)["hits"]
        return hits

    def get(self, type: str, id: str) -> Dict[str, Any]:
        """An entity's full record; ``RPCError`` with code -32007 when the id is unknown."""
        result: Dict[str, Any] = self.call("get", {"type": type, "id": id})
        return result

    def list(self, type: str) -> List[Dict[str, Any]]:
        """Every entity of a type as ``{"id", "name"}``, sorted by id."""
        items: List[Dict[str, Any]] = self.call("list", {"type": type})["items"]
        return items

    def info(self) -> Dict[str, Any]:
        """The daemon's version, protocol, counts, methods, sessions, connections, ..."""
        result: Dict[str, Any] = self.call("info")
        return result

    def reset_session(self, session: str) -> bool:
        """Makes the daemon forget one of your sessions; False when it had none."""
        return bool(self.call("session.reset", {"session": session})["reset"])

    def reload(self, *, timeout: float = 120.0) -> Dict[str, Any]:
        """Makes the daemon re-read its knowledge folder; waits for the outcome."""
        result: Dict[str, Any] = self.call("reload", timeout=timeout)
        return result

    def session(self, name: Optional[str] = None) -> "Session":
        """A conversation on this client: ``s = client.session(); s.ask(...); s.ask(...)``."""
        return Session(self, name or new_session_id())

    # -- internals ----------------------------------------------------------------

    def _exchange(self, requests: Sequence[Tuple[str, Params]], timeout: Optional[float]) -> List[Dict[str, Any]]:
        seconds = self.timeout if timeout is None else float(timeout)
        with self._lock:
            for attempt in (0, 1):
                self.connect()
                ids = list(range(self._next_id, self._next_id + len(requests)))
                self._next_id += len(requests)
                payload = b"".join(_encode(i, m, p) for i, (m, p) in zip(ids, requests))
                try:
                    return self._roundtrip(payload, ids, seconds)
                except _Stale:
                    self._drop()
                    if attempt:
                        raise self._closed_error() from None
            raise AssertionError("unreachable")

    def _roundtrip(self, payload: bytes, ids: List[int], seconds: float) -> List[Dict[str, Any]]:
        """Writes ``payload`` while reading, until every id is answered."""
        assert self._sock is not None
        sock = self._sock
        deadline = time.monotonic() + seconds
        pending = list(ids)  # unanswered, in the order sent
        answers: Dict[int, Dict[str, Any]] = {}
        view = memoryview(payload)
        sent = 0
        received_any = False
        try:
            while pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise self._timeout_error(seconds)
                want_write = [sock] if sent < len(view) else []
                readable, writable, _ = select.select([sock], want_write, [], remaining)
                if writable:
                    try:
                        sent += sock.send(view[sent:], socket.MSG_NOSIGNAL)
                    except (BlockingIOError, InterruptedError):
                        pass
                    except (BrokenPipeError, ConnectionResetError):
                        if received_any:
                            raise self._closed_error() from None
                        raise _Stale() from None
                if readable:
                    try:
                        chunk = sock.recv(1 << 16)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except ConnectionResetError:
                        chunk = b""
                    if not chunk:
                        if received_any:
                            raise self._closed_error()
                        raise _Stale()
                    received_any = True
                    self._buffer += chunk
                    for response in self._complete_lines():
                        rid = response.get("id")
                        if rid is None:
                            rid = pending[0]
                        if rid in pending:
                            pending.remove(rid)
                            answers[rid] = response
                    if len(self._buffer) > MAX_RESPONSE_BYTES:
                        raise self._malformed(f"response longer than {MAX_RESPONSE_BYTES} bytes")
        except (ConnectionError, _Stale):
            self._drop()
            raise
        return [answers[i] for i in ids]

    def _complete_lines(self) -> List[Dict[str, Any]]:
        out: List[Dict[str, Any]] = []
        while True:
            newline = self._buffer.find(b"\n")
            if newline < 0:
                return out
            line = bytes(self._buffer[:newline])
            del self._buffer[: newline + 1]
            if not line.strip():
                continue
            try:
                message = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as e:
                raise self._malformed(f"not JSON ({e})") from None
            if (
                not isinstance(message, dict)
                or message.get("jsonrpc") != "2.0"
                or "id" not in message
                or ("result" in message) == ("error" in message)
            ):
                raise self._malformed("not a JSON-RPC 2.0 response")
            out.append(message)

    def _write_all(self, data: bytes, deadline: float) -> None:
        assert self._sock is not None
        view = memoryview(data)
        sent = 0
        while sent < len(view):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._drop()
                raise self._timeout_error(self.timeout)
            select.select([], [self._sock], [], remaining)
            try:
                sent += self._sock.send(view[sent:], socket.MSG_NOSIGNAL)
            except (BlockingIOError, InterruptedError):
                continue
            except (BrokenPipeError, ConnectionResetError):
                raise _Stale() from None

    def _drop(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            except OSError:
                pass
        self._sock = None
        self._buffer.clear()

    def _where(self) -> str:
        return self.path or (candidates(self._explicit)[0])

    def _closed_error(self) -> ConnectionError:
        return ConnectionError(self._where(), "connection closed by the daemon", unreachable=False)

    def _timeout_error(self, seconds: float) -> ConnectionError:
        return ConnectionError(self._where(), f"no answer within {_seconds(seconds)}", unreachable=False)

    def _malformed(self, message: str) -> ConnectionError:
        return ConnectionError(self._where(), f"malformed response: {message}", unreachable=False)


class Session:
    """One conversation: every ``ask`` carries the same session id."""

    def __init__(self, client: Client, name: str) -> None:
        self.client = client
        self.name = name

    def ask(self, text: str, *, explain: bool = False) -> Dict[str, Any]:
        return self.client.ask(text, session=self.name, explain=explain)

    def reset(self) -> bool:
        """Makes the daemon forget this conversation (the id stays usable)."""
        return self.client.reset_session(self.name)

    def __repr__(self) -> str:
        return f"<careerd_client.Session {self.name}>"


def _normalize(request: Request) -> Tuple[str, Params]:
    if isinstance(request, str):
        return request, None
    if isinstance(request, Mapping):
        method = request.get("method")
        params = request.get("params")
    elif isinstance(request, tuple) and 1 <= len(request) <= 2:
        method = request[0]
        params = request[1] if len(request) == 2 else None
    else:
        raise TypeError(f"a pipeline request is 'method', ('method', params) or a dict, not {request!r}")
    if not isinstance(method, str):
        raise TypeError(f"a method name is a string, not {method!r}")
    return method, params


def _encode(id: Optional[int], method: str, params: Params) -> bytes:
    message: Dict[str, Any] = {"jsonrpc": "2.0"}
    if id is not None:
        message["id"] = id
    message["method"] = method
    if params is not None:
        message["params"] = params if isinstance(params, (dict, list)) else (
            dict(params) if isinstance(params, Mapping) else list(params)
        )
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _outcome(response: Mapping[str, Any]) -> Any:
    if "error" in response:
        error = response["error"]
        if not isinstance(error, Mapping):
            raise RPCError(-32603, f"malformed error object: {error!r}")
        return _raise(error)
    return response["result"]


def _raise(error: Mapping[str, Any]) -> Any:
    code = error.get("code")
    raise RPCError(code if isinstance(code, int) else -32603, str(error.get("message", "")), error.get("data"))

