"""The user's cache folder: tables that are slow to parse and cheap to load again.

Like jieba's dictionary cache, each entry is a pickle named by its kind and a hash
of everything it was made from, so a stale entry is never loaded; writes are best
effort (a read-only home only costs the speed-up) and atomic (write, then rename).
"""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """$KG_CACHE_DIR, else $XDG_CACHE_HOME/kg, else ~/.cache/kg."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def load(kind: str, key: str) -> Any | None:
    """The object cached as (kind, key), or None when absent or unreadable."""
    try:
        with open(cache_dir() / f"{kind}-{key}.pickle", "rb") as f:
            return pickle.load(f)
    except Exception:  # absent, unreadable or from another numpy: rebuild
        return None


def save(kind: str, key: str, obj: Any, keep: int = 3) -> None:
    """Cache obj as (kind, key), keeping the newest `keep` entries of that kind."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        kept = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda q: q.stat().st_mtime, reverse=True)
        for old in kept[keep:]:
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{kind}-{key}.pickle")
    except OSError:
        pass
