"""Pages recognised a tagger batch at a time, then linked and related one by one.

The recogniser reads the articles of as many pages at once as make one batch of the tagger
(`Tagger.batch_chars`). A JSONL file's page is one short article, and the tagger decoding one
~700-character text per call costs several times more per character than a batch. Results equal
those of a page at a time: the tagger decodes each text on its own.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .link import article_locale
from .types import Document, Locale, Mention

if TYPE_CHECKING:
    from .ingest import Page
    from .pipeline import Pipeline

P = TypeVar("P")
# a page's articles' locales and their mentions as recognised, in the order of its articles
Recognized = tuple[list[Locale], list[list[Mention]]]


def recognize(pipeline: Pipeline, pages: list[list[Document]]) -> list[Recognized]:
    """Each page's article locales and mentions (one recogniser call for the articles of all)."""
    locales = []
    for docs in pages:
        locale = pipeline.page_locale(docs)
        locales.append([article_locale(d, locale, pipeline.lexicon) for d in docs])
    raws = iter(pipeline.recognizer.many([(d.id, d.text, loc) for docs, locs in zip(pages, locales) for d, loc in zip(docs, locs)]))
    return [(locs, [next(raws) for _ in docs]) for docs, locs in zip(pages, locales)]


def recognize_pages(pipeline: Pipeline, pages: Iterable[P], docs: Callable[[P], list[Document]]) -> Iterator[tuple[P, Recognized]]:
    """(page, its `Recognized`) for each page, in order, read a tagger batch of pages at a time;
    `docs` gives a page's articles. The model loads with the first page, not before."""
    group: list[tuple[P, list[Document]]] = []
    size, batch = 0, -1
    for page in pages:
        if batch < 0:
            tagger = pipeline.recognizer.tagger
            batch = tagger.batch_chars if tagger is not None else 0
        group.append((page, docs(page)))
        size += sum(len(d.text) for d in group[-1][1])
        if size >= batch:
            yield from zip((p for p, _ in group), recognize(pipeline, [d for _, d in group]))
            group, size = [], 0
    if group:
        yield from zip((p for p, _ in group), recognize(pipeline, [d for _, d in group]))


def page_docs(page: Page) -> list[Document]:
    """A page's articles (the `docs` of `recognize_pages` for `kg.ingest.Page`)."""
    return list(page.docs)
