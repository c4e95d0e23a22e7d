"""The single-file page: the data as JSON, the vendored renderer and kg's script, inlined.

The page makes no network request: every script is inlined, no URL is linked.
Strings from articles reach the page only inside the JSON block, with <, >, &
and the line separators escaped, and the script puts them into the DOM as text.
"""
from __future__ import annotations

import html
import json
import os
import re
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

_SLOT = re.compile(r"\{\{(\w+)\}\}")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.M)  # devtools would fetch it


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    text = (resources.files("kg.viz") / "assets" / name).read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", text) if name.endswith(".js") else text


def script_json(payload: Any) -> str:
    """JSON safe inside <script>: nothing in it can close the element or start markup."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def html_page(payload: dict[str, Any], title: str, version: str) -> str:
    """The whole page as one string."""
    slots = {
        "title": html.escape(title),
        "version": html.escape(version),
        "css": asset("page.css"),
        "data": script_json(payload),
        "graphology": asset("graphology.umd.min.js"),
        "sigma": asset("sigma.min.js"),
        "app": asset("page.js"),
    }
    return _SLOT.sub(lambda m: slots[m.group(1)], asset("page.html"))


def write_atomic(path: str | Path, text: str) -> None:
    """Write beside the target and rename over it: a reader never sees half a page."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; a page is as readable as any file the user writes
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
