"""Finding the socket, the one-line advice when no daemon answers, timeouts, restarts."""

from __future__ import annotations

import builtins
import os
import socket
import subprocess

import pytest

from careerd_client import SYSTEM_SOCKET, Client, ConnectionError, candidates


def test_candidates_follow_career() -> None:
    env = {"CAREERD_SOCKET": "/a.sock", "XDG_RUNTIME_DIR": "/run/user/7"}
    assert candidates(None, env) == ["/a.sock", "/run/user/7/careerd.sock", SYSTEM_SOCKET]
    assert candidates(None, {"XDG_RUNTIME_DIR": "/run/user/7/"}) == ["/run/user/7/careerd.sock", SYSTEM_SOCKET]
    assert candidates(None, {"CAREERD_SOCKET": "", "XDG_RUNTIME_DIR": ""}) == [SYSTEM_SOCKET]
    assert candidates(None, {"CAREERD_SOCKET": SYSTEM_SOCKET}) == [SYSTEM_SOCKET]
    assert candidates("/explicit.sock", env) == ["/explicit.sock"]


def test_environment_finds_the_daemon(daemon, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CAREERD_SOCKET", daemon.socket)
    with Client() as c:
        assert c.path == daemon.socket and c.info()["protocol"] == 1
    # A missing $CAREERD_SOCKET falls through to $XDG_RUNTIME_DIR/careerd.sock.
    runtime = tmp_path / "rt"
    runtime.mkdir()
    os.symlink(daemon.socket, runtime / "careerd.sock")
    monkeypatch.setenv("CAREERD_SOCKET", str(tmp_path / "missing.sock"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    with Client() as c:
        assert c.path == str(runtime / "careerd.sock") and c.info()["protocol"] == 1


def test_an_explicit_path_is_the_only_one_tried(daemon, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CAREERD_SOCKET", daemon.socket)
    with pytest.raises(ConnectionError):
        Client(str(tmp_path / "missing.sock"))


def _career_says(career: str, path: str) -> str:
    if not os.access(career, os.X_OK):
        pytest.skip(f"no career command at {career}")
    run = subprocess.run([career, "info", "--socket", path], capture_output=True, text=True, timeout=30)
    assert run.returncode == 2
    line = run.stderr.strip()
    assert line.startswith("career: ")
    return line[len("career: "):]


def test_no_such_socket_gives_careers_advice(tmp_path, career_binary) -> None:
    path = str(tmp_path / "careerd.sock")
    with pytest.raises(ConnectionError) as err:
        Client(path)
    message = str(err.value)
    assert message == f"no careerd answers at {path} (no such socket); start one with 'careerd' or 'make run'"
    assert "\n" not in message
    assert err.value.unreachable and err.value.reason == "no such socket" and err.value.path == path
    assert isinstance(err.value, builtins.ConnectionError)
    assert message == _career_says(career_binary, path)


def test_a_stale_socket_is_connection_refused(tmp_path, career_binary) -> None:
    path = str(tmp_path / "stale.sock")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    s.close()  # the file stays, nobody listens
    with pytest.raises(ConnectionError) as err:
        Client(path)
    assert err.value.reason == "connection refused"
    assert str(err.value) == f"no careerd answers at {path} (connection refused); start one with 'careerd' or 'make run'"
    assert str(err.value) == _career_says(career_binary, path)


def test_the_most_telling_candidate_is_named(tmp_path, monkeypatch) -> None:
    stale = str(tmp_path / "stale.sock")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(stale)
    s.close()
    monkeypatch.setenv("CAREERD_SOCKET", str(tmp_path / "missing.sock"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    os.rename(stale, tmp_path / "careerd.sock")
    if os.path.exists(SYSTEM_SOCKET):
        pytest.skip("a system careerd socket exists on this machine")
    with pytest.raises(ConnectionError) as err:
        Client()
    assert err.value.path == str(tmp_path / "careerd.sock") and err.value.reason == "connection refused"
    # None exists: the first candidate is named.
    os.unlink(tmp_path / "careerd.sock")
    with pytest.raises(ConnectionError) as err:
        Client()
    assert err.value.path == str(tmp_path / "missing.sock") and err.value.reason == "no such socket"


def test_a_path_too_long_is_refused_clearly(tmp_path) -> None:
    with pytest.raises(ConnectionError) as err:
        Client("/tmp/" + "x" * 200)
    assert "longer than 107 bytes" in str(err.value)


def test_reconnects_once_after_the_daemon_restarts(own_daemon) -> None:
    c = Client(own_daemon.socket, timeout=10)
    session = c.session()
    session.ask("what does a data engineer do?")
    own_daemon.restart()
    # The old connection is dead; the call goes through on a new one.
    assert c.ask("what does a data scientist do?")["intent"] == "role.overview"
    assert c.info()["connections"] >= 1
    c.close()


def test_a_dead_daemon_gives_the_advice(own_daemon) -> None:
    c = Client(own_daemon.socket, timeout=10)
    c.info()
    own_daemon.stop()
    with pytest.raises(ConnectionError) as err:
        c.info()
    assert str(err.value) == (
        f"no careerd answers at {own_daemon.socket} (no such socket); start one with 'careerd' or 'make run'"
    )
    # Once it is back, the same client works again.
    own_daemon.start()
    assert c.info()["protocol"] == 1
    c.close()


def test_a_slow_answer_times_out_and_the_client_recovers(hooks_daemon) -> None:
    c = Client(hooks_daemon.socket, timeout=0.5)
    with pytest.raises(ConnectionError) as err:
        c.call("debug.hang", {"seconds": 1})
    assert str(err.value) == f"careerd at {hooks_daemon.socket}: no answer within 0.5 s"
    assert not err.value.unreachable
    assert not c.connected  # dropped: the late answer can never be mistaken for the next
    c.timeout = 10
    assert c.info()["protocol"] == 1
    c.close()


def test_per_call_timeout(hooks_daemon) -> None:
    with Client(hooks_daemon.socket, timeout=10) as c:
        with pytest.raises(ConnectionError, match="no answer within 0.3 s"):
            c.pipeline([("debug.hang", {"seconds": 1})], timeout=0.3)
        assert c.call("debug.hang", {"seconds": 0}, timeout=5) is not None
