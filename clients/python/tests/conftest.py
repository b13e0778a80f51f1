"""Fixtures: a real careerd on a temporary socket.

The daemon binary is $CAREERD (default: .build/debug/careerd of the repository), its
knowledge $CAREERD_KNOWLEDGE (default: Knowledge/ of the repository). The `career`
command, for comparing messages, is $CAREER (default: beside the daemon).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent / "src"))  # test the source tree, installed or not

from careerd_client import Client  # noqa: E402
from careerd_client.testing import Daemon  # noqa: E402

CAREERD = os.path.abspath(os.environ.get("CAREERD") or REPO / ".build" / "debug" / "careerd")
KNOWLEDGE = os.path.abspath(os.environ.get("CAREERD_KNOWLEDGE") or REPO / "Knowledge")
CAREER = os.path.abspath(os.environ.get("CAREER") or Path(CAREERD).parent / "career")


def _require_binary() -> None:
    if not os.access(CAREERD, os.X_OK):
        pytest.exit(f"no careerd at {CAREERD}: build it (make build) or set CAREERD", returncode=2)


@pytest.fixture(scope="session")
def daemon() -> Iterator[Daemon]:
    """One daemon for the whole run, with CAREERD_TEST_HOOKS=1 so `debug.hang` exists.

    (Starting careerd takes seconds: it loads and indexes its knowledge.)
    """
    _require_binary()
    with Daemon(CAREERD, KNOWLEDGE, env={"CAREERD_TEST_HOOKS": "1"}) as d:
        yield d


@pytest.fixture
def own_daemon(daemon: Daemon) -> Iterator[Daemon]:
    """The daemon, for a test that stops and restarts it; running again afterwards."""
    yield daemon
    daemon.start()


@pytest.fixture
def hooks_daemon(daemon: Daemon) -> Daemon:
    """The daemon, for a test that calls `debug.hang`."""
    return daemon


@pytest.fixture(scope="session")
def career_binary() -> str:
    """The `career` command, whose messages the library must match."""
    return CAREER


@pytest.fixture
def client(daemon: Daemon) -> Iterator[Client]:
    with Client(daemon.socket, timeout=10) as c:
        yield c
