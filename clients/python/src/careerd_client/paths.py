"""Where careerd's socket is looked for, in the order the ``career`` command uses."""

from __future__ import annotations

import os
from typing import List, Mapping, Optional

__all__ = ["SYSTEM_SOCKET", "candidates"]

#: The system service's socket (systemd ``RuntimeDirectory=careerd``).
SYSTEM_SOCKET = "/run/careerd/careerd.sock"
SOCKET_NAME = "careerd.sock"


def candidates(explicit: Optional[str] = None, environ: Optional[Mapping[str, str]] = None) -> List[str]:
    """The socket paths to try, best first; never empty.

    An explicit path is the only candidate when given: whoever names a socket wants that
    daemon or an error, never another one. Otherwise ``$CAREERD_SOCKET``, then
    ``$XDG_RUNTIME_DIR/careerd.sock``, then ``/run/careerd/careerd.sock``; unset or
    empty variables are skipped and duplicates dropped.
    """
    if explicit:
        return [os.fspath(explicit)]
    env = os.environ if environ is None else environ
    out: List[str] = []

    def add(path: Optional[str]) -> None:
        if path and path not in out:
            out.append(path)

    add(env.get("CAREERD_SOCKET"))
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime:
        add(runtime + SOCKET_NAME if runtime.endswith("/") else runtime + "/" + SOCKET_NAME)
    add(SYSTEM_SOCKET)
    return out
