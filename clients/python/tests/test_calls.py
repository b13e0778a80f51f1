"""ask, call, pipeline and notifications against the real daemon."""

from __future__ import annotations

import socket
import threading

import pytest

from careerd_client import Client, RPCError, new_session_id


def test_ask_returns_the_result(client: Client) -> None:
    result = client.ask("how much does a data analyst make?")
    assert result["intent"] == "role.salary"
    assert {"type": "role", "id": "data-analyst", "name": "Data Analyst"} in result["entities"]
    assert "$55,000" in result["answer"]
    assert result["sources"] and {"id", "title", "publisher", "date"} <= set(result["sources"][0])
    assert all(isinstance(s, str) for s in result["suggestions"])


def test_a_session_carries_follow_ups(client: Client) -> None:
    session = new_session_id("pytest")
    first = client.ask("what does a data engineer do?", session=session)
    assert first["intent"] == "role.overview"
    follow_up = client.ask("what skills do they need?", session=session)
    assert follow_up["intent"] == "role.skills"
    assert any(e["id"] == "data-engineer" for e in follow_up["entities"])  # from the session
    assert follow_up["session"] == session
    alone = client.ask("what skills do they need?")
    assert not any(e["id"] == "data-engineer" for e in alone["entities"])


def test_session_object_and_reset(client: Client) -> None:
    s = client.session()
    s.ask("what does an MLOps engineer do?")
    assert any(e["id"] == "mlops-engineer" for e in s.ask("what skills do they need?")["entities"])
    assert s.reset() is True
    assert s.reset() is False


def test_unicode_survives_the_round_trip(client: Client) -> None:
    result = client.ask("salaire d’un data scientist – £ € ü?")
    assert isinstance(result["answer"], str)


def test_call_any_method(client: Client) -> None:
    info = client.call("info")
    assert info["protocol"] == 1
    assert {"ask", "search", "info"} <= set(info["methods"])
    assert info["counts"]["role"] > 0
    hits = client.call("search", {"query": "data engineer", "limit": 3})["hits"]
    assert hits[0]["id"] == "data-engineer" and len(hits) <= 3


def test_helpers_for_the_other_methods(client: Client) -> None:
    assert client.search("Data Engineer", type="role", limit=1)[0]["score"] == pytest.approx(1.0)
    assert any(item["id"] == "data-engineer" for item in client.list("role"))
    record = client.get("role", "data-engineer")
    assert record["name"] == "Data Engineer" and isinstance(record["record"], dict)
    assert client.info()["version"]


def test_unknown_method_raises_rpc_error(client: Client) -> None:
    with pytest.raises(RPCError) as err:
        client.call("no.such.method")
    assert err.value.code == -32601
    assert "no.such.method" in err.value.message
    assert err.value.data == {"method": "no.such.method"}


def test_invalid_params_raise_with_data(client: Client) -> None:
    with pytest.raises(RPCError) as err:
        client.call("ask", {"session": "x"})
    assert err.value.code == -32602
    assert err.value.data == {"field": "text"}
    with pytest.raises(RPCError) as err:
        client.get("role", "no-such-role")
    assert err.value.code == -32007
    # The connection is still in step after errors.
    assert client.info()["protocol"] == 1


def test_a_line_too_long_is_an_rpc_error_for_that_call(client: Client) -> None:
    with pytest.raises(RPCError) as err:
        client.ask("x" * 70_000)
    assert err.value.code == -32001
    assert client.ask("what does a data engineer do?")["intent"] == "role.overview"


def test_pipeline_returns_results_in_order(client: Client) -> None:
    roles = [r["id"] for r in client.list("role")]
    requests = [("get", {"type": "role", "id": r}) for r in roles] * 20
    results = client.pipeline(requests)
    assert [r["id"] for r in results] == roles * 20


def test_pipeline_accepts_every_request_form(client: Client) -> None:
    results = client.pipeline(["info", ("info",), {"method": "search", "params": {"query": "python"}}])
    assert results[0]["protocol"] == results[1]["protocol"] == 1
    assert "hits" in results[2]
    assert client.pipeline([]) == []
    with pytest.raises(TypeError):
        client.pipeline([42])  # type: ignore[list-item]


def test_pipeline_is_one_write(client: Client) -> None:
    sends: list[int] = []
    real = client._sock
    assert real is not None

    class Spy:
        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def fileno(self) -> int:
            return real.fileno()

        def send(self, data: bytes, flags: int = 0) -> int:
            sends.append(len(data))
            return real.send(data, flags)

    client._sock = Spy()  # type: ignore[assignment]
    try:
        results = client.pipeline([("ask", {"text": f"what does a data engineer do? {i}"}) for i in range(30)])
    finally:
        client._sock = real
    assert len(results) == 30
    assert len(sends) == 1, sends


def test_pipeline_errors_in_place_or_raised(client: Client) -> None:
    requests = ["info", ("nope", None), ("ask", {"text": "what does a data analyst do?"})]
    results = client.pipeline(requests, raise_errors=False)
    assert results[0]["protocol"] == 1
    assert isinstance(results[1], RPCError) and results[1].code == -32601
    assert results[2]["intent"] == "role.overview"
    with pytest.raises(RPCError) as err:
        client.pipeline(requests)
    assert err.value.code == -32601
    assert client.info()["protocol"] == 1


def test_a_big_pipeline_does_not_deadlock(client: Client) -> None:
    # Far more answer bytes than the socket buffers hold: reading while writing matters.
    results = client.pipeline([("ask", {"text": "what does a data engineer do?"})] * 1500, timeout=60)
    assert len(results) == 1500 and all(r["intent"] == "role.overview" for r in results)


def test_notifications_get_no_answer(client: Client) -> None:
    session = new_session_id("pytest")
    client.notify("ask", {"text": "what does a machine learning engineer do?", "session": session})
    follow_up = client.ask("what skills do they need?", session=session)
    assert any(e["id"] == "machine-learning-engineer" for e in follow_up["entities"])


def test_a_client_is_safe_to_share_between_threads(client: Client) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for _ in range(20):
                assert client.get("role", "data-engineer")["id"] == "data-engineer"
                assert client.info()["protocol"] == 1
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_context_manager_closes(daemon) -> None:
    with Client(daemon.socket) as c:
        assert c.connected
        c.info()
    assert not c.connected
    # A closed client reconnects on its next call, to the same path.
    assert c.info()["protocol"] == 1 and c.path == daemon.socket
    c.close()


def test_lazy_client_connects_on_first_call(daemon) -> None:
    c = Client(daemon.socket, connect=False)
    assert not c.connected
    assert c.ask("what does a data engineer do?")["intent"] == "role.overview"
    assert c.connected
    c.close()


def test_never_sigpipe(daemon) -> None:
    import signal

    old = signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # as a C host program might have it
    try:
        c = Client(daemon.socket)
        assert c._sock is not None
        c._sock.shutdown(socket.SHUT_WR)
        assert c.info()["protocol"] == 1  # the write fails, the client reconnects
        c.close()
    finally:
        signal.signal(signal.SIGPIPE, old)
