"""Viterbi decoding of the CRF's state scores, and the margin of each name found.

Characters whose O score beats every other label by a wide margin are O on any
good path, and clause punctuation is O: the texts are cut there into short runs,
decoded side by side in lockstep (numpy's per-call cost, not the arithmetic, is
what a step costs, so many runs per step are cheap).  Each run begins and ends
within one text.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

# clause punctuation, labelled O in practice: decoding is cut there; and the marks of tables that close no name, ℃ and the
# full-width slash between two figures (北京晴19℃／32℃天津…: a weather table of 565 characters without a clause mark was one run of
# 564 steps; the 14,266 records of bench/same_ner.py give the same output cut so)
CUT_RE = re.compile("[。！？；，!?;,\n℃／]")


def decode(s: Any, text: str, offsets: Any, labels: Any, o: int, trans: Any, margin: float, margins: Any = None) -> None:
    """Viterbi over the texts laid end to end (`s`: their (n, labels) state scores; `offsets`:
    where each text starts, and the end), writing the best labels into `labels` and, when
    `margins` is given, each name's margin into it (see `_margins`). `o` is the O label,
    `trans` the (from, to) transition weights, `margin` how far O must lead to be sure."""
    starts, lens, bounds = _runs(s, text, offsets, o, margin)
    if not len(starts):
        return
    # the scores with the steps in and out of each run folded in (runs never overlap):
    x = s.copy()
    x[starts[bounds[starts] == 0]] += trans[o]  # a run follows an O, unless it opens its text
    stop = starts + lens
    x[stop[bounds[stop] == 0] - 1] += trans[:, o]  # and is followed by one, unless it closes its text
    # runs are independent: they are decoded in batches (`_batches`) that keep the kept scores (longest run x runs x
    # labels) small (one 1M-character article: 1.2 GB) and that set no long run beside many short ones
    for a, b in _batches(lens):
        _decode_runs(x, starts[a:b], lens[a:b], labels, margins, o, trans)


RUNS = 2048  # runs a batch decodes at most
STEP_CELLS = 2048  # what one more Viterbi step costs, in (step, run) cells of a batch's arrays (512-16384 alike: People's Daily dev CRF 69 -> 54 µs)


def _batches(lens: Any) -> list[tuple[int, int]]:
    """(first, end) of each batch of the runs (`lens`: their lengths, longest first): a batch ends before the first run
    whose steps in a batch of its own cost less than the cells the batch's longest run adds to it and to all the shorter runs
    left (a 565-character weather table with no clause mark beside 1,400 short runs: arrays of 565 x 1,400 cells, ten
    times the arithmetic), or after RUNS runs."""
    out, a, n = [], 0, len(lens)
    while a < n:
        rest = lens[a + 1 : a + RUNS]  # (the runs a batch opened by run a may take: a + 1 … a + RUNS - 1)
        apart = (lens[a] - rest) * np.arange(n - a - 1, n - a - 1 - len(rest), -1) > STEP_CELLS * rest
        b = a + 1 + (int(apart.argmax()) if apart.any() else len(rest))
        out.append((a, b))
        a = b
    return out


def _decode_runs(x: Any, starts: Any, lens: Any, labels: Any, margins: Any, o: int, trans: Any) -> None:
    """Decode the runs at `starts` (longest first) over the scores x into `labels` (and `margins`)."""
    out, hist = _viterbi(x, starts, lens, trans, keep=margins is not None)
    m = int(lens[0])
    inside = np.arange(m) < lens[:, None]
    labels[(starts[:, None] + np.arange(m))[inside]] = out[inside]
    if margins is not None:
        _margins(x, hist, out, lens, starts, margins, o, trans)


def _runs(s: Any, text: str, offsets: Any, o: int, margin: float) -> tuple[Any, Any, Any]:
    """(starts, lengths) of the runs of unsure characters, longest first, and the text
    bounds (1 where a text begins, and at the end)."""
    n = len(text)
    best_other = None  # the best label other than O at each character, one column at a time (5x cheaper than a max along rows)
    for j in range(s.shape[1]):
        if j != o:
            best_other = s[:, j].copy() if best_other is None else np.maximum(best_other, s[:, j], out=best_other)
    sure = s[:, o] - best_other > margin
    sure[[m.start() for m in CUT_RE.finditer(text)]] = True
    bounds = np.zeros(n + 1, dtype=np.int8)
    bounds[offsets] = 1
    # a run starts where a character is unsure and its predecessor is sure or in another text
    unsure = ~sure
    begins = unsure & ((np.concatenate(([True], sure[:-1]))) | (bounds[:-1] == 1))
    ends = unsure & ((np.concatenate((sure[1:], [True]))) | (bounds[1:] == 1))
    run_starts, run_ends = np.flatnonzero(begins), np.flatnonzero(ends) + 1
    order = np.argsort(run_starts - run_ends, kind="stable")  # longest first
    return run_starts[order], (run_ends - run_starts)[order], bounds


def _viterbi(x: Any, starts: Any, lens: Any, trans: Any, keep: bool) -> tuple[Any, Any]:
    """The best labels of each run (a (runs, longest) array) and, with `keep`, the best score
    of each label at each step (steps, runs, labels) that `_margins` reads."""
    nc, m, nl = len(starts), int(lens[0]), trans.shape[0]
    active = np.searchsorted(-lens, -np.arange(m), side="left").tolist()  # runs longer than t
    # the best score of each label at each step (hist[t]: after step t, its first
    # active[t] runs): the backtrace finds its way in them (no back pointers for every
    # label: the argmax over `from` costs more than the max)
    hist = np.empty((m, nc, nl))
    hist[0] = x[starts]
    # candidates laid out (from, run, to): the reductions over `from` are elementwise
    # over contiguous blocks, twice as fast as reducing a short inner axis
    buf = np.empty((nl, nc, nl))
    trans_from = trans[:, None, :]
    for t in range(1, m):
        k = active[t]
        cand = buf[:, :k]
        np.add(hist[t - 1, :k].T[:, :, None], trans_from, out=cand)
        step = hist[t, :k]
        np.maximum.reduce(cand, axis=0, out=step)  # (np.max without its Python wrapper: a call per step)
        step += x[starts[:k] + t]
    final = hist[lens - 1, np.arange(nc)].argmax(axis=1)
    return _backtrace(final, hist, trans, lens, active), hist if keep else None


def _backtrace(final: Any, hist: Any, trans: Any, lens: Any, active: list[int]) -> Any:
    """Follow the best path back from each run's best last label: the label before `cur` is
    the argmax of hist[t - 1] + trans[:, cur], the very sums (and ties, first wins) the
    forward pass maximised."""
    m, nc = hist.shape[0], hist.shape[1]
    out = np.empty((nc, m), dtype=np.intp)
    cur = np.zeros(nc, dtype=np.intp)
    for t in range(m - 1, -1, -1):
        k = active[t]
        ending = lens[:k] == t + 1
        cur[:k] = np.where(ending, final[:k], cur[:k])
        out[:k, t] = cur[:k]
        if t:
            cur[:k] = (hist[t - 1, :k] + trans[:, cur[:k]].T).argmax(axis=1)
    return out


def _margins(x: Any, hist: Any, out: Any, lens: Any, starts: Any, margins: Any, o: int, trans: Any) -> None:
    """For each name in the decoded runs: how much the best path's score drops when the
    name's characters are forced to O (max-marginal margin, 0 = a tie): its confidence."""
    nl = x.shape[1]
    named_runs = np.flatnonzero(((out != o) & (np.arange(out.shape[1]) < lens[:, None])).any(axis=1))
    if not len(named_runs):
        return
    # only the runs with a name, still longest first
    hist, out, lens, starts = hist[:, named_runs], out[named_runs], lens[named_runs], starts[named_runs]
    nc, m = len(named_runs), int(lens[0])
    active = np.searchsorted(-lens, -np.arange(m + 1), side="left").tolist()
    # backward: best score of a run's rest after t given the label at t
    after = np.zeros((m, nc, nl))
    buf = np.empty((nl, nc, nl))
    trans_to = trans.T[:, None, :]  # [to, ., from]
    for t in range(m - 2, -1, -1):
        k = active[t + 1]  # runs longer than t + 1
        v = x[starts[:k] + t + 1] + after[t + 1, :k]
        cand = buf[:, :k]
        np.add(v.T[:, :, None], trans_to, out=cand)
        after[t, :k] = cand.max(axis=0)
    _name_margins(x, hist, after, out, lens, starts, margins, o, trans)


