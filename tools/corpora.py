"""The public NER corpora in ../shared/data as training and evaluation examples.

Readers (CLUENER 2020 train.json, People's Daily 1998 char/BIO), the fixed
held-out split and the BIO label codec, shared by tools/train_tagger.py,
bench/eval_ner.py and bench/tagger_variants.py so that all of them use the same
split and label mapping.  Training and evaluation only: the kg package never
imports this (kg/tagger/ is the runtime decoder).
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from pathlib import Path

CLUENER_TYPES = {
    "company": "Enterprise",
    "government": "GovernmentBody",
    "organization": "Organization",
    "address": "Place",
    "scene": "Place",
    "name": "Person",
}
PD98_TYPES = {"ORG": "ORG", "LOC": "Place", "PER": "Person"}  # ORG: any of the three organisation types
HOLDOUT_PERCENT = 15

Example = tuple[str, list[tuple[int, int, str]]]


_GOV_END = re.compile(
    "(?:人民政府|政府|国务院|人大|人大常委会|常委会|政协|法院|检察院|纪委|监委|党委|党组|省委|市委|县委|区委|州委|中央|"
    "海关|军区|部|厅|局|署|委|办|处|科|司|所)$"
)
_NOT_GOV_END = re.compile("(?:研究所|事务所|诊所|派出所)$")


class OrgTyper:
    """Which of Enterprise / GovernmentBody / Organization an organisation name is,
    by its ending: for corpora that label them all ORG (People's Daily)."""

    def __init__(self, suffix_types: dict[str, str], departments: Container[str]) -> None:
        self.suffixes = sorted(((s, t) for s, t in suffix_types.items() if t in ("Enterprise", "Organization")), key=lambda x: -len(x[0]))
        self.departments = departments

    def __call__(self, name: str) -> str:
        if name in self.departments:
            return "GovernmentBody"
        for suffix, typ in self.suffixes:
            if name.endswith(suffix) and len(name) > len(suffix):
                return typ
        if _GOV_END.search(name) and not _NOT_GOV_END.search(name):
            return "GovernmentBody"
        return "Organization"


def _bucket(text: str) -> int:
    """0..99 from a hash of the text (stable across runs and machines)."""
    import hashlib

    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16) % 100


def held_out(text: str) -> bool:
    """The fixed evaluation split: 15 % of each corpus (CLUENER, People's Daily) by a hash of the sentence text."""
    return _bucket(text) < HOLDOUT_PERCENT


def read_silver(path: str | Path, sources: Container[str], share: float = 1.0) -> list[Example]:
    """Silver examples (tools/lac_teacher.py's JSONL) whose source (the "src" before ":") is in
    `sources`: a fixed `share` of them (by a hash of the text, independent of the held-out split's
    order), never a held-out sentence, and each text once."""
    import hashlib
    import json

    out: list[Example] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"].rstrip()  # a piece keeps its line break, which crfsuite's model dump cannot hold
            if rec["src"].split(":", 1)[0] not in sources or text in seen or held_out(text):
                continue
            if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 1000 >= share * 1000:
                continue
            seen.add(text)
            out.append((text, sorted((s, e, t) for s, e, t in rec["ents"] if e <= len(text))))
    return out


def read_cluener(path: str | Path) -> list[Example]:
    """CLUENER train.json -> (text, [(start, end exclusive, project type)]); unmapped labels dropped."""
    import json

    out: list[Example] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            ents = [
                (s, e + 1, CLUENER_TYPES[lab])
                for lab, surfaces in rec.get("label", {}).items()
                if lab in CLUENER_TYPES
                for spans_ in surfaces.values()
                for s, e in spans_
            ]
            out.append((rec["text"], sorted(ents)))
    return out


def read_pd98(path: str | Path) -> list[Example]:
    """People's Daily char/BIO file -> (text, [(start, end exclusive, ORG|Place|Person)])."""
    out: list[Example] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            labs = [t if t == "O" else t[:2] + PD98_TYPES.get(t[2:], t[2:]) for t in tags]
            out.append(("".join(chars), spans(labs)))
            chars.clear()
            tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
                continue
            if len(parts) == 1:  # a space character: the tag alone is left after split()
                chars.append(" ")
                tags.append(parts[0])
            else:
                chars.append(parts[0])
                tags.append(parts[-1])
    flush()
    return out


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) runs of BIO labels; an I- without its B- starts a run."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate(labels):
        if lab == "O" or lab[0] == "B" or lab[2:] != typ:
            if start >= 0:
                out.append((start, i, typ))
                start = -1
            if lab != "O":
                start, typ = i, lab[2:]
    if start >= 0:
        out.append((start, len(labels), typ))
    return out


def bio(n: int, entities: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO labels for spans (start, end exclusive, type); the first span wins an overlap."""
    labels = ["O"] * n
    for s, e, t in entities:
        if any(lab != "O" for lab in labels[s:e]):
            continue
        labels[s] = "B-" + t
        for k in range(s + 1, e):
            labels[k] = "I-" + t
    return labels
