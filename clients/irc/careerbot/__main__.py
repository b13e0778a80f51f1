"""``python3 -m careerbot --server HOST --port PORT --nick NICK --channel '#chan' [--socket PATH]``."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from typing import List, Optional, Tuple

from careerd_client import Client

from .advisor import Advisor
from .bot import CareerBot


def _rate(text: str) -> Tuple[int, float]:
    try:
        count, seconds = text.split("/", 1)
        rate = int(count), float(seconds)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not COUNT/SECONDS, e.g. 4/30") from None
    if rate[0] < 1 or rate[1] <= 0:
        raise argparse.ArgumentTypeError("COUNT is at least 1 and SECONDS positive")
    return rate


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python3 -m careerbot",
        description="An IRC bot that answers questions about careers in AI and ML with careerd.",
    )
    p.add_argument("--server", default="127.0.0.1", help="IRC server (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=6667, help="IRC port (default 6667)")
    p.add_argument("--nick", default="careerbot", help="the bot's nick (default careerbot)")
    p.add_argument("--channel", action="append", default=[], metavar="'#CHAN'",
                   help="a channel to join (repeat for more)")
    p.add_argument("--socket", help="careerd's socket (default: as the career command finds it)")
    p.add_argument("--password", default=os.environ.get("CAREERBOT_SERVER_PASSWORD"),
                   help="server password (default $CAREERBOT_SERVER_PASSWORD)")
    p.add_argument("--rate", type=_rate, default=(4, 30.0), metavar="COUNT/SECONDS",
                   help="questions each nick may ask (default 4/30)")
    p.add_argument("--channel-lines", type=int, default=4, help="lines of an answer in a channel (default 4)")
    p.add_argument("--private-lines", type=int, default=10, help="lines sent privately at a time (default 10)")
    p.add_argument("--line-bytes", type=int, default=400, help="bytes per line (default 400)")
    p.add_argument("--send-rate", type=float, default=2.0,
                   help="lines sent per second at most (default 2; 0 for no limit)")
    p.add_argument("--reconnect-min", type=float, default=5.0, help="seconds before reconnecting, at least (default 5)")
    p.add_argument("--reconnect-max", type=float, default=300.0, help="seconds before reconnecting, at most (default 300)")
    p.add_argument("-v", "--verbose", action="store_true", help="log every line sent and received")
    return p


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s careerbot %(levelname)s %(message)s", stream=sys.stderr)
    if not args.channel:
        logging.getLogger("careerbot").warning("no --channel: answering private messages only")
    client = Client(args.socket, timeout=15, connect=False)
    try:
        client.connect()
    except Exception as e:  # keep going: the daemon may come later; questions will say so
        logging.getLogger("careerbot").error("%s", e)
    try:
        advisor = Advisor(client, channel_lines=args.channel_lines, private_lines=args.private_lines,
                          line_bytes=args.line_bytes, rate=args.rate)
    except ValueError as e:
        print(f"careerbot: {e}", file=sys.stderr)
        return 64
    bot = CareerBot(args.server, args.port, args.nick, args.channel, advisor, password=args.password,
                    reconnect=(args.reconnect_min, max(args.reconnect_min, args.reconnect_max)),
                    send_rate=args.send_rate)

    stop_requested = threading.Event()

    def stop(signum: int, frame: object) -> None:
        stop_requested.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    bot.serve(stop_requested)
    logging.getLogger("careerbot").info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
