"""Turning an answer into IRC lines of at most N bytes."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

__all__ = ["clean", "wrap", "pack", "answer_lines"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean(text: str) -> str:
    """One line of text: control characters (CR, LF, IRC formatting) become spaces."""
    return re.sub(r" {2,}", " ", _CONTROL.sub(" ", text)).strip()


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def wrap(text: str, limit: int, first_prefix: str = "") -> List[str]:
    """Wraps ``text`` at spaces into lines of at most ``limit`` bytes (UTF-8).

    The first line starts with ``first_prefix``, which counts towards its limit. A
    word longer than a line is cut between characters, never inside one.
    """
    lines: List[str] = []
    current, fresh = first_prefix, True  # fresh: no word on the current line yet
    for word in clean(text).split():
        piece = word if fresh else " " + word
        if _size(current + piece) <= limit:
            current, fresh = current + piece, False
            continue
        if not fresh:
            lines.append(current)
            current, fresh = "", True
            if _size(word) <= limit:
                current, fresh = word, False
                continue
        for ch in word:  # a word longer than a line
            if _size(current + ch) > limit and current:
                lines.append(current)
                current = ""
            current += ch
        fresh = False
    if not fresh:
        lines.append(current)
    elif not lines and first_prefix.strip():
        lines.append(first_prefix.rstrip())
    return lines


def _body_and_sources(answer: str) -> "tuple[List[str], List[str]]":
    raw = answer.split("\n")
    cut = None
    for i in range(1, len(raw)):
        if raw[i] == "Sources:" and raw[i - 1] == "":
            cut = i
    if cut is None:
        return raw, []
    return raw[: cut - 1], [line.strip() for line in raw[cut + 1:] if line.strip()]


def pack(lines: List[str], limit: int) -> List[str]:
    """Joins consecutive short lines with a space while the result fits ``limit`` bytes."""
    out: List[str] = []
    for line in lines:
        if out and _size(out[-1]) + 1 + _size(line) <= limit:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def answer_lines(result: Dict[str, Any], limit: Optional[int] = None) -> List[str]:
    """The logical lines of an ``ask`` result, before wrapping.

    Each paragraph of the answer is one line, with the list items under it joined
    with " • " (and, given ``limit``, short paragraphs packed together into lines of
    at most ``limit`` bytes); then one line of sources and one of suggestions.
    """
    body, sources = _body_and_sources(str(result.get("answer") or ""))
    blocks: List[List[str]] = []
    for line in body:
        if not line.strip():
            continue
        item = line.startswith((" ", "\t"))
        text = clean(line)
        if item and blocks:
            blocks[-1].append(re.sub(r"^[-*•]\s+", "", text))
        else:
            blocks.append([text])
    out = [head + " " + " • ".join(items) if items else head for head, *items in blocks]
    if limit:
        out = pack(out, limit)
    if sources:
        out.append("Sources: " + " ".join(sources))
    suggestions = [clean(s) for s in result.get("suggestions") or [] if isinstance(s, str)]
    if suggestions:
        out.append("Try: " + " | ".join(suggestions))
    return out
