"""The single-file page: the data as JSON, a renderer's library and kg's script, inlined.

One template (assets/page.html) for both renderers: the browser (assets/browser.js:
search, details, filters, deep links) and a view that draws (draw-sigma.js over the
vendored sigma.js + graphology, or draw-vis.js over pyvis's vis-network).
The page makes no network request: every script is inlined, no URL is linked.
Strings from articles reach the page only inside JSON blocks, with <, >, &
and the line separators escaped, and the scripts put them into the DOM as text.
"""
from __future__ import annotations

import html
import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

_SLOT = re.compile(r"\{\{(\w+)\}\}")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.M)  # devtools would fetch it


SIGMA_LIBS = ("graphology.umd.min.js", "sigma.min.js")


@cache
def asset(name: str) -> str:
    text = (resources.files("kg.viz") / "assets" / name).read_text(encoding="utf-8")
    return inline_js(text) if name.endswith(".js") else text


def inline_js(text: str) -> str:
    """A script's text ready for a <script> element: no source map to fetch, nothing that closes the element."""
    text = _SOURCE_MAP.sub("", text)
    if re.search(r"</script", text, re.I):
        raise ValueError("a script to inline contains '</script': it would end its element early")
    return text


def script_json(payload: Any) -> str:
    """JSON safe inside <script>: nothing in it can close the element or start markup."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def html_page(
    payload: dict[str, Any],
    title: str,
    version: str,
    *,
    libs: Sequence[str] | None = None,
    view: str = "draw-sigma.js",
    blocks: Mapping[str, Any] | None = None,
) -> str:
    """The whole page as one string.

    `libs`: the renderer's scripts (texts; sigma.js + graphology by default); `view`: kg's
    drawing script in assets/; `blocks`: more JSON for the view, by element id.
    """
    scripts = [f'<script type="application/json" id="{html.escape(k)}">{script_json(v)}</script>' for k, v in (blocks or {}).items()]
    inlined = [asset(n) for n in SIGMA_LIBS] if libs is None else [inline_js(js) for js in libs]  # asset() inlined them once
    scripts += [f"<script>{js}</script>" for js in inlined]
    scripts.append(f"<script>{asset('browser.js')}\n{asset(view)}</script>")
    slots = {
        "title": html.escape(title),
        "version": html.escape(version),
        "css": asset("page.css"),
        "data": script_json(payload),
        "scripts": "\n".join(scripts),
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
