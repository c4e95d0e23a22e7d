"""How `kg build` scales: time and peak RSS against corpus size, article length, and updates.

    python bench/scaling.py                      # corpora of 1, 5, 10 MB; one article of 1k/10k/100k chars; update
    python bench/scaling.py --mb 1,5,10,50 --chars 1000,10000,100000,1000000

Corpora replicate the real news articles of ../shared/data/news/articles.jsonl (each copy
with new ids, so that every record is an article of its own) up to N MB of UTF-8 text; a
long article joins those texts into one record. Each build is a fresh `kg build` process
(as users run it), timed from outside, peak RSS from the kernel (os.wait4). The update
case builds the seeds (45 articles), edits one of the five pages, and times
`kg build --update` against the full build of the same inputs, as a command (start-up and
model load included) and inside one process (`kg.build`, the model loaded once); the same
with the 45 articles as JSONL records, one of them edited; each with an edit that adds no
relation (the page's layout is reused) and one that adds entities and relations.

Targets (issue 11): one 1M-character article <= 20 s; 50 MB with peak RSS <= 1.5 GB and
time per MB at 50 MB within 1.3x of 5 MB; an update of one changed article in the 45-article
graph <= 20 % of a full build. Run the 50 MB case once or twice only (it takes minutes).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"  # ../shared beside the repo


def _tree(root: int) -> list[int]:
    """`root` and its descendants (read from /proc: the kernel has no cheaper children list here)."""
    parents: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            parents[int(d.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
    tree, grew = {root}, True
    while grew:
        more = {p for p, pp in parents.items() if pp in tree} - tree
        tree |= more
        grew = bool(more)
    return sorted(tree)


def _memory(pids: list[int]) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in kB of `pids`; PSS shares each page among the processes that map it,
    so its sum is the memory the process tree takes (forked workers share the model with their parent)."""
    rss = pss = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return rss, pss


class TreeMemory:
    """Peak memory of a process and all its workers, sampled every `every` seconds from /proc."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import threading

        self.pid, self.every, self.rss, self.pss, self.procs = pid, every, 0, 0, 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            rss, pss = _memory(pids)
            self.rss, self.pss, self.procs = max(self.rss, rss), max(self.pss, pss), max(self.procs, len(pids))
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


LAST_TREE: dict[str, int] = {}  # the last build's peak memory of all its processes (MB) and how many ran


def popen_measured(args: list[str]) -> tuple[float, int, float]:
    """(wall seconds, peak RSS MB, CPU seconds) of `kg build args`, measured with os.wait4 on
    the child. CPU seconds (user + system) hardly move with the load of a shared machine and
    include the workers'. The peak RSS of os.wait4 is that of the largest single process; the
    peak of all processes together (worker processes included, sampled from /proc) is left in
    LAST_TREE: `rss` (sum of RSS, shared pages counted in each process) and `pss` (each page once)."""
    with tempfile.TemporaryFile() as err_file:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "-q", *args], stdout=subprocess.DEVNULL, stderr=err_file)
        tree = TreeMemory(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        tree.stop()
        err_file.seek(0)
        err = err_file.read().decode("utf-8", "replace")
    LAST_TREE.update(rss=tree.rss // 1024, pss=tree.pss // 1024, procs=tree.procs)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"kg build {' '.join(args)} exited {code}:\n{err}")
    return seconds, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def corpus(path: Path, mb: float) -> int:
    """Write news records with new ids up to `mb` MB of text; returns the characters written."""
    records = [json.loads(x) for x in NEWS.read_text(encoding="utf-8").splitlines() if x.strip()]
    limit, size, chars, copy = mb * 1_000_000, 0, 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < limit:
            for r in records:
                rec = dict(r, id=f"{r['id']}-c{copy}", source=f"{r.get('source', '')}#c{copy}")
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                size += len(r["text"].encode("utf-8"))
                chars += len(r["text"])
                if size >= limit:
                    break
            copy += 1
    return chars


def set_news(path: Path) -> None:
    global NEWS
    NEWS = path


def long_article(path: Path, chars: int) -> int:
    records = [json.loads(x) for x in NEWS.read_text(encoding="utf-8").splitlines() if x.strip()]
    text = "\n".join(r["text"] for r in records)
    while len(text) < chars:
        text += "\n" + text
    path.write_text(json.dumps({"id": "long", "date": "2024-01-01", "text": text[:chars]}, ensure_ascii=False) + "\n", encoding="utf-8")
    return chars


QUIET_EDIT = "\n本报讯 近日，太原市公安局发布第{n}号通告。\n"  # an added paragraph that adds no relation (graph.html keeps its layout)
NEW_FACT_EDIT = "\n本报讯 近日，山西晋能控股装备制造集团有限公司与太原理工大学签署第{n}批合作协议。\n"  # new entities and relations


def papers(tmp: Path, unit: str) -> tuple[Path, Callable[[str], None]]:
    """The 45 seed articles as input, and a function that edits one unit of it: `page`, one of
    the five seed files (~9 articles, 16 % of the text: a page is what an update re-processes);
    `record`, one record of a JSONL file holding the same articles one per record."""
    src = tmp / f"papers-{unit}"
    if unit == "page":
        shutil.copytree(ROOT / "seeds", src)
        page = sorted(src.glob("*.txt"))[2]
        text = page.read_text(encoding="utf-8")
        return src, lambda extra: page.write_text(text + extra, encoding="utf-8")
    from kg.ingest import read_documents

    src.mkdir(parents=True)
    docs = list(read_documents([ROOT / "seeds"]))
    rows = [{"id": d.id, "title": d.title, "date": d.date, "source": d.source, "text": d.text} for d in docs]

    def edit(extra: str) -> None:
        out = [dict(r, text=r["text"] + extra) if i == 20 else r for i, r in enumerate(rows)]
        (src / "articles.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")

    edit("")
    return src, edit


def same_files(a: Path, b: Path, names: tuple[str, ...]) -> bool:
    """Whether the files `names` in `a` equal those in `b`: byte for byte, but graph.html but for
    its nodes' positions (an update keeps where the last page drew them: kg.viz.layout)."""
    return all(_unplaced(a / n) == _unplaced(b / n) if n == "graph.html" else (a / n).read_bytes() == (b / n).read_bytes() for n in names)


