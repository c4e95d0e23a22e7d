"""kg.ahead: a fresh build's pages read by a forked process give what read_pages gives, in order."""
from __future__ import annotations

import json
import os
import signal

import pytest

from kg import ahead
from kg.errors import InputError
from kg.ingest import read_pages

from .conftest import SEEDS


class _Memo:
    def __init__(self):
        self.calls = []

    def recall(self, fp):
        return None

    def remember(self, fp, page):
        self.calls.append((fp, page.key, page.digest))


def _inputs(tmp_path):
    recs = tmp_path / "papers.jsonl"
    rows = [
        json.dumps({"id": "zj-1", "date": "2024-05-06", "text": "本报讯 宁波市经信局与浙江大学宁波研究院签署合作协议。"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "zj-1", "text": "本报讯 嘉兴市政府召开民营经济发展大会。"}, ensure_ascii=False),  # a taken id: skipped
        json.dumps({"id": "zj-3", "text": "本报讯 温州市商务局举办外贸企业座谈会。"}, ensure_ascii=False),
    ]
    recs.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    return [str(SEEDS), str(recs), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]


def _read(paths, through_reader):
    skipped, memo = [], _Memo()
    if through_reader:
        with ahead.pages(paths, skipped, memo) as pages:
            got = list(pages)
    else:
        got = list(read_pages(paths, skipped, memo))
    return got, skipped, memo.calls


@pytest.mark.skipif(not ahead.usable(), reason="the reader needs Linux")
def test_the_reader_gives_what_read_pages_gives(tmp_path):
    paths = _inputs(tmp_path)
    assert _read(paths, True) == _read(paths, False)
    got, skipped, calls = _read(paths, True)
    assert len(got) >= 7 and len(skipped) == 4 and len(calls) == len(got)


@pytest.mark.skipif(not ahead.usable(), reason="the reader needs Linux")
def test_an_update_reads_in_process(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked"))
    with ahead.pages([str(SEEDS)], [], _Memo(), fresh=False) as pages:
        assert len(list(pages)) == len(list(read_pages([str(SEEDS)])))


@pytest.mark.skipif(not ahead.usable(), reason="the reader needs Linux")
def test_the_readers_error_is_raised_in_the_build(tmp_path):
    with pytest.raises(InputError, match="missing.txt"), ahead.pages([str(tmp_path / "missing.txt")], None, None) as pages:  # type: ignore[arg-type]
        list(pages)


@pytest.mark.skipif(not ahead.usable(), reason="the reader needs Linux")
def test_a_reader_killed_is_an_error_not_a_short_input(monkeypatch):
    real = ahead._reader

    def dies(paths, fd, skipping, parent):
        os.kill(os.getpid(), signal.SIGKILL)
        real(paths, fd, skipping, parent)

    monkeypatch.setattr(ahead, "_reader", dies)
    with pytest.raises(ahead.ReaderDied), ahead.pages([str(SEEDS)], [], None) as pages:
        list(pages)


@pytest.mark.skipif(not ahead.usable(), reason="the reader needs Linux")
def test_leaving_early_ends_the_reader(monkeypatch):
    forked = []
    real = os.fork

    def fork():
        pid = real()
        forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    with ahead.pages([str(SEEDS)] * 3, [], None) as pages:
        next(pages)
    with pytest.raises(ChildProcessError):  # ended and reaped
        os.waitpid(forked[0], os.WNOHANG)


def test_a_reader_whose_build_closed_the_pipe_ends_quietly():
    # Ctrl-C: the build closes its end while the reader's writer has pages to send; the reader's process ends with
    # nothing on the build's stderr (a thread's traceback there came after the build's own last line)
    import subprocess
    import sys

    code = ("import os, time\nfrom kg.ahead import _Out\nr, w = os.pipe()\nos.close(r)\nout = _Out(w)\n"
            "out.put(('page', 'x' * 100000, []))\ntime.sleep(5)\nprint('still running')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and proc.stderr == "" and "still running" not in proc.stdout, (proc.returncode, proc.stderr)
