"""The stages in order: read -> recognise -> link -> relate -> RDF.

`Pipeline.process_page` runs one page (a file, or one JSONL record) through
recognition, linking and relation extraction; `build` runs a corpus and
returns the entities, facts and documents that `rdf`/`store` turn into a graph.
"""
from __future__ import annotations

import functools
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import lexicon as lexicon_mod
from .aliased import merged
from .batches import Recognized, page_docs, recognize, recognize_pages
from .ingest import Page, Skipped, read_pages
from .link import Linker, infer_locale, page_scope
from .parallel import page_rows
from .segment import Dictionary, Segmenter, sentences
from .spool import DocOut, EntityPart, Spool, page_counts
from .types import Document, Entity, EntityType, Fact, Key, Locale, Mention, Predicate
from .words import is_common_word

if TYPE_CHECKING:
    from . import relations
    from .recognize import Recognizer


@dataclass
class DocResult:
    doc: Document
    locale: Locale
    mentions: list[Mention]
    facts: list[Fact]


@dataclass
class BuildResult:
    """A built graph: the entity table in memory, every article's results in the spool.

    `documents`, `facts`, `mentions` and `regions` read the spool (alias merges applied)
    each time they are asked for; `pages()` streams them one page at a time."""

    entities: dict[Key, Entity]
    spool: Spool
    moved: dict[Key, Key]  # alias merges: the key a fact was made with -> the entity's key
    hierarchy: list[Fact]  # the gazetteer's locatedIn between the graph's places
    skipped: list[Skipped] = field(default_factory=list)
    chars: int = 0  # characters of all the graph's articles
    seconds: float = 0.0
    processed: int = 0  # pages processed by this build (the others were unchanged in the spool)
    dropped: int = 0  # pages of the previous graph left out (kg build --update --prune)
    _counted: tuple[int, dict[str, Counter[str]]] | None = field(default=None, repr=False, compare=False)

    def pages(self) -> Iterator[list[DocOut]]:
        """Each page's articles with their facts and mentions under the merged keys (a pass to
        the end also counts them for `counts` and `articles`: the save's pass, no other)."""
        for _, _, _, out in self.keyed_pages():
            yield out

    def keyed_pages(self) -> Iterator[tuple[str, str, list[DocOut], list[DocOut]]]:
        """`pages`, each as (page key, digest, articles as the spool holds them, merged)."""
        counted = []
        for key, digest, page in self.spool.keyed_results():
            out = merged(page, self.moved)
            counted.append(page_counts(out))
            yield key, digest, page, out
        self.count(counted)

    def count(self, pages: Iterable[tuple[int, Counter[str]]]) -> None:
        """Set `counts` and `articles` from each page's `page_counts` (however they were had)."""
        articles, relations = 0, Counter(f.predicate for f in self.hierarchy)
        for n, c in pages:
            articles += n
            relations.update(c)
        self._counted = (articles, {"entities": Counter(e.type for e in self.entities.values()), "relations": relations})

    @property
    def documents(self) -> list[Document]:
        return [d.doc for page in self.pages() for d in page]

    @property
    def facts(self) -> list[Fact]:
        return [f for page in self.pages() for d in page for f in d.facts] + self.hierarchy

    @property
    def mentions(self) -> dict[str, list[Key]]:
        """doc id -> entity keys mentioned."""
        return {d.doc.id: d.mentions for page in self.pages() for d in page}

    @property
    def regions(self) -> dict[str, Key]:
        """doc id -> key of the place the paper is from."""
        return {d.doc.id: d.region for page in self.pages() for d in page if d.region}

    def counts(self) -> dict[str, Counter[str]]:
        """Entities by type and relations by predicate (read from the spool once, then kept)."""
        return {k: Counter(v) for k, v in self._summary()[1].items()}

    @property
    def articles(self) -> int:
        """The number of the graph's articles (`len(documents)`, without keeping them)."""
        return self._summary()[0]

    def _summary(self) -> tuple[int, dict[str, Counter[str]]]:
        if self._counted is None:
            sum(1 for _ in self.pages())  # every page read once, for the counts it leaves
        assert self._counted is not None
        return self._counted


