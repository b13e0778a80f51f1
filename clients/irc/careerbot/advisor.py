"""What the bot says, apart from IRC: sessions per nick, line limits, ``more``, rates.

``Advisor.channel_message`` and ``Advisor.private_message`` take what someone said
and return the replies to send, as ``Reply(target, text)``; ``CareerBot`` sends them.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

from careerd_client import Client, ConnectionError, RPCError

from .lines import answer_lines, clean, wrap

__all__ = ["Advisor", "Reply", "RateLimit", "addressed", "irc_lower"]

log = logging.getLogger("careerbot")

_ADDRESS = re.compile(r"^\s*(?P<nick>[^\s:,]+)\s*[:,](?P<rest>.*)$", re.S)
_FOLD = str.maketrans("[]\\~", "{}|^")


def irc_lower(nick: str) -> str:
    """A nick folded the way IRC compares them (RFC 1459: ``[]\\~`` are ``{}|^``)."""
    return nick.lower().translate(_FOLD)


def addressed(text: str, nick: str) -> Optional[str]:
    """What follows ``NICK:`` or ``NICK,`` at the start of ``text``, or None."""
    match = _ADDRESS.match(text)
    if not match or irc_lower(match.group("nick")) != irc_lower(nick):
        return None
    return match.group("rest").strip()


@dataclass(frozen=True)
class Reply:
    """One line to send: ``target`` is a channel or a nick."""

    target: str
    text: str


class RateLimit:
    """``count`` questions per ``seconds`` for each key, refilled evenly (a token bucket)."""

    def __init__(self, count: int, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if count < 1 or seconds <= 0:
            raise ValueError("a rate is at least 1 question per a positive number of seconds")
        self.count = count
        self.seconds = seconds
        self.clock = clock
        self._buckets: Dict[str, Tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """Takes one token; returns 0 when allowed, else the seconds until one is free."""
        now = self.clock()
        tokens, last = self._buckets.get(key, (float(self.count), now))
        tokens = min(float(self.count), tokens + (now - last) * self.count / self.seconds)
        if tokens >= 1:
            self._buckets[key] = (tokens - 1, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1 - tokens) * self.seconds / self.count

    def rename(self, old: str, new: str) -> None:
        if old in self._buckets:
            self._buckets[new] = self._buckets.pop(old)


class Advisor:
    """Answers questions for many people, each in their own careerd session.

    - A channel answer is at most ``channel_lines`` lines of at most ``line_bytes``
      bytes; when the answer is longer, the last of them says how many lines are left,
      and ``NICK: more`` sends them by private message.
    - A private answer is at most ``private_lines`` lines at a time, the rest again
      on ``more``.
    - Each nick may ask ``rate[0]`` questions per ``rate[1]`` seconds; past that it
      is told once when to come back, then ignored until then.
    - ``help`` says how to use the bot; ``reset`` makes careerd forget the
      conversation.
    """

    def __init__(
        self,
        client: Client,
        *,
        channel_lines: int = 4,
        line_bytes: int = 400,
        private_lines: int = 10,
        rate: Tuple[int, float] = (4, 30.0),
        session_prefix: str = "irc",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if channel_lines < 2 or private_lines < 2:
            raise ValueError("channel_lines and private_lines are at least 2")
        if line_bytes < 80:
            raise ValueError("line_bytes is at least 80")
        self.client = client
        self.channel_lines = channel_lines
        self.line_bytes = line_bytes
        self.private_lines = private_lines
        self.rate = RateLimit(rate[0], rate[1], clock)
        self.session_prefix = session_prefix
        self._sessions: Dict[str, str] = {}
        self._more: Dict[str, List[str]] = {}
        self._warned: Dict[str, bool] = {}

    # -- what people say -------------------------------------------------------

    def channel_message(self, nick: str, channel: str, text: str, bot_nick: str) -> List[Reply]:
        """Replies to a channel line; only lines addressed to ``bot_nick`` get any."""
        question = addressed(text, bot_nick)
        if question is None or irc_lower(nick) == irc_lower(bot_nick):
            return []
        return self._handle(nick, question, channel, bot_nick)

    def private_message(self, nick: str, text: str, bot_nick: str) -> List[Reply]:
        """Replies to a private message (``NICK: `` before it is allowed too)."""
        if irc_lower(nick) == irc_lower(bot_nick):
            return []
        question = addressed(text, bot_nick)
        return self._handle(nick, text.strip() if question is None else question, None, bot_nick)

    def rename(self, old: str, new: str) -> None:
        """Someone changed nick: their conversation, ``more`` and rate go with them."""
        o, n = irc_lower(old), irc_lower(new)
        if o == n:
            return
        self._sessions[n] = self._sessions.pop(o, self._session_id(o))
        if o in self._more:
            self._more[n] = self._more.pop(o)
        self.rate.rename(o, n)

    def gone(self, nick: str) -> None:
        """Someone quit: drop what waited for ``more`` (the session stays in careerd)."""
        self._more.pop(irc_lower(nick), None)

    # -- internals -------------------------------------------------------------

    def _session_id(self, key: str) -> str:
        return f"{self.session_prefix}:{key}"[:128]

    def _handle(self, nick: str, question: str, channel: Optional[str], bot_nick: str) -> List[Reply]:
        key = irc_lower(nick)
        command = question.lower().rstrip("?!. ")
        if command == "more":
            return self._send_more(nick, key)
        if command in ("", "help"):
            target = channel or nick
            prefix = f"{nick}: " if channel else ""
            return [Reply(target, prefix + (
                f"I answer questions about careers in AI and ML. Ask '{bot_nick}: how much does a data "
                f"analyst make?', then follow up ('{bot_nick}: and in the UK?'). '{bot_nick}: more' sends "
                f"the rest of a long answer privately; '{bot_nick}: reset' forgets our conversation. "
                "Private messages work too."))]
        wait = self.rate.take(key)
        if wait:
            if self._warned.get(key):
                return []
            self._warned[key] = True
            prefix = f"{nick}: " if channel else ""
            return [Reply(channel or nick, f"{prefix}one question at a time, please: ask again in {wait:.0f} s.")]
        self._warned.pop(key, None)
        session = self._sessions.setdefault(key, self._session_id(key))
        if command in ("reset", "forget"):
            return self._reset(nick, channel, session)
        try:
            result = self.client.ask(question, session=session)
        except ConnectionError as e:
            log.error("%s", e)
            return [self._short(nick, channel, "the advisor is not available right now; try again later.")]
        except RPCError as e:
            return [self._short(nick, channel, clean(e.message))]
        prefix = f"{nick}: " if channel else ""
        lines = self._wrap(answer_lines(result, self.line_bytes - len(prefix.encode("utf-8"))), prefix)
        if channel is None:
            return self._page(nick, key, nick, lines, "say 'more'")
        return self._page(nick, key, channel, lines, f"say '{bot_nick}: more' and I will send them privately",
                          limit=self.channel_lines)

    def _reset(self, nick: str, channel: Optional[str], session: str) -> List[Reply]:
        try:
            self.client.reset_session(session)
        except (ConnectionError, RPCError) as e:
            log.error("%s", e)
            return [self._short(nick, channel, "the advisor is not available right now; try again later.")]
        self._more.pop(irc_lower(nick), None)
        return [self._short(nick, channel, "done: I have forgotten our conversation.")]

    def _short(self, nick: str, channel: Optional[str], text: str) -> Reply:
        if channel:
            return Reply(channel, wrap(text, self.line_bytes, f"{nick}: ")[0])
        return Reply(nick, wrap(text, self.line_bytes)[0])

    def _wrap(self, logical: List[str], prefix: str) -> List[str]:
        out: List[str] = []
        for i, line in enumerate(logical):
            out.extend(wrap(line, self.line_bytes, prefix if i == 0 else ""))
        return out or [prefix + "(no answer)"]

    def _page(self, nick: str, key: str, target: str, lines: List[str], how: str,
              limit: Optional[int] = None) -> List[Reply]:
        """Sends at most ``limit`` lines to ``target``; keeps the rest for ``more``."""
        limit = limit or self.private_lines
        if len(lines) <= limit:
            self._more.pop(key, None)
            return [Reply(target, line) for line in lines]
        shown, rest = lines[: limit - 1], lines[limit - 1:]
        self._more[key] = rest
        prefix = f"{nick}: " if target != nick else ""
        hint = f"{prefix}({len(rest)} more line{'s' if len(rest) != 1 else ''}: {how})"
        return [Reply(target, line) for line in shown] + [Reply(target, hint)]

    def _send_more(self, nick: str, key: str) -> List[Reply]:
        rest = self._more.pop(key, None)
        if not rest:
            return [Reply(nick, "Nothing more to send: ask me something.")]
        return self._page(nick, key, nick, rest, "say 'more'")
