"""Worker processes for a map whose results are consumed in input order: `kg build --jobs` (pages,
then their saves: `kg.render`) and `kg extract/ner --jobs` (records).

`ordered` submits chunks to a pool of worker processes, a bounded number ahead of the one the
caller consumes (memory does not grow with the input), and yields the results in input order,
so the output equals one process's. Workers are forked (`fork`, where the platform has it): a
build's workers inherit the model its process loaded (no load per worker; its pages shared
copy-on-write). A worker ignores Ctrl-C (the main process stops them) and dies with its parent
(Linux: PR_SET_PDEATHSIG), so no worker outlives a killed build holding its output folder's lock.
A worker that dies (killed, out of memory) ends the map with one `WorkerDied` error; an exception
raised in a worker is raised again here, as in one process.
"""
from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

from .batches import page_docs, recognize_pages
from .errors import InputError, KGError
from .ingest import Page
from .spool import encode
from .types import Locale

if TYPE_CHECKING:  # multiprocessing and concurrent.futures are imported when a pool starts (~30 ms)
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")
AHEAD = 2  # chunks in flight per worker: one being processed, one waiting in its queue
CHUNK_CHARS = 12_000  # a build's pages are sent ~2 tagger batches at a time (~0.1 s of a core)
# a build's pool starts from this many chunks (~40,000 characters to process): below, forking and
# warming up the workers cost more than they save (seeds/, 31,000 characters in 3 chunks: 2.90 s
# with 2 workers against 2.66 s in one process, 5 alternating runs on the shared 2-core VM)
MIN_CHUNKS = 4


class WorkerDied(KGError):
    """A worker process of `--jobs` ended without answering (killed, out of memory, crashed)."""


def cores() -> int:
    """The cores this process may run on (its CPU affinity; os.cpu_count where there is none)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def jobs_for(jobs: int) -> int:
    """The number of worker processes `--jobs N` asks for: N, or one per core for 0."""
    if jobs < 0:
        raise InputError(f"--jobs {jobs}: expected 0 (one process per core) or a number of processes")
    return jobs or cores()


def forks() -> bool:
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods()


def ordered(fn: Callable[[T], R], chunks: Iterable[T], jobs: int, init: Callable[..., None], args: tuple[Any, ...] = ()) -> Iterator[tuple[T, R]]:
    """(chunk, fn(chunk)) for each chunk, in order, `fn` run by `jobs` worker processes that each
    ran `init(*args)` first; at most AHEAD × jobs chunks are submitted and not yet consumed.
    Leaving early (an error, Ctrl-C, the caller stops) stops the workers at once."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork") if forks() else mp.get_context()
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_start, initargs=(os.getpid(), init, args))
    pending: deque[tuple[T, Future[R]]] = deque()
    done = False
    try:
        for chunk in chunks:
            pending.append((chunk, _submit(pool, fn, chunk)))
            if len(pending) >= AHEAD * jobs:
                yield _answer(*pending.popleft())
        while pending:
            yield _answer(*pending.popleft())
        done = True
    finally:
        if done:
            pool.shutdown()
        else:
            _stop(pool)


_DIED = "a worker process of --jobs died before it finished (killed, out of memory, or a crash)"


def _submit(pool: ProcessPoolExecutor, fn: Callable[[T], R], chunk: T) -> Future[R]:
    """`pool.submit`, which raises BrokenProcessPool once a worker has died (before its chunk's answer is read)."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(fn, chunk)
    except BrokenProcessPool as e:
        raise WorkerDied(_DIED) from e


def _answer(chunk: T, future: Future[R]) -> tuple[T, R]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return chunk, future.result()
    except BrokenProcessPool as e:
        raise WorkerDied(_DIED) from e


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and end the workers now (they would finish their chunks first). A worker ended while
    it wrote an answer leaves part of it in the answers' pipe, and the pool's manager thread would wait for the rest
    for ever (and Python's exit, which joins that thread, with it): once the workers are gone, this process's end of
    the pipe for writing is closed too, so that the thread reads the end of the pipe and stops."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    answers = getattr(pool, "_result_queue", None)  # (shutdown lets go of it)
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(5)
    with contextlib.suppress(Exception):
        answers._writer.close()  # type: ignore[union-attr]


def _start(parent: int, init: Callable[..., None], args: tuple[Any, ...]) -> None:
    """A worker's start: Ctrl-C is for the main process; die with the parent; then `init`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(Exception):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before prctl
            os._exit(1)
    init(*args)


