"""The output folder of a build: locked, written beside the previous graph, swapped in whole.

    DIR/kg.ttl, kg.trig, graph.html, build.json, store/, spool/   the graph (what kg wrote)
    DIR/store.next/         a checkpoint of store/ (hard links) that the next --update takes
    DIR/.kg/lock            held (flock) by the one process writing DIR
    DIR/.kg/manifest.json   the names kg wrote into DIR: the only ones it ever replaces or removes
    DIR/.kg/new/            the next graph, while it is written
    DIR/.kg/new/COMMIT      written once the next graph is complete: from then on it moves in
    DIR/.kg/old/            the previous graph, while the next one moves in

A build writes everything into `.kg/new/`; the previous graph stays whole and readable until
the new one is complete. `commit` then writes COMMIT and moves each name in with two renames
(old out, new in). A process killed at any point leaves either the old graph (no COMMIT:
`.kg/new` is discarded) or a committed one that the next `Output` (or reader) finishes
moving in. The user's own files in DIR are never touched.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from .errors import OutputError

STATE = ".kg"
MANIFEST = "manifest.json"
COMMIT = "COMMIT"


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write a file so that readers see the old bytes or the new ones, never a part."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _fsync_dir(path: Path) -> None:
    """fsync a folder (or a file: opened read-only, as a folder must be), if it can be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_all(paths: list[Path]) -> None:
    for p in paths:
        _fsync_dir(p)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def manifest(out: str | Path) -> set[str]:
    """The names kg wrote into `out` (empty when it wrote none)."""
    p = Path(out) / STATE / MANIFEST
    try:
        return set(json.loads(p.read_text(encoding="utf-8"))["names"])
    except FileNotFoundError:
        return set()
    except (ValueError, KeyError, TypeError) as e:
        raise OutputError(f"{p} is damaged ({e}); kg cannot tell which files it wrote. Move the folder's other files away, delete {p} and build again") from e


class Output:
    """The lock on an output folder and the transaction that replaces its graph.

        with Output("output") as o:
            o.check(["store", "kg.ttl"])      # fails before any work if the user owns one of them
            write into o.new / "store", o.new / "kg.ttl"
            o.commit()                        # without it, nothing in "output" changes
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.state = self.path / STATE
        self.new = self.state / "new"
        self.old = self.state / "old"
        self._lock: int | None = None
        self._writing: list[threading.Thread] = []

    def __enter__(self) -> Output:
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"--out {self.path}: a file is in the way; expected a folder (or no such path). Choose another --out")
        try:
            self.state.mkdir(parents=True, exist_ok=True)
            self._lock = _lock(self.state / "lock")
        except OSError as e:
            raise OutputError(f"cannot write to {self.path}: {e.strerror}; choose a folder you can write (--out)") from e
        if self._lock is None:
            raise OutputError(
                f"{self.path} is being written by another kg process (see {self.state / 'lock'}); "
                "wait for it to finish or build into another folder with --out"
            )
        recover(self.path)
        _remove(self.new)
        self.new.mkdir()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._written()
        with contextlib.suppress(OSError):
            if not (self.new / COMMIT).exists():
                _remove(self.new)  # an unfinished graph: the previous one stays as it was
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None

    def check(self, names: Iterable[str]) -> None:
        """Refuse, before any work, to replace a name in DIR that kg did not write."""
        ours = manifest(self.path)
        theirs = sorted(n for n in names if n not in ours and (self.path / n).exists())
        if theirs:
            listed = ", ".join(str(self.path / n) for n in theirs)
            raise OutputError(
                f"{listed} already exist{'s' if len(theirs) == 1 else ''} and kg did not write "
                f"{'it' if len(theirs) == 1 else 'them'} (not in {self.state / MANIFEST}); kg never replaces files it "
                "did not write: move them away or choose another --out"
            )

    def current(self, name: str) -> Path | None:
        """The committed `name` of the previous graph, if kg wrote one."""
        p = self.path / name
        return p if name in manifest(self.path) and p.exists() else None

    def write_back(self, names: Iterable[str]) -> None:
        """Start writing these files of `new` to disk now, in a thread (fsync releases the GIL), while
        the build goes on: `commit`'s fsyncs then find little left to write instead of waiting, at the
        end of the build, for all of it (a spool of 25 MB for 2 MB of seeds: ~0.03 s of a core idle)."""
        t = threading.Thread(target=_fsync_all, args=([self.new / n for n in names],), name="kg-write-back", daemon=True)
        t.start()
        self._writing.append(t)

    def _written(self) -> None:
        for t in self._writing:
            t.join()
        self._writing.clear()

    def commit(self, replaces: Iterable[str] = ()) -> list[str]:
        """Move everything in `new` into DIR, replacing kg's previous files; kg's files named in
        `replaces` that this build did not write (graph.html after --no-html) are removed, so that
        no file describes an older graph. Returns the names moved in."""
        self._written()
        names = sorted(p.name for p in self.new.iterdir())
        drop = sorted((manifest(self.path) & set(replaces)) - set(names))
        for p in self.new.iterdir():
            if p.is_file():
                with open(p, "rb") as f:
                    os.fsync(f.fileno())
        write_atomic(self.new / COMMIT, json.dumps({"names": names, "drop": drop}).encode("utf-8"))
        _fsync_dir(self.new)
        _finish(self.path)
        return names


def _lock(path: Path) -> int | None:
    """An exclusive flock on path (the fd), or None when another process holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        os.close(fd)
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return None
        raise
    return fd


def _finish(out: Path) -> None:
    """Move a committed `.kg/new` into place (idempotent: safe to repeat after a crash)."""
    state = out / STATE
    new, old = state / "new", state / "old"
    plan = json.loads((new / COMMIT).read_text(encoding="utf-8"))
    names: list[str] = plan["names"]
    old.mkdir(exist_ok=True)
    for name in plan["drop"]:
        if (out / name).exists():
            os.replace(out / name, old / name)
    for name in names:
        src, dst, keep = new / name, out / name, old / name
        if not src.exists():
            continue  # moved in before a crash
        if dst.exists() and not keep.exists():
            os.replace(dst, keep)
        os.replace(src, dst)
    ours = (manifest(out) - set(plan["drop"])) | set(names)
    write_atomic(state / MANIFEST, json.dumps({"names": sorted(ours)}, indent=1).encode("utf-8"))
    _fsync_dir(out)
    (new / COMMIT).unlink()
    _remove(new)
    _remove(old)


def recover(out: str | Path) -> None:
    """Finish or undo a build that was interrupted while it replaced the graph (caller holds the lock)."""
    out = Path(out)
    state = out / STATE
    if (state / "new" / COMMIT).exists():
        _finish(out)
        return
    old = state / "old"
    if old.is_dir():  # not reached by _finish's order; restore rather than lose anything
        for p in old.iterdir():
            if not (out / p.name).exists():
                os.replace(p, out / p.name)
        _remove(old)


def recover_if_idle(out: str | Path) -> None:
    """For readers: finish an interrupted swap when no build holds the folder (read-only folders: no-op)."""
    state = Path(out) / STATE
    if not (state / "new" / COMMIT).exists():
        return
    with contextlib.suppress(OSError):
        fd = _lock(state / "lock")
        if fd is None:
            return
        try:
            recover(out)
        finally:
            os.close(fd)
