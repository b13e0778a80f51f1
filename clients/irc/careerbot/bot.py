"""The IRC side: jaraco's ``irc.bot.SingleServerIRCBot`` around an ``Advisor``."""

from __future__ import annotations

import itertools
import logging
import threading
from typing import Iterable, List, Optional

import irc.bot
import irc.client

from .advisor import Advisor, Reply

__all__ = ["CareerBot"]

log = logging.getLogger("careerbot")


class CareerBot(irc.bot.SingleServerIRCBot):
    """Joins ``channels`` and answers what is addressed to it there, and private messages.

    Notices are never answered (other bots speak in notices), nor is anything the bot
    said itself. When the server goes away the bot reconnects, waiting between
    ``reconnect[0]`` and ``reconnect[1]`` seconds (exponential backoff with jitter),
    and joins its channels again. ``send_rate`` bounds the lines sent per second
    (0: no bound), so a long answer does not flood the server.
    """

    def __init__(
        self,
        server: str,
        port: int,
        nick: str,
        channels: Iterable[str],
        advisor: Advisor,
        *,
        password: Optional[str] = None,
        reconnect: "tuple[float, float]" = (5.0, 300.0),
        send_rate: float = 2.0,
        keepalive: int = 60,
    ) -> None:
        self.backoff = irc.bot.ExponentialBackoff(min_interval=reconnect[0], max_interval=reconnect[1])
        super().__init__([irc.bot.ServerSpec(server, port, password)], nick,
                         "careerd, a career advisor for AI and ML", recon=self.backoff)
        self.wanted_channels: List[str] = list(channels)
        self.advisor = advisor
        self.keepalive = keepalive
        self.stopping = False
        if send_rate > 0:
            self.connection.set_rate_limit(send_rate)

    # -- connection ------------------------------------------------------------

    def on_welcome(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        log.info("connected to %s as %s", connection.server, connection.get_nickname())
        self.backoff.attempt_count = itertools.count(1)  # the next outage starts short again
        if self.keepalive:
            connection.set_keepalive(self.keepalive)
        for channel in self.wanted_channels:
            connection.join(channel)

    def on_join(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        if event.source.nick == connection.get_nickname():
            log.info("joined %s", event.target)

    def on_nicknameinuse(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        connection.nick(connection.get_nickname() + "_")

    def on_disconnect(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        if not self.stopping:
            log.warning("disconnected from the server; reconnecting")

    def stop(self, message: str = "careerbot stopping") -> None:
        """Quits the server for good (no reconnect)."""
        self.stopping = True
        self.connection.disconnect(message)

    def serve(self, stop_requested: threading.Event) -> None:
        """Connects, then runs until ``stop_requested`` is set, and quits.

        Setting the event is all a signal handler needs to do: the loop notices within
        0.2 s and quits from its own frame. An error in handling one event is logged and
        the bot carries on, rather than leaving the channel.
        """
        self._connect()
        while not stop_requested.is_set():
            try:
                self.reactor.process_once(timeout=0.2)
            except Exception:  # noqa: BLE001 - one bad event must not stop the bot
                log.exception("error while handling an IRC event")
        self.stop()

    def on_kick(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        if event.arguments and event.arguments[0] == connection.get_nickname():
            log.warning("kicked from %s", event.target)

    # -- people ----------------------------------------------------------------

    def on_pubmsg(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        text = event.arguments[0] if event.arguments else ""
        self._send(connection, self.advisor.channel_message(
            event.source.nick, event.target, text, connection.get_nickname()))

    def on_privmsg(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        text = event.arguments[0] if event.arguments else ""
        self._send(connection, self.advisor.private_message(event.source.nick, text, connection.get_nickname()))

    def on_nick(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        self.advisor.rename(event.source.nick, event.target)

    def on_quit(self, connection: irc.client.ServerConnection, event: irc.client.Event) -> None:
        self.advisor.gone(event.source.nick)

    # (No on_pubnotice / on_privnotice: notices are never answered.)

    def _send(self, connection: irc.client.ServerConnection, replies: List[Reply]) -> None:
        for reply in replies:
            try:
                connection.privmsg(reply.target, reply.text)
            except irc.client.ServerNotConnectedError:
                log.warning("not connected: dropped a reply to %s", reply.target)
                return
            except irc.client.MessageTooLong:
                log.error("a reply to %s was too long for IRC; dropped", reply.target)
