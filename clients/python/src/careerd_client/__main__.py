"""``python3 -m careerd_client [--socket PATH] [--session ID] [--json] QUESTION...``

Asks one question and prints the answer, then its suggestions; exit status 0, 1 when
the daemon answered with an error, 2 when no daemon answered (as for ``career ask``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

from .client import Client
from .errors import ConnectionError, RPCError


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m careerd_client", description="Ask careerd one question.")
    parser.add_argument("question", nargs="+", help="the question (quoted or as several words)")
    parser.add_argument("--socket", help="careerd's socket (default: as the career command finds it)")
    parser.add_argument("--session", help="session id: asks sharing one are a conversation")
    parser.add_argument("--json", action="store_true", help="print the raw ask result")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait (default 30)")
    args = parser.parse_args(argv)
    try:
        with Client(args.socket, timeout=args.timeout) as client:
            result = client.ask(" ".join(args.question), session=args.session)
    except ConnectionError as e:
        print(f"careerd_client: {e}", file=sys.stderr)
        return 2
    except RPCError as e:
        print(f"careerd_client: {e.message}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(result["answer"])
    if result.get("suggestions"):
        print("Try: " + " | ".join(result["suggestions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