class Pipeline:
    """Recognition, linking and relation extraction with one loaded lexicon and segmenter.

    The segmenter and the recogniser (the tagger's tables, jieba's dictionary: most of the
    model's load) are made when first used: an update that finds no new page never loads them.
    """

    def __init__(
        self,
        region: str | None = None,
        *,
        data_dir: str | None = None,
        backend: str = "rjieba",
        cooccurrence: bool = True,
        accurate: bool = False,
    ) -> None:
        self.accurate = accurate  # LAC's names too (kg.recognize.lac): without its extra, AccurateUnavailable at once
        if accurate:
            from .recognize.lac import require
            require()
        self.lexicon = lexicon_mod.load(data_dir)
        self.backend = backend
        self.region = self.lexicon.parse_region(region) if region else None
        self.cooccurrence = cooccurrence
        self.linker = Linker(self.lexicon)

    @functools.cached_property
    def segmenter(self) -> Segmenter:
        from .recognize.world import world_names  # (national works a segmenter cuts inside: 西气东|输二线东段工程)

        words = [(d.name, "ns") for d in self.lexicon.divisions.values() if len(d.name) >= 3] + [(n, "nz") for n, t in world_names().items() if t == "Project"]
        made = self.__dict__.pop("_dictionary", None)  # rjieba's, being made since `recognizer` began
        return Segmenter(words + [(dep.name, "nt") for dep in self.lexicon.departments if len(dep.name) >= 3], backend=self.backend, made=made)

    @functools.cached_property
    def recognizer(self) -> Recognizer:
        if self.backend == "rjieba" and "segmenter" not in self.__dict__:
            self._dictionary = Dictionary()  # made in a thread while kg.recognize is imported (~0.1 s, another core)
        from .recognize import Recognizer

        rec = Recognizer(self.lexicon, self.segmenter)
        return rec.use_lac() if self.accurate else rec

    # ------------------------------------------------------------ one page

    def page_locale(self, docs: list[Document]) -> Locale:
        if self.region is not None:
            return self.region
        if docs and docs[0].locale:
            return docs[0].locale
        return infer_locale(((d.text, d.dateline) for d in docs), self.lexicon)

    def process_page(self, docs: list[Document], recognized: Recognized | None = None) -> list[DocResult]:
        locales, raws = recognized or recognize(self, [docs])[0]  # (recognized: with other pages, kg.batches)
        page = page_scope(d.text for d in docs)
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
        from . import relations

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
        groups = (list(group) for _, group in itertools.groupby(docs, key=lambda d: (d.source, d.id.rsplit("-", 1)[0])))
        for page, recognized in recognize_pages(self, groups, list):
            yield from self.process_page(page, recognized)

    def run_pages(self, pages: Iterable[Page]) -> Iterator[DocResult]:
        """Process pages (a text file's articles, or a JSONL record's) one after another."""
        for page, recognized in recognize_pages(self, pages, page_docs):
            yield from self.process_page(list(page.docs), recognized)

    def build(
        self, paths: Iterable[str | Path], progress: Callable[[DocResult], None] | None = None
    ) -> BuildResult:
        """The graph of the files, folders and globs in `paths` (unreadable ones in `skipped`),
        its spool in memory (`kg.build` keeps it on disk beside the graph)."""
        skipped: list[Skipped] = []
        return self.build_pages(read_pages(paths, skipped), skipped, progress)

    def build_pages(
        self,
        pages: Iterable[Page],
        skipped: list[Skipped],
        progress: Callable[[DocResult], None] | None = None,
        spool: Spool | None = None,
        prune: bool = False,
        jobs: int = 1,
    ) -> BuildResult:
        """Process pages into `spool` (a new one in memory by default; with `jobs` > 1 by worker
        processes, spooled in input order: `kg.parallel.page_rows`), then build the entity table
        and merge aliases. Pages the spool holds with the same digest are not processed again (an
        update: pass a copy of the previous build's spool); with `prune`, the spool's pages not among
        `pages` are dropped. Only the entity table and a few pages' results are in memory at a time."""
        t0 = time.perf_counter()
        spool = spool if spool is not None else Spool()
        known = spool.digests()
        seen: dict[str, bool] = {}  # every page's key (setdefault gives True: the filter reads on)
        processed = 0
        changed = (page for page in pages if seen.setdefault(page.key, True) and known.get(page.key) != page.digest)
        for row in page_rows(self, changed, progress, jobs):
            spool.put_encoded(*row)
            processed += 1
        dropped = spool.drop(set(known) - seen.keys()) if prune else 0
        return self.reduce(spool, skipped, seconds=time.perf_counter() - t0, processed=processed, dropped=dropped)

    def reduce(self, spool: Spool, skipped: list[Skipped], *, seconds: float = 0.0, processed: int = 0, dropped: int = 0) -> BuildResult:
        """The graph of the spool's pages: the entity table as the union of their parts, aliases
        merged once, the gazetteer's hierarchy between its places (a build's reduce step; the
        pages may have been processed anywhere: `kg.backfill` runs them on a Dask cluster)."""
        t0 = time.perf_counter()
        self.linker = table = Linker(self.lexicon)
        for part in spool.parts():
            table.absorb(part.entities, part.aliases, part.why)
        hierarchy = self._hierarchy()
        moved = table.merge_aliases()
        return BuildResult(
            entities=table.result(),
            spool=spool,
            moved=moved,
            hierarchy=hierarchy,
            skipped=skipped,
            chars=spool.chars(),
            seconds=seconds + time.perf_counter() - t0,
            processed=processed,
            dropped=dropped,
        )

    def page_part(self, page: Page, progress: Callable[[DocResult], None] | None = None, recognized: Recognized | None = None) -> tuple[EntityPart, list[DocOut]]:
        """One page's results and its contribution to the entity table (its own Linker's): what
        the spool keeps of it. Depends on the page alone (the map step of a build)."""
        corpus, self.linker = self.linker, Linker(self.lexicon)
        try:
            outs = []
            pairs: set[tuple[Key, Key | str]] = set()  # the co-occurrence layer is bare edges: each pair once
            for r in self.process_page(list(page.docs), recognized):
                mentioned = sorted(set(_mentioned(r.mentions)))
                facts = []
                for f in r.facts:
                    if f.predicate == "coOccursWith":
                        if (f.subject, f.object) in pairs:
                            continue
                        pairs.add((f.subject, f.object))
                    facts.append(f)
                outs.append(DocOut(replace(r.doc, text=""), mentioned, self._region_key(r.locale), one_per_statement(facts)))
                if progress:
                    progress(r)
            lk = self.linker
            return EntityPart(*lk.part()), outs
        finally:
            self.linker = corpus

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