def _unplaced(page: Path) -> str:
    import re

    text = page.read_text(encoding="utf-8")
    m = re.search(r'(<script type="application/json" id="kg-data">)(.*?)(</script>)', text, re.S)
    if m is None:
        return text
    body = json.loads(m.group(2))
    body["nodes"] = [n[:4] + n[6:] for n in body["nodes"]]
    return text[: m.start(2)] + json.dumps(body, ensure_ascii=False) + text[m.end(2) :]


def update_case(tmp: Path, unit: str = "page") -> dict[str, float]:
    """`kg build --update` as a command after an edit of one unit, against a full build."""
    src, edit = papers(tmp, unit)
    out = tmp / f"upd-{unit}"
    full, _, full_cpu = popen_measured([str(src), "-o", str(out)])
    edit(QUIET_EDIT.format(n=1))
    upd, _, upd_cpu = popen_measured(["--update", str(src), "-o", str(out)])
    _, _, noop_cpu = popen_measured(["--update", str(src), "-o", str(out)])
    popen_measured([str(src), "-o", str(tmp / f"ref-{unit}")])
    same = same_files(out, tmp / f"ref-{unit}", ("kg.trig", "kg.ttl", "graph.html"))
    return {"full_s": full, "update_s": upd, "full_cpu": full_cpu, "update_cpu": upd_cpu, "noop_cpu": noop_cpu, "equal": float(same)}


def update_in_process(tmp: Path, html: bool, runs: int = 3, unit: str = "page", edit_text: str = QUIET_EDIT) -> dict[str, float]:
    """The update case inside one process (kg.build; the model loads once per process, as in a
    job that follows a paper): medians of `runs` full builds and updates of one changed unit
    (see `papers`), CPU and wall seconds, and whether each update's files equal the full build's
    (graph.html but for the positions of its nodes: `same_files`)."""
    import statistics

    import kg

    src, edit = papers(tmp, unit)
    out, ref = tmp / f"upd-ip-{unit}", tmp / f"ref-ip-{unit}"
    kg.build([str(src)], out=out, html=html)  # loads the model
    full, upd, same = [], [], True

    def timed(**kw: object) -> tuple[float, float]:
        c, w = time.process_time(), time.perf_counter()
        kg.build([str(src)], html=html, **kw)  # type: ignore[arg-type]
        return time.process_time() - c, time.perf_counter() - w

    names = ("kg.trig", "kg.ttl") + (("graph.html",) if html else ())
    for i in range(runs):
        edit("")
        kg.build([str(src)], out=out, html=html)
        edit(edit_text.format(n=i + 1))
        upd.append(timed(out=out, update=True))
        full.append(timed(out=ref))
        same = same and same_files(out, ref, names)
    med = statistics.median
    return {"full_cpu": med(c for c, _ in full), "full_s": med(w for _, w in full), "update_cpu": med(c for c, _ in upd),
            "update_s": med(w for _, w in upd), "equal": float(same)}


