"""A build into an output folder: lock it, read, process (or reuse), save beside the previous
graph, swap the new one in. `kg.build` and `kg build` call `build`.
"""
from __future__ import annotations

import contextlib
import gc
import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import ahead, output, parallel, patch, regexes, settings, store
from . import spool as spool_mod
from .errors import InputError, KGError, NothingRead
from .ingest import Page, Skipped
from .link import Linker
from .pipeline import BuildResult, DocResult, Pipeline

NAMES = [store.STORE_DIR, patch.SPARE, "kg.ttl", "kg.trig", "graph.html", spool_mod.FILE, settings.FILE]


def build(
    paths: list[str] | list[Path],
    out: str | Path,
    *,
    region: str | None = None,
    base: str | None = None,
    html: bool = True,
    progress: Callable[[DocResult], None] | None = None,
    update: bool = False,
    prune: bool = False,
    accurate: bool = False,
    jobs: int = 1,
) -> BuildResult:
    """See `kg.build`."""
    if prune and not update:
        raise InputError("--prune drops the articles of inputs not given again: it goes with --update")
    jobs = parallel.jobs_for(jobs)
    with staged(paths, out, region=region, base=base, update=update, accurate=accurate) as b, loaded(b.conf.region, b.conf.accurate) as pipeline:
        result = pipeline.build_pages(b.pages, b.skipped, progress, spool=b.spool, prune=prune, jobs=jobs)
        if update and _unchanged(b, result, html):
            return result  # the graph in `out` is already this one: nothing is rewritten
        previous = b.out.current(store.STORE_DIR) if update else None
        st = patch.patch(result, previous, b.out.new, b.conf.base, b.out.current(patch.SPARE)) if previous else None
        drawn: list[bool] = []
        if st is None:  # graph.html is drawn from the spool while the store loads, and the files written so far go to disk
            st = store.save(result, b.out.new, b.conf.base, meanwhile=lambda: _meanwhile(b, html, drawn), jobs=jobs)
        write(b, st, html=html and not any(drawn))
    return result


def _meanwhile(b: Staged, html: bool, drawn: list[bool]) -> None:
    """What a full save runs while its store's last loads end: kg.trig, kg.ttl and the spool written
    back to disk (`Output.write_back`), graph.html drawn (`drawn` says whether it was) and written back."""
    b.out.write_back(["kg.trig", "kg.ttl", spool_mod.FILE])
    if html:
        drawn.append(draw(b))
        b.out.write_back(["graph.html"])


def follow(
    paths: list[str] | list[Path],
    out: str | Path,
    every: float,
    *,
    rounds: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **kw: Any,
) -> Iterator[BuildResult | KGError]:
    """`build(update=True)` every `every` seconds, `rounds` times (None: until interrupted), in
    this process: the model loads once, and each update costs what it processes and writes
    (`kg build --update --watch`). Yields each round's result, or the KGError that stopped it
    (the graph in `out` is then as it was, and the next round tries again)."""
    for n in itertools.count(1):
        try:
            yield build(paths, out, update=True, **kw)
        except KGError as e:
            yield e
        if rounds is not None and n >= rounds:
            return
        sleep(every)


_IDLE: dict[str | None, Pipeline] = {}


@contextlib.contextmanager
def loaded(region: str | None, accurate: bool = False) -> Iterator[Pipeline]:
    """A pipeline for `region` whose model is loaded once per process (~0.4 s of CPU, more than
    an update of one page processes): a build borrows it and gives it back. One is kept (the
    model holds ~300 MB); builds running at once in threads each get their own. The model's
    regular expressions come compiled from the user's cache (`kg.regexes`, ~0.15 s of the start)."""
    pipeline = _IDLE.pop(region, None)
    try:
        with regexes.cached():
            if pipeline is None or pipeline.accurate != accurate:
                pipeline = Pipeline(region, accurate=accurate)
            with _frozen():
                yield pipeline
    finally:
        if pipeline is not None:
            pipeline.linker = Linker(pipeline.lexicon)  # the entity table of this build is not kept
            _IDLE.clear()
            _IDLE[region] = pipeline


GC_YOUNG = 10_000  # allocations between two collections of the youngest generation during a build (Python's default: 700)


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    """What is alive when a build starts (a kept pipeline's model: millions of objects) out of
    the cyclic garbage collector's reach until it ends (gc.freeze, then gc.unfreeze: nothing is
    kept from collection after the build): a full collection during an update no longer walks
    the model (~0.02 s of CPU of an update of one record). A process that froze objects itself
    is left as it is. Meanwhile the youngest generation is collected every GC_YOUNG allocations
    rather than 700 (the build's process and the workers forked from it: the pipeline makes
    millions of short-lived objects, few of them in cycles; 1,296 collections took ~2.5 % of the
    map's CPU on 2 MB of seeds, 22 take 0.4 %); the thresholds are given back when it ends."""
    mine = gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    if mine:
        gc.freeze()
        gc.set_threshold(max(thresholds[0], GC_YOUNG), *thresholds[1:])
    try:
        yield
    finally:
        if mine:
            gc.set_threshold(*thresholds)
            gc.unfreeze()