_OWNERS = frozenset({EntityType.ENTERPRISE, EntityType.ORGANIZATION})
_LISTED = ("known.", "gazetteer.", "department.")  # rules that read a name off a list (companies.txt, world names, departments.tsv)


def _owner(m: Mention) -> bool:
    """The company or body a project's or event's name starts with ([南方电网]梅州抽水蓄能电站二期工程,
    [国能宁煤公司]煤制油项目), which the reader lists too: a listed name, or a company's name ending
    with 公司 that is no dictionary word (跨国公司); the model's guesses inside a name are left out."""
    if m.type not in _OWNERS and m.rule != "department.standalone":
        return False
    return m.rule.startswith(_LISTED) or m.rule.endswith(".enterprise") and m.text.endswith("公司") and not is_common_word(m.text, 1)


def _mentioned(mentions: list[Mention]) -> Iterator[Key]:
    """The keys an article mentions by a name of their own: not a place named only inside another name (太原市 of
    太原市公安局), unless it is part of an address written out (湖南长沙浏阳市X公司) or the foreign country that opens
    the name of one of its government bodies (利比亚总统委员会); a company or body nested in a project's or event's
    name is one (kg.recognize.resolve)."""
    # (one-character abbreviations inside a name list its places, they write no address: 京津冀, 长三角)
    nested = [m for m in mentions if m.nested and m.type == EntityType.PLACE and m.key is not None and m.key.name.isdigit() and not m.rule.startswith("abbr.")]
    starts, ends = Counter(m.start for m in nested), Counter(m.end for m in nested)
    # another of them starts where it ends, or ends where it starts (an empty one would be its own neighbour)
    chained = {id(a) for a in nested if starts[a.end] - (a.start == a.end) > 0 or ends[a.start] - (a.start == a.end) > 0}
    states = {m.start for m in mentions if not m.nested and m.type == EntityType.GOVERNMENT_BODY}  # (利比亚总统委员会: 利比亚 is named)
    for m in mentions:
        if m.key is not None and (not m.nested or id(m) in chained or _owner(m) or m.start in states and m.rule == "gazetteer.world"):
            yield m.key


def _clauses(doc: Document, mentions: list[Mention]) -> Iterator[relations.Clause]:
    from . import relations

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


def one_per_statement(facts: list[Fact]) -> list[Fact]:
    from .relations.document import one_per_statement as one

    return one(facts)
