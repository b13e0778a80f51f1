"""The package itself: public names, the command line, Python 3.9 syntax."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import careerd_client

SRC = Path(__file__).resolve().parents[1] / "src" / "careerd_client"


def test_public_names() -> None:
    for name in ("Client", "RPCError", "ConnectionError", "Session", "candidates"):
        assert name in careerd_client.__all__ and hasattr(careerd_client, name)
    assert (SRC / "py.typed").exists()


def test_sources_parse_as_python_3_9() -> None:
    for f in SRC.glob("*.py"):
        ast.parse(f.read_text(), filename=str(f), feature_version=(3, 9))


def test_standard_library_only() -> None:
    allowed = set(sys.stdlib_module_names) | {"careerd_client"} if hasattr(sys, "stdlib_module_names") else None
    for f in SRC.glob("*.py"):
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for n in names:
                assert allowed is None or n.split(".")[0] in allowed, f"{f.name} imports {n}"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "careerd_client", *args],
        capture_output=True, text=True, timeout=30, cwd=SRC.parent,
    )


def test_command_line_asks(daemon) -> None:
    run = _run("--socket", daemon.socket, "how", "much", "does", "a", "data", "analyst", "make?")
    assert run.returncode == 0, run.stderr
    assert "Data Analyst" in run.stdout and "Try: " in run.stdout


def test_command_line_without_a_daemon(tmp_path) -> None:
    run = _run("--socket", str(tmp_path / "none.sock"), "hello")
    assert run.returncode == 2
    assert run.stderr.strip() == (
        f"careerd_client: no careerd answers at {tmp_path / 'none.sock'} (no such socket); "
        "start one with 'careerd' or 'make run'"
    )


def test_type_hints_check_strictly(tmp_path) -> None:
    pytest.importorskip("mypy")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), str(SRC)],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