def _unchanged(b: Staged, result: BuildResult, html: bool) -> bool:
    """An update that processed and dropped no page, with the settings, code and model of the
    graph in `out` and its graph.html as asked, would write that graph again: it is left as it
    is, and `result` reads the spool beside it."""
    previous = b.out.current(spool_mod.FILE)
    if result.processed or result.dropped or previous is None or settings.read(b.out.path) != b.conf:
        return False
    if any(b.out.current(n) is None for n in (store.STORE_DIR, "kg.ttl", "kg.trig")) or (b.out.current("graph.html") is not None) != html:
        return False
    b.spool.close()
    result.spool = spool_mod.Spool(previous)
    return True


@dataclass
class Staged:
    """A build under way: its output transaction, settings, the pages to read, the spool."""

    out: output.Output
    conf: settings.BuildSettings
    pages: Iterator[Page]
    skipped: list[Skipped]
    spool: spool_mod.Spool


@contextlib.contextmanager
def staged(
    paths: list[str] | list[Path], out: str | Path, *, region: str | None, base: str | None, update: bool = False, accurate: bool = False
) -> Iterator[Staged]:
    """Lock `out`, check its names and settings, and open the input and the new spool; nothing
    in `out` changes unless `write` is called inside the block."""
    with output.Output(out) as o:
        o.check(NAMES)
        conf = settings.for_update(out, base, region, accurate) if update else settings.BuildSettings.current(base, region, accurate)
        store.check_base(conf.base)
        skipped: list[Skipped] = []
        spool = _spool(o, conf, update)
        with ahead.pages(paths, skipped, memo=spool, fresh=not update) as read:  # a fresh build's, read while the model loads
            yield Staged(o, conf, _first_or_fail(read, skipped, out), skipped, spool)


def write(b: Staged, st: ox.Store, html: bool = True) -> None:
    """Finish a build whose graph is saved in the staging folder (`store.save`, `store.save_lines`
    into `b.out.new`): stamp the spool, write graph.html and build.json, swap it all in."""
    b.spool.set_stamp(b.conf.spool_stamp())
    if html:
        draw(b, st)
    b.spool.db.commit()  # no journal file left in the folder that moves in
    patch.keep_spare(st, b.out.new)
    del st  # closed before its folder moves
    (b.out.new / settings.FILE).write_bytes(b.conf.to_json())
    b.out.commit(replaces=NAMES)


def draw(b: Staged, st: ox.Store | None = None) -> bool:
    """graph.html into the staging folder, from the parts of the graph the spool keeps
    (`patch.page_data`), or else from the store `st`; False (nothing drawn) when that needs a
    store and `st` is None (a save's store still loading)."""
    from . import viz

    data = patch.page_data(b.spool)
    if data is None and st is None:
        return False
    layouts = b.spool.saved("layout") or {}  # the last layout: an update that leaves the drawn graph as it was reuses it
    viz.render(st, b.out.new / "graph.html", layouts=layouts, data=data)
    b.spool.set_saved("layout", layouts)
    return True


def _first_or_fail(pages: Iterator[Page], skipped: list[Skipped], out: str | Path) -> Iterator[Page]:
    """The pages, once at least one could be read (before the model loads: a build that reads
    nothing fails at once, and leaves the graph as it was)."""
    first = next(pages, None)
    if first is None:
        why = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5]) + (" …" if len(skipped) > 5 else "")
        raise NothingRead(f"read no article ({why or 'no input'}); the graph in {out} was left as it was")
    return itertools.chain([first], pages)


def _spool(o: output.Output, conf: settings.BuildSettings, update: bool) -> spool_mod.Spool:
    """A new spool in the staging folder; for an update, a copy of the previous graph's. Not synced
    by SQLite (`Spool`): the folder moves in only after `Output.commit` has fsynced its files."""
    target = o.new / spool_mod.FILE
    if not update:
        return spool_mod.Spool(target, synced=False)
    previous = o.current(spool_mod.FILE)
    if previous is None:
        raise InputError(f"--update: {o.path} has no {spool_mod.FILE} (built by an older kg); rebuild it from all inputs: kg build PATHS --out {o.path}")
    old = spool_mod.Spool(previous)
    try:
        why = conf.mismatch(old.stamp())
        if why:
            raise InputError(
                f"--update: the graph in {o.path} was built with {why}; its results cannot be mixed with this kg's. "
                f"Rebuild it from all inputs: kg build PATHS --out {o.path}"
            )
        return old.copy_to(target, synced=False)
    finally:
        old.close()


def write_page(out: str | Path, selection: object = None, *, title: str | None = None, renderer: str = "sigma") -> dict[str, int]:
    """Redraw `<out>/graph.html` from the built graph, as a build writes it: under the folder's
    lock, beside the previous page, swapped in whole and recorded as kg's (so a later build
    replaces it, and a failure leaves the previous page as it was)."""
    from . import viz

    with output.Output(out) as o:
        o.check(["graph.html"])
        n = viz.render(store.open_store(out), o.new / "graph.html", selection, title=title, renderer=renderer)  # type: ignore[arg-type]
        o.commit()
    return n
