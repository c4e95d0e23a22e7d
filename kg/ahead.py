"""A build's input read ahead by a forked process while the model loads (`read_pages` off the build's cores).

A fresh build reads its pages (`kg.ingest.read_pages`: decoding, unwrapping the layout, cutting
articles: ~0.1 s of CPU for 2 MB of seeds) lazily, in its own process, as the map's workers ask
for them: on a host of two cores that time is taken from the workers. Read ahead, the pages come
from a process forked before the model loads (one core idle then): it reads them all (up to
AHEAD_BYTES ahead of the build) and sends them pickled through a pipe, with what was skipped and
what the memo remembers, in the order `read_pages` gives them; the build's process only unpickles
them. The same pages, skipped inputs and memo calls as `read_pages`; only for a memo that recalls
nothing (a fresh build's spool: an update's memo reads the spool, which the reader cannot), on Linux.
"""
from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import struct
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .errors import KGError
from .ingest import Memo, Page, Skipped, read_pages

AHEAD_BYTES = 64 << 20  # pickled pages the reader holds for the build at most (then it waits)
_LEN = struct.Struct("<Q")


class ReaderDied(KGError):
    """The process reading a build's input ahead ended without saying why (killed, out of memory)."""


def usable() -> bool:
    """Whether pages can be read ahead here: on Linux (fork, PR_SET_PDEATHSIG). A fork copies the
    calling thread only: the reader runs kg's reading code alone, as the map's forked workers do."""
    return sys.platform.startswith("linux")


@contextlib.contextmanager
def pages(paths: Iterable[str | Path], skipped: list[Skipped] | None, memo: Memo | None = None, fresh: bool = True) -> Iterator[Iterator[Page]]:
    """`read_pages(paths, skipped, memo)`, read by a forked process when `usable()` and `fresh` (the
    memo recalls nothing: a fresh build's empty spool), else in this one. The reader is ended (and
    reaped) when the block ends, whether or not every page was read."""
    paths = list(paths)
    if not (fresh and usable()):
        yield read_pages(paths, skipped, memo)
        return
    r, w = os.pipe()
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:  # (no memory or processes left for it: read here)
        os.close(r)
        os.close(w)
        yield read_pages(paths, skipped, memo)
        return
    if pid == 0:  # the reader: never returns
        os.close(r)
        _reader(paths, w, skipped is not None, parent)
    os.close(w)
    stream = os.fdopen(r, "rb")
    try:
        yield _received(stream, skipped, memo)
    finally:
        stream.close()
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _received(stream: BinaryIO, skipped: list[Skipped] | None, memo: Memo | None) -> Iterator[Page]:
    """The reader's messages, as `read_pages` gives them to its caller."""
    while True:
        head = stream.read(_LEN.size)
        size = _LEN.unpack(head)[0] if len(head) == _LEN.size else -1
        data = stream.read(size) if size > 0 else b""
        if len(data) != size:  # the pipe ended before a whole message
            raise ReaderDied("the process reading the input ahead ended before it finished (killed, out of memory, or a crash); nothing was written")
        kind, value, extra = pickle.loads(data)
        if kind == "page":
            for fp in extra:
                if memo is not None:
                    memo.remember(fp, value)
            yield value
        elif kind == "skip" and skipped is not None:
            skipped.append(value)
        elif kind == "error":
            raise value
        else:
            return


class _Remembered:
    """The reader's memo: recalls nothing (as the build's fresh spool), keeps what is remembered."""

    def __init__(self) -> None:
        self.fps: list[bytes] = []

    def recall(self, fingerprint: bytes) -> None:
        return None

    def remember(self, fingerprint: bytes, page: Page) -> None:
        self.fps.append(fingerprint)


class _Skips(list[Skipped]):
    """The reader's `skipped`: each one sent as it is appended, in order with the pages."""

    def __init__(self, out: _Out) -> None:
        super().__init__()
        self.out = out

    def append(self, item: Skipped) -> None:
        self.out.put(("skip", item, None))


def _reader(paths: list[str | Path], fd: int, skipping: bool, parent: int) -> None:
    """The forked reader's life: read every page, send it, exit without running the parent's
    exit handlers (its locks, files and spool are the build's)."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the build, which ends this process
        gc.freeze()  # the build's objects out of this process's collections: they stay shared, not copied
        out = _Out(fd)
        memo = _Remembered()
        try:
            for n, page in enumerate(read_pages(paths, _Skips(out) if skipping else None, memo)):
                out.put(("page", page, memo.fps))
                memo.fps = []
                if n == 0:  # (after the first page, which the build waits for)
                    _die_with_parent(parent)
            out.put(("end", None, None))
        except BaseException as e:  # raised again in the build
            out.put(("error", _picklable(e), None))
        out.close()
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _die_with_parent(parent: int) -> None:
    """PR_SET_PDEATHSIG: the reader is killed when the build's process ends (a pipe left full by a dead build would hold it)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    if os.getppid() != parent:  # the build ended before prctl
        os._exit(1)


def _picklable(e: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:
        return KGError(f"reading the input failed: {type(e).__name__}: {e}")


class _Out:
    """Messages to the build, written by a thread (a full pipe blocks it, not the reading) from a
    queue of at most AHEAD_BYTES."""

    def __init__(self, fd: int) -> None:
        self.file = os.fdopen(fd, "wb", buffering=0)
        self.queue: deque[bytes] = deque()
        self.size = 0
        self.done = False
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._write, daemon=True)
        self.thread.start()

    def put(self, message: tuple[str, Any, Any]) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        with self.cond:
            while self.size > AHEAD_BYTES:
                self.cond.wait()
            self.queue.append(_LEN.pack(len(data)) + data)
            self.size += len(data)
            self.cond.notify_all()

    def close(self) -> None:
        with self.cond:
            self.done = True
            self.cond.notify_all()
        self.thread.join()

    def _write(self) -> None:
        while True:
            with self.cond:
                while not self.queue and not self.done:
                    self.cond.wait()
                if not self.queue:
                    return
                data = b"".join(self.queue)
                self.queue.clear()
                self.size = 0
                self.cond.notify_all()
            view = memoryview(data)
            try:
                while view:  # a pipe: blocks while full
                    view = view[self.file.write(view) or 0 :]
            except OSError:  # the build closed its end (done, interrupted or failed): nothing is waiting for the rest
                os._exit(0)  # (quietly: a traceback here would land in the build's stderr, after its own last line)
