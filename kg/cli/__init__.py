"""The `kg` command line: each command parses, calls one library function, maps errors.

The group and the shared error handling are in common.py; the commands, by what they touch,
in graph.py (build, backfill, export, validate, stats, viz), queries.py (query, push, serve)
and streams.py (extract, ner).  click is imported only in this package.
"""
from __future__ import annotations

from . import graph, queries, streams  # noqa: F401  (each registers its commands on `main`)
from .common import main

__all__ = ["main"]