_SHORT = 7  # numpy sums fewer than 8 numbers left to right (more: pairwise, in blocks of 8)


def _name_margins(x: Any, hist: Any, after: Any, out: Any, lens: Any, starts: Any, margins: Any, o: int, trans: Any) -> None:
    """Each name's margin: the best score of its run less the best with the name forced to O,
    (best before it, ending at O) + (O through it) + (best after it, from O); all names at
    once, with numpy's own order of additions (the margins equal a name-by-name loop's)."""
    nc, m = out.shape
    inside = np.arange(m) < lens[:, None]
    named = (out != o) & inside
    edge = np.zeros((nc, 1), dtype=bool)
    first = named & ~np.concatenate((edge, named[:, :-1]), axis=1)
    last = named & ~np.concatenate((named[:, 1:], edge), axis=1)
    r, a = np.nonzero(first)  # row-major: the same order as the names' ends
    b = np.nonzero(last)[1] + 1
    ln = lens[r]
    best = hist[ln - 1, r].max(axis=1)
    pre = np.where(a > 0, (hist[np.maximum(a - 1, 0), r] + trans[:, o]).max(axis=1), 0.0)
    st = starts[r]
    has_post = b < ln
    bb = np.minimum(b, ln - 1)
    post = np.where(has_post, (trans[o] + x[st + bb] + after[bb, r]).max(axis=1), 0.0)
    size = b - a
    mid = np.zeros(len(r))
    xo = x[:, o]
    for k in range(min(_SHORT, int(size.max()) if len(size) else 0)):
        at = size > k
        mid[at] += xo[(st + a + k)[at]]
    for j in np.flatnonzero(size > _SHORT).tolist():
        mid[j] = xo[st[j] + a[j] : st[j] + b[j]].sum()
    mid += (size - 1) * trans[o, o]
    drop = best - (pre + mid + post)
    pos = np.repeat(st + a - np.cumsum(size) + size, size) + np.arange(int(size.sum()))
    margins[pos] = np.repeat(drop, size)
