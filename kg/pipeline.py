"""The stages in order: read -> recognise -> link -> relate -> RDF.

`Pipeline.process_page` runs one page (a file, or one JSONL record) through
recognition, linking and relation extraction; `build` runs a corpus and
returns the entities, facts and documents that `rdf`/`store` turn into a graph.
"""
from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import lexicon as lexicon_mod
from . import relations
from .ingest import Page, Skipped, read_pages
from .link import Linker, article_locale, infer_locale, page_scope
from .recognize import Recognizer
from .segment import Segmenter, sentences
from .types import Document, Entity, EntityType, Fact, Key, Locale, Mention, Predicate


@dataclass
class DocResult:
    doc: Document
    locale: Locale
    mentions: list[Mention]
    facts: list[Fact]


@dataclass
class BuildResult:
    documents: list[Document]
    entities: dict[Key, Entity]
    facts: list[Fact]
    mentions: dict[str, list[Key]]  # doc id -> entity keys mentioned
    regions: dict[str, Key]  # doc id -> key of the place the paper is from
    skipped: list[Skipped] = field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, Counter[str]]:
        return {
            "entities": Counter(e.type for e in self.entities.values()),
            "relations": Counter(f.predicate for f in self.facts if f.predicate != "coOccursWith"),
        }


class Pipeline:
    """Recognition, linking and relation extraction with one loaded lexicon and segmenter."""

    def __init__(
        self,
        region: str | None = None,
        *,
        data_dir: str | None = None,
        backend: str = "rjieba",
        cooccurrence: bool = True,
    ) -> None:
        self.lexicon = lexicon_mod.load(data_dir)
        words: list[tuple[str, str]] = [(d.name, "ns") for d in self.lexicon.divisions.values() if len(d.name) >= 3]
        words += [(dep.name, "nt") for dep in self.lexicon.departments if len(dep.name) >= 3]
        self.segmenter = Segmenter(words, backend=backend)
        self.recognizer = Recognizer(self.lexicon, self.segmenter)
        self.region = self.lexicon.parse_region(region) if region else None
        self.cooccurrence = cooccurrence
        self.linker = Linker(self.lexicon)

    # ------------------------------------------------------------ one page

    def page_locale(self, docs: list[Document]) -> Locale:
        if self.region is not None:
            return self.region
        if docs and docs[0].locale:
            return docs[0].locale
        return infer_locale(((d.text, d.dateline) for d in docs), self.lexicon)

    def process_page(self, docs: list[Document]) -> list[DocResult]:
        locale = self.page_locale(docs)
        page = page_scope(d.text for d in docs)
        locales = [article_locale(d, locale, self.lexicon) for d in docs]
        raws = self.recognizer.many([(d.id, d.text, loc) for d, loc in zip(docs, locales)])
        return [self.process(d, loc, raw=raw, page=page) for d, loc, raw in zip(docs, locales, raws)]

    def process(
        self, doc: Document, locale: Locale, linker: Linker | None = None, raw: list[Mention] | None = None, page: str = ""
    ) -> DocResult:
        """Recognise, link and relate one document.

        Entities accumulate in `linker` (default: the pipeline's own, for a
        corpus build); pass a fresh Linker to process records independently.
        `raw`: the document's mentions when already recognised (`Recognizer.many`
        batches documents).  `page`: the scope of the page's relative names
        (`kg.link.page_scope`; default: the document's own text).
        Stages, in one direction: recognition makes the mentions (generic ones,
        such as 监管部门, make no node), linking makes the entities, relations
        make the facts and ask the linker for the entities they imply.
        """
        lk = linker or self.linker
        if raw is None:
            raw = self.recognizer(doc.id, doc.text, locale)
        mentions = lk.link(doc, [m for m in raw if not m.generic], locale, page)
        place_key = self._place_key(locale, lk)
        names = relations.NameRelations(self.lexicon, place_key, lk.implied, locale, self.segmenter.cut)
        context = relations.Context(published=doc.date, locale=locale, place_key=place_key, text=doc.text, names=names, entities=lk.implied)
        facts = relations.extract(_clauses(doc, mentions), with_cooccurrence=self.cooccurrence, context=context)
        return DocResult(replace(doc, locale=locale), locale, mentions, facts)

    def _place_key(self, locale: Locale, linker: Linker) -> Callable[[str], Key | None]:
        def key(surface: str) -> Key | None:
            d = self.lexicon.place(surface, locale)
            return linker.place_entity(d) if d is not None else None

        return key

    # ------------------------------------------------------------ corpus

    def run(self, docs: Iterable[Document]) -> Iterator[DocResult]:
        """Process documents page by page (consecutive documents from one source)."""
        for _, group in itertools.groupby(docs, key=lambda d: (d.source, d.id.rsplit("-", 1)[0])):
            yield from self.process_page(list(group))

    def run_pages(self, pages: Iterable[Page]) -> Iterator[DocResult]:
        """Process pages (a text file's articles, or a JSONL record's) one after another."""
        for page in pages:
            yield from self.process_page(list(page.docs))

    def build(
        self, paths: Iterable[str | Path], progress: Callable[[DocResult], None] | None = None
    ) -> BuildResult:
        """The graph of the files, folders and globs in `paths` (unreadable ones in `skipped`)."""
        skipped: list[Skipped] = []
        return self.build_pages(read_pages(paths, skipped), skipped, progress)

    def build_pages(
        self, pages: Iterable[Page], skipped: list[Skipped], progress: Callable[[DocResult], None] | None = None
    ) -> BuildResult:
        t0 = time.perf_counter()
        documents: list[Document] = []
        facts: list[Fact] = []
        mentioned: dict[str, list[Key]] = {}
        regions: dict[str, Key] = {}
        chars = 0
        cooc: set[tuple[Key, Key]] = set()  # the co-occurrence layer is one graph of bare edges: each pair once
        for r in self.run_pages(pages):
            documents.append(replace(r.doc, text=""))  # the graph keeps evidence sentences, not whole texts
            chars += len(r.doc.text)
            for f in r.facts:
                if f.predicate == "coOccursWith" and not isinstance(f.object, str):
                    if (f.subject, f.object) in cooc:
                        continue
                    cooc.add((f.subject, f.object))
                facts.append(f)
            mentioned[r.doc.id] = sorted({m.key for m in r.mentions if m.key is not None})
            region = self._region_key(r.locale)
            if region:
                regions[r.doc.id] = region
            if progress:
                progress(r)
        facts.extend(self._hierarchy())
        moved = self.linker.merge_aliases()
        facts = _remap(facts, moved)
        mentioned = {d: sorted({moved.get(k, k) for k in ks}) for d, ks in mentioned.items()}
        return BuildResult(
            documents=documents,
            entities=self.linker.result(),
            facts=_dedupe(facts),
            mentions=mentioned,
            regions=regions,
            skipped=skipped,
            chars=chars,
            seconds=time.perf_counter() - t0,
        )

    def _region_key(self, locale: Locale) -> Key | None:
        name = locale.city or locale.province
        d = self.lexicon.place(name, locale) if name else None
        return self.linker.place_entity(d) if d else None

    def _hierarchy(self) -> list[Fact]:
        """locatedIn from each division or zone to its parent (沁源县 -> 长治市 -> 山西省,
        张江高科技园区 -> 浦东新区)."""
        out = []
        places = self.lexicon.divisions
        pending = [k.name for k in self.linker.entities if k.type is EntityType.PLACE and k.name in places]
        seen: set[str] = set()
        while pending:
            code = pending.pop()
            if code in seen:
                continue
            seen.add(code)
            d = self.lexicon.divisions[code]
            if d.parent and d.parent in self.lexicon.divisions:
                parent = self.lexicon.divisions[d.parent]
                child_key, parent_key = self.linker.place_entity(d), self.linker.place_entity(parent)
                out.append(Fact(child_key, Predicate.LOCATED_IN, parent_key, "", 0, 0, "gazetteer.parent", 1.0))
                pending.append(parent.code)
        return out


def _clauses(doc: Document, mentions: list[Mention]) -> Iterator[relations.Clause]:
    top = [m for m in mentions if not m.nested]
    nested = [m for m in mentions if m.nested]
    i = j = 0
    for s in sentences(doc.id, doc.text):
        in_s = []
        while i < len(top) and top[i].start < s.end:
            if top[i].start >= s.start and top[i].end <= s.end:
                in_s.append(top[i])
            i += 1
        nest = []
        while j < len(nested) and nested[j].start < s.end:
            if nested[j].start >= s.start:
                nest.append(nested[j])
            j += 1
        if in_s or "该" in s.text or "我" in s.text or "其" in s.text:  # 该公司注册资本… names its subject by reference
            yield relations.Clause(s, tuple(in_s), tuple(nest))


def _remap(facts: list[Fact], moved: dict[Key, Key]) -> list[Fact]:
    if not moved:
        return facts
    out = []
    for f in facts:
        s = moved.get(f.subject, f.subject)
        o = f.object if isinstance(f.object, str) else moved.get(f.object, f.object)
        if s == o and not f.obj_is_literal:
            continue
        out.append(replace(f, subject=s, object=o) if (s, o) != (f.subject, f.object) else f)
    return out


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in facts:
        k = (f.subject, f.predicate, f.object, f.doc_id, f.start, f.rule)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