# ------------------------------------------------------------------ a build's pages

Row = tuple[str, str, int, bytes, bytes]  # a page as the spool keeps it: key, digest, chars, encoded part and results
_PIPELINE: list[Any] = []  # a worker's Pipeline (inherited from the build's process)


def page_rows(pipeline: Any, pages: Iterable[Page], progress: Callable[[Any], None] | None, jobs: int) -> Iterator[Row]:
    """Each page's spool row (`spool.encode` of `Pipeline.page_part`), in order: in this process
    unless `split` gives chunks for `jobs` worker processes, which share this process's loaded
    model. `progress` is called in this process, in order, for each article (with `jobs` > 1 its
    DocResult carries the article and its locale; the mentions and facts stay in the worker)."""
    chunks, jobs, pages = split(pages, jobs, _chars)
    if chunks is not None:
        yield from _pooled(pipeline, chunks, progress, jobs)
        return
    for page, recognized in recognize_pages(pipeline, pages, page_docs):
        yield _row(page, pipeline.page_part(page, progress, recognized))


def split(items: Iterable[T], jobs: int, size: Callable[[T], int]) -> tuple[Iterator[list[T]] | None, int, Iterable[T]]:
    """(chunks of ~CHUNK_CHARS by `size`, workers, ()) when `jobs` worker processes pay for
    `items`: `jobs` > 1, processes can be forked, and at least MIN_CHUNKS chunks (no more workers
    than chunks); else (None, 1, the items, to go through in this process)."""
    if jobs > 1 and forks():
        chunks = _chunks(items, CHUNK_CHARS, size)
        head = list(islice(chunks, max(jobs, MIN_CHUNKS)))
        if len(head) >= MIN_CHUNKS:
            return chain(head, chunks), min(jobs, len(head)), ()
        items = [x for c in head for x in c]
    return None, 1, items


def mapped(fn: Callable[[T], R], chunks: Iterable[T], jobs: int, init: Callable[..., None], args: tuple[Any, ...] = ()) -> Iterator[tuple[T, R]]:
    """`ordered` for a build: what is alive in this process (the loaded model: millions of
    objects) out of the garbage collector's reach before the fork, since a worker's first full
    collection would otherwise walk it and copy every page it touches (0.6 s of CPU per worker
    on its first chunk, measured on the seeds); a dead worker's error says the graph is whole."""
    thawed = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield from ordered(fn, chunks, jobs, init, args)
    except WorkerDied as e:
        raise WorkerDied(f"{e}; nothing was written: a graph in --out is left as it was (rerun, or try --jobs 1)") from e.__cause__
    finally:
        if thawed:
            gc.unfreeze()


def _pooled(pipeline: Any, chunks: Iterable[list[Page]], progress: Callable[[Any], None] | None, jobs: int) -> Iterator[Row]:
    from . import relations  # noqa: F401  (imported and the model loaded before the fork: the workers share them)
    from .pipeline import DocResult

    _ = pipeline.recognizer.tagger
    for chunk, rows in mapped(_work, chunks, jobs, _init, (pipeline,)):
        for page, (row, locales) in zip(chunk, rows):
            if progress:
                for d, loc in zip(page.docs, locales):
                    progress(DocResult(replace(d, locale=loc), loc, [], []))
            yield row


def _init(pipeline: Any) -> None:
    _PIPELINE[:] = [pipeline]


def _work(pages: list[Page]) -> list[tuple[Row, list[Locale]]]:
    """A worker's chunk: each page's row and its articles' locales (for the progress)."""
    p = _PIPELINE[0]
    out = []
    for page, recognized in recognize_pages(p, pages, page_docs):
        locales: list[Locale] = []
        out.append((_row(page, p.page_part(page, lambda r, seen=locales: seen.append(r.locale), recognized)), locales))
    return out


def _row(page: Page, result: tuple[Any, Any]) -> Row:
    return (page.key, page.digest, _chars(page), *encode(*result))


def _chars(page: Page) -> int:
    return sum(len(d.text) for d in page.docs)


def _chunks(items: Iterable[T], chars: int, size: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive items, about `chars` characters (by `size`) a chunk."""
    chunk: list[T] = []
    n = 0
    for item in items:
        chunk.append(item)
        n += size(item)
        if n >= chars:
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk
