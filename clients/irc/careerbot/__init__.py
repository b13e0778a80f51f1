"""careerbot: careerd, the career advisor, in an IRC channel.

``python3 -m careerbot --server HOST --port PORT --nick NICK --channel '#chan'``.
The IRC protocol is jaraco's ``irc`` package; the advisor is reached through
``careerd_client``. ``Advisor`` holds everything that is not IRC (sessions, line
limits, ``more``, rate limits), ``CareerBot`` wires it to a connection.
"""

from .advisor import Advisor, Reply, addressed
from .bot import CareerBot

__all__ = ["Advisor", "Reply", "addressed", "CareerBot"]
__version__ = "0.1.0"
