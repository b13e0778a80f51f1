"""Advisor and line formatting, against the real daemon but without IRC."""

from __future__ import annotations

from typing import List

import pytest

from careerbot import Advisor, Reply, addressed
from careerbot.advisor import RateLimit, irc_lower
from careerbot.lines import answer_lines, clean, pack, wrap
from careerd_client import Client


@pytest.fixture
def advisor(daemon) -> Advisor:
    return Advisor(Client(daemon.socket, timeout=10), rate=(100, 1.0))


def test_addressed() -> None:
    assert addressed("careerbot: what is MLOps?", "careerbot") == "what is MLOps?"
    assert addressed("careerbot, what is MLOps?", "careerbot") == "what is MLOps?"
    assert addressed("  CareerBot :  more ", "careerbot") == "more"
    assert addressed("careerbot:", "careerbot") == ""
    assert addressed("careerbot what is MLOps?", "careerbot") is None
    assert addressed("careerbotx: hi", "careerbot") is None
    assert addressed("alice: careerbot: hi", "careerbot") is None
    assert addressed("bot[1]: hi", "BOT{1}") == "hi"
    assert irc_lower("Nick[]\\~") == "nick{}|^"


def test_wrap_respects_bytes_and_characters() -> None:
    lines = wrap("word " * 300, 400, "alice: ")
    assert lines[0].startswith("alice: word")
    assert all(len(line.encode()) <= 400 for line in lines)
    assert " ".join(lines).split() == ["alice:"] + ["word"] * 300
    for line in wrap("é€😀" * 200, 101, "a: "):
        assert len(line.encode()) <= 101
        line.encode().decode()  # never cut inside a character
    assert wrap("x" * 130, 50, "bob: ")[0] == "bob: " + "x" * 45
    assert wrap("", 50) == []
    assert clean("a\r\nb\x02c\x1fd") == "a b c d"
    assert pack(["a" * 10, "b" * 10, "c" * 30], 25) == ["a" * 10 + " " + "b" * 10, "c" * 30]


def test_answer_lines_keep_sources_and_suggestions(advisor: Advisor) -> None:
    result = advisor.client.ask("what does a data engineer do?")
    lines = answer_lines(result)
    assert lines[0].startswith("Data Engineer: ")
    assert any(line.startswith("What the work involves: ") and " • " in line for line in lines)
    assert lines[-2].startswith("Sources: [1] ")
    assert lines[-1] == "Try: " + " | ".join(result["suggestions"])


def test_channel_answer_is_at_most_4_lines_and_more_sends_the_rest(advisor: Advisor) -> None:
    replies = advisor.channel_message("alice", "#c", "careerbot: ML engineer vs data scientist", "careerbot")
    assert len(replies) == 4
    assert all(r.target == "#c" and len(r.text.encode()) <= 400 for r in replies)
    assert replies[0].text.startswith("alice: Machine Learning Engineer vs Data Scientist")
    assert replies[-1].text.startswith("alice: (") and "'careerbot: more'" in replies[-1].text
    rest: List[Reply] = advisor.channel_message("alice", "#c", "careerbot: more", "careerbot")
    assert rest and all(r.target == "alice" for r in rest)
    # Nothing is lost: the words of the channel lines and of `more` are the answer's.
    result = advisor.client.ask("ML engineer vs data scientist")
    words = " ".join(answer_lines(result)).split()
    shown = " ".join(r.text for r in replies[:-1] + rest).split()
    assert shown[1:] == words
    assert advisor.channel_message("alice", "#c", "careerbot: more", "careerbot") == [
        Reply("alice", "Nothing more to send: ask me something.")
    ]


def test_private_answers_page_by_private_lines(daemon) -> None:
    advisor = Advisor(Client(daemon.socket), private_lines=3, rate=(100, 1.0))
    first = advisor.private_message("bob", "ML engineer vs data scientist", "careerbot")
    assert len(first) == 3 and all(r.target == "bob" for r in first)
    assert first[-1].text.endswith("say 'more')")
    assert advisor.private_message("bob", "more", "careerbot")


def test_sessions_per_nick_and_renames(advisor: Advisor) -> None:
    advisor.channel_message("alice", "#c", "careerbot: what does a data engineer do?", "careerbot")
    follow = advisor.channel_message("alice", "#c", "careerbot: what skills do they need?", "careerbot")
    assert follow[0].text.startswith("alice: ") and "Data Engineer" in follow[0].text
    other = advisor.channel_message("bob", "#c", "careerbot: what skills do they need?", "careerbot")
    assert "Data Engineer" not in other[0].text
    advisor.rename("alice", "alice_away")
    again = advisor.channel_message("alice_away", "#c", "careerbot: what skills do they need?", "careerbot")
    assert again[0].text.startswith("alice_away: ") and "Data Engineer" in again[0].text


def test_reset_forgets(advisor: Advisor) -> None:
    advisor.private_message("carol", "what does a data engineer do?", "careerbot")
    assert advisor.private_message("carol", "reset", "careerbot") == [
        Reply("carol", "done: I have forgotten our conversation.")
    ]
    after = advisor.private_message("carol", "what skills do they need?", "careerbot")
    assert "Data Engineer" not in after[0].text


def test_help_and_ignoring(advisor: Advisor) -> None:
    assert "careers in AI and ML" in advisor.channel_message("dan", "#c", "careerbot: help", "careerbot")[0].text
    assert advisor.channel_message("dan", "#c", "careerbot:", "careerbot")[0].text.startswith("dan: I answer")
    assert advisor.channel_message("dan", "#c", "what does a data engineer do?", "careerbot") == []
    assert advisor.channel_message("careerbot", "#c", "careerbot: hi", "careerbot") == []


def test_rate_limit_tells_once_then_ignores() -> None:
    now = [0.0]
    limit = RateLimit(2, 10.0, clock=lambda: now[0])
    assert limit.take("a") == 0 and limit.take("a") == 0
    assert limit.take("a") == pytest.approx(5.0)
    assert limit.take("b") == 0
    now[0] = 5.0
    assert limit.take("a") == 0


def test_rate_limited_replies(daemon) -> None:
    now = [0.0]
    advisor = Advisor(Client(daemon.socket), rate=(1, 60.0), clock=lambda: now[0])
    assert advisor.channel_message("eve", "#c", "careerbot: what does a data engineer do?", "careerbot")
    slow = advisor.channel_message("eve", "#c", "careerbot: what does a data analyst do?", "careerbot")
    assert slow == [Reply("#c", "eve: one question at a time, please: ask again in 60 s.")]
    assert advisor.channel_message("eve", "#c", "careerbot: what does a data analyst do?", "careerbot") == []
    assert advisor.channel_message("eve", "#c", "careerbot: more", "careerbot")  # `more` is not a question
    now[0] = 61.0
    assert advisor.channel_message("eve", "#c", "careerbot: what does a data analyst do?", "careerbot")[0].text.startswith(
        "eve: Data Analyst")


def test_daemon_missing_or_refusing(tmp_path, daemon, caplog) -> None:
    advisor = Advisor(Client(str(tmp_path / "none.sock"), connect=False))
    replies = advisor.channel_message("fay", "#c", "careerbot: what does a data engineer do?", "careerbot")
    assert replies == [Reply("#c", "fay: the advisor is not available right now; try again later.")]
    assert "no careerd answers at" in caplog.text and "start one with 'careerd' or 'make run'" in caplog.text
    working = Advisor(Client(daemon.socket))
    too_long = working.private_message("fay", "x" * 2500, "careerbot")
    assert len(too_long) == 1 and too_long[0].target == "fay" and "2000" in too_long[0].text
