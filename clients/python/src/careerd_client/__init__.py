"""careerd_client: talk to careerd, the career-advisor daemon, over its Unix socket.

>>> from careerd_client import Client, RPCError
>>> with Client() as client:                                  # doctest: +SKIP
...     result = client.ask("how much does a data analyst make?")
...     print(result["answer"])

Standard library only. See ``Client`` for the guarantees, docs/PROTOCOL.md for the
methods and their results.
"""

from .client import MAX_RESPONSE_BYTES, Client, Request, Session, new_session_id
from .errors import ConnectionError, Error, RPCError
from .paths import SYSTEM_SOCKET, candidates

__all__ = [
    "Client",
    "Session",
    "Request",
    "RPCError",
    "ConnectionError",
    "Error",
    "candidates",
    "new_session_id",
    "SYSTEM_SOCKET",
    "MAX_RESPONSE_BYTES",
]
__version__ = "0.1.0"
