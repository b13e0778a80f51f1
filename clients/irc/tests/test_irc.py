"""The bot on a real ngircd, asked by a test client on the same `irc` library."""

from __future__ import annotations

from typing import Iterator, List

import pytest

from conftest import BOT, CHANNEL, Bot, Message, Person


@pytest.fixture(scope="module")
def bot(ircd, daemon) -> Iterator[Bot]:
    b = Bot(ircd, daemon, "--rate", "4/60")
    yield b
    b.stop()


@pytest.fixture(scope="module")
def alice(ircd, bot) -> Iterator[Person]:
    p = Person(ircd, "alice")
    assert p.wait(lambda: BOT in p.names, 15), f"the bot did not join {CHANNEL}:\n{bot.log()}"
    yield p
    p.quit()


def texts(messages: List[Message]) -> List[str]:
    return [m[3] for m in messages]


def assert_channel_etiquette(messages: List[Message], nick: str) -> None:
    assert 1 <= len(messages) <= 4, texts(messages)
    assert all(m[0] == "pubmsg" and m[2] == CHANNEL for m in messages)
    assert all(len(m[3].encode("utf-8")) <= 400 for m in messages)
    assert messages[0][3].startswith(f"{nick}: ")


def test_question_and_follow_up(alice: Person) -> None:
    answer = alice.ask(f"{BOT}: what does a data engineer do?")
    assert_channel_etiquette(answer, "alice")
    assert "Data Engineer: Builds and looks after the pipelines" in answer[0][3]
    follow_up = alice.ask(f"{BOT}, what skills do they need?")
    assert_channel_etiquette(follow_up, "alice")
    assert "Data Engineer" in follow_up[0][3]  # the session knew the role


def test_sessions_are_per_nick(ircd, alice: Person) -> None:
    bob = Person(ircd, "bob")
    try:
        answer = bob.ask(f"{BOT}: what skills do they need?")
        assert answer[0][3].startswith("bob: ")
        assert "Data Engineer" not in " ".join(texts(answer))
        # Bob's own conversation carries his follow-ups.
        bob.ask(f"{BOT}: what does an MLOps engineer do?")
        follow_up = bob.ask(f"{BOT}: what skills do they need?")
        assert follow_up[0][3].startswith("bob: ") and "MLOps Engineer" in follow_up[0][3]
    finally:
        bob.quit()


def test_long_answers_continue_privately_on_more(ircd, bot) -> None:
    carol = Person(ircd, "carol")
    try:
        answer = carol.ask(f"{BOT}: ML engineer vs data scientist")
        assert_channel_etiquette(answer, "carol")
        assert len(answer) == 4
        assert "more line" in answer[-1][3] and f"'{BOT}: more'" in answer[-1][3]
        rest = carol.ask(f"{BOT}: more")
        assert rest and all(m[0] == "privmsg" and m[2] == "carol" for m in rest), rest
        assert all(len(m[3].encode("utf-8")) <= 400 for m in rest)
        assert any(m[3].startswith("Sources: [1]") for m in rest)
        nothing = carol.ask(f"{BOT}: more")
        assert texts(nothing) == ["Nothing more to send: ask me something."] and nothing[0][0] == "privmsg"
    finally:
        carol.quit()


def test_private_messages(alice: Person) -> None:
    answer = alice.ask("what does a data analyst do?", target=BOT)
    assert all(m[0] == "privmsg" and m[2] == "alice" for m in answer), answer
    assert answer[0][3].startswith("Data Analyst: ")
    follow_up = alice.ask("and what skills do they need?", target=BOT)
    assert "Data Analyst" in follow_up[0][3]


def test_notices_and_unaddressed_lines_get_nothing(alice: Person) -> None:
    alice.drain()
    mark = len(alice.messages)
    alice.say("what does a data engineer do?")
    alice.say(f"{BOT}x: what does a data engineer do?")
    alice.connection.notice(CHANNEL, f"{BOT}: what does a data engineer do?")
    alice.connection.notice(BOT, "what does a data engineer do?")
    alice.idle(1.0)
    assert alice.from_bot(mark) == []


def test_rate_limit_per_nick(ircd, alice: Person) -> None:
    dave = Person(ircd, "dave")
    try:
        for _ in range(4):
            assert dave.ask(f"{BOT}: what does a data engineer do?")[0][3].startswith("dave: Data Engineer")
        slow = dave.ask(f"{BOT}: what does a data analyst do?")
        assert len(slow) == 1 and slow[0][3].startswith("dave: one question at a time, please: ask again in")
        mark = len(dave.messages)
        dave.say(f"{BOT}: what does a data analyst do?")
        dave.idle(0.8)
        assert dave.from_bot(mark) == []  # told once, then quiet
        # Others are not held back by dave.
        erin = Person(ircd, "erin")
        try:
            assert erin.ask(f"{BOT}: what does a data analyst do?")[0][3].startswith("erin: Data Analyst")
        finally:
            erin.quit()
    finally:
        dave.quit()


def test_reconnects_when_the_server_goes_away(ircd, bot, alice: Person) -> None:
    alice.quit()
    ircd.stop()
    ircd.start()
    frank = Person(ircd, "frank")
    try:
        assert frank.wait(lambda: BOT in frank.names, 20), f"the bot did not come back:\n{bot.log()}"
        answer = frank.ask(f"{BOT}: what does a data scientist do?")
        assert answer[0][3].startswith("frank: Data Scientist")
    finally:
        frank.quit()
    assert bot.process.poll() is None


def test_sigterm_quits_the_server_cleanly(ircd, bot) -> None:
    gina = Person(ircd, "gina")
    try:
        assert gina.wait(lambda: BOT in gina.names, 10)
        bot.process.terminate()
        assert bot.process.wait(5) == 0, bot.log()
        assert gina.wait(lambda: any(m[0] == "quit" and m[1] == BOT for m in gina.messages), 5)
        assert any("careerbot stopping" in m[3] for m in gina.messages if m[0] == "quit" and m[1] == BOT)
    finally:
        gina.quit()