def update_at_scale(tmp: Path, mb: float) -> None:
    """An update of one changed record in a corpus of `mb` MB (`corpus`), as a command, `--no-html`."""
    src = tmp / f"news-update-{mb:g}.jsonl"
    corpus(src, mb)
    lines = src.read_text(encoding="utf-8").splitlines()
    w, rss, cpu = popen_measured([str(src), "-o", str(tmp / "big"), "--no-html"])
    print(f"\nfull build, {mb:g} MB ({len(lines)} records): {w:.1f} s wall, {cpu:.1f} s CPU, {rss} MB", flush=True)
    r = json.loads(lines[len(lines) // 2])
    lines[len(lines) // 2] = json.dumps(dict(r, text=r["text"] + NEW_FACT_EDIT.format(n=1)), ensure_ascii=False)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    w, rss, cpu_u = popen_measured(["--update", str(src), "-o", str(tmp / "big"), "--no-html"])
    _, _, cpu_n = popen_measured(["--update", str(src), "-o", str(tmp / "big"), "--no-html"])
    _, _, cpu_f = popen_measured([str(src), "-o", str(tmp / "big-ref"), "--no-html"])
    same = all((tmp / "big" / n).read_bytes() == (tmp / "big-ref" / n).read_bytes() for n in ("kg.trig", "kg.ttl"))
    print(f"update of 1 record: {w:.1f} s wall, {cpu_u:.1f} s CPU, {rss} MB ({cpu_u / cpu:.0%}); nothing new: {cpu_n:.1f} s CPU; "
          f"full build of the edited input {cpu_f:.1f} s CPU, equal: {same}; spool {(tmp / 'big' / 'spool').stat().st_size >> 20} MB", flush=True)


def report_updates(tmp: Path, runs: int) -> None:
    """The update figures of issue 11: as a command, then in one process, by unit and edit."""
    for unit in ("page", "record"):
        u = update_case(tmp, unit)
        print(f"\nupdate of 1 {unit} (45 articles), kg build as a command: {u['update_s']:.2f} s wall, {u['update_cpu']:.2f} s CPU, "
              f"against a full build of {u['full_s']:.2f} s wall, {u['full_cpu']:.2f} s CPU ({u['update_cpu'] / u['full_cpu']:.0%} of its CPU); "
              f"with nothing new: {u['noop_cpu']:.2f} s CPU; equals a full rebuild: {bool(u['equal'])}", flush=True)
    print("\n| in one process (kg.build) | edit | update CPU s | full CPU s | ratio | update wall s | full wall s | equal |")
    print("|---|---|---|---|---|---|---|---|")
    for unit in ("page", "record"):
        for html in (True, False):
            for name, text in (("no new relation", QUIET_EDIT), ("new relations", NEW_FACT_EDIT)):
                u = update_in_process(tmp / f"ip-{unit}-{html}-{name[:2]}", html, runs, unit, text)
                print(f"| 1 {unit}{'' if html else ', no graph.html'} | {name} | {u['update_cpu']:.2f} | {u['full_cpu']:.2f} | "
                      f"{u['update_cpu'] / u['full_cpu']:.0%} | {u['update_s']:.2f} | {u['full_s']:.2f} | {bool(u['equal'])} |", flush=True)


def _all() -> str:
    return f"{LAST_TREE['rss']} / {LAST_TREE['pss']} ({LAST_TREE['procs']})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", default="1,5,10", help="corpus sizes in MB of text (comma-separated; '' for none)")
    ap.add_argument("--chars", default="1000,10000,100000", help="single-article lengths (comma-separated; '' for none)")
    ap.add_argument("--no-update", action="store_true", help="skip the incremental-update case")
    ap.add_argument("--update-mb", type=float, help="also time an update of one record in a news corpus of this size (as a command, --no-html)")
    ap.add_argument("--runs", type=int, default=3, help="updates timed in one process per case (medians)")
    ap.add_argument("--html", action="store_true", help="also write graph.html (off by default: viz has its own benchmark)")
    ap.add_argument("--news", type=Path, default=NEWS, help="the news corpus to replicate (default: %(default)s)")
    a = ap.parse_args()
    set_news(a.news)
    if not a.news.exists():
        raise SystemExit(f"{a.news} not found: the benchmark reads the shared news corpus (--news PATH)")
    extra = [] if a.html else ["--no-html"]
    with tempfile.TemporaryDirectory(prefix="kg-scaling-") as t:
        tmp = Path(t)
        print(f"kg build {' '.join(extra)} with the default --jobs (0: one worker per core, {os.cpu_count()} cores here; small inputs stay in one process)")
        print("| input | characters | wall s | CPU s | chars per CPU s | CPU s per MB | peak RSS MB, largest process | peak, all processes: RSS / PSS MB (processes) |")
        print("|---|---|---|---|---|---|---|---|")
        for mb in [float(x) for x in a.mb.split(",") if x]:
            path = tmp / f"news-{mb:g}mb.jsonl"
            chars = corpus(path, mb)
            s, rss, cpu = popen_measured([str(path), "-o", str(tmp / f"out-{mb:g}"), *extra])
            print(f"| news corpus {mb:g} MB | {chars:,} | {s:.1f} | {cpu:.1f} | {chars / cpu:,.0f} | {cpu / mb:.2f} | {rss} | {_all()} |", flush=True)
            shutil.rmtree(tmp / f"out-{mb:g}")
            path.unlink()
        for n in [int(x) for x in a.chars.split(",") if x]:
            path = tmp / f"long-{n}.jsonl"
            long_article(path, n)
            s, rss, cpu = popen_measured([str(path), "-o", str(tmp / f"long-{n}"), *extra])
            print(f"| one article | {n:,} | {s:.1f} | {cpu:.1f} | {n / cpu:,.0f} | | {rss} | {_all()} |", flush=True)
        if not a.no_update:
            report_updates(tmp, a.runs)
        if a.update_mb:
            update_at_scale(tmp, a.update_mb)

if __name__ == "__main__":
    main()
