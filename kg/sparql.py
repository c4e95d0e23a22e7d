"""SPARQL over the built graph; named queries shipped as .rq files.

Named query files start with comment lines: `# title: …` and one
`# param: NAME description` per parameter, or `# param: NAME@zh description` for a
parameter bound as a literal with that language tag (a label or headline: the query then
matches it with a triple pattern, which uses an index, instead of a FILTER on STR(), which
scans every label).  Parameters are bound with a VALUES block; each value is serialised and
escaped by Oxigraph as an RDF term, never spliced in as raw text.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .vocab import PREFIXES


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    title: str
    params: tuple[tuple[str, str], ...]
    text: str
    languages: dict[str, str] = field(default_factory=dict)  # parameter -> language tag of its literal


@dataclass(frozen=True, slots=True)
class Table:
    columns: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]]


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    folder = resources.files("kg") / "queries"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
            out[entry.name[:-3]] = parse_named(entry.name[:-3], entry.read_text(encoding="utf-8"))
    return out


def parse_named(name: str, text: str) -> NamedQuery:
    """A named query from its .rq text (title and parameters read off its leading comments)."""
    title = re.search(r"^#\s*title:\s*(.+)$", text, re.M)
    found = [(m[1], m[2], m[3].strip()) for m in re.finditer(r"^#\s*param:\s*(\w+)(?:@([A-Za-z-]+))?\s*(.*)$", text, re.M)]
    params = tuple((n, desc) for n, _, desc in found)
    return NamedQuery(name, title[1].strip() if title else name, params, text, {n: lang for n, lang, _ in found if lang})


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def prepare(sparql: str, params: dict[str, str] | None = None, languages: dict[str, str] | None = None) -> str:
    """The query text with the kg/rdf/… prefixes declared and parameters bound.

    Parameters are bound with a VALUES block at the top of the WHERE clause; each value is serialised
    (and escaped) by Oxigraph as an RDF term, never spliced in as text.
    """
    query = sparql if re.search(r"^\s*PREFIX\s", sparql, re.I | re.M) else _prologue() + sparql
    if params:
        names = list(params)
        for n in names:
            if not re.fullmatch(r"[A-Za-z_]\w*", n):
                raise QueryError(f"parameter name {n!r} is not a SPARQL variable name")
        row = " ".join(str(_term(params[n], (languages or {}).get(n))) for n in names)
        values = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}"
        # at the top of the WHERE group, so FILTERs and BINDs inside it see the values
        where = next((m for m in re.finditer(r"\bWHERE\s*\{", query, re.I) if not _in_comment(query, m.start())), None)
        if where is None:
            raise QueryError("a query with parameters needs an explicit `WHERE {` clause to bind them in")
        query = query[: where.end()] + "\n  " + values + "\n" + query[where.end() :]
    return query


def _in_comment(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return "#" in text[line_start:pos]


Result = Table | bool | list[ox.Triple]


def run(target: ox.Store | str, sparql: str, params: dict[str, str] | None = None, languages: dict[str, str] | None = None) -> Result:
    """Run a query over the union of all graphs of a store, or at a SPARQL endpoint URL.

    An endpoint (Oxigraph server, Fuseki …) should treat its default graph as
    the union of the named graphs (`oxigraph serve --union-default-graph`).
    """
    query = prepare(sparql, params, languages)
    if isinstance(target, str):
        return _run_remote(target, query)
    try:
        res = target.query(query, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise QueryError(f"the SPARQL query does not parse: {e}") from e
    except OSError as e:
        raise QueryError(f"the query failed: {gist(str(e))}") from e
    try:
        return _result(res)  # solutions come as they are read: a SERVICE call fails here
    except (OSError, RuntimeError, SyntaxError) as e:
        raise QueryError(f"the query failed: {gist(str(e))}") from e


def gist(text: str | bytes, limit: int = 200) -> str:
    """A server's answer on one line for an error message: an HTML page's title and text
    without its tags, whitespace collapsed, cut at `limit` characters."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if re.search(r"(?i)<(!doctype|html|head|body|title|h\d|p|div)\b", text):  # a page; <iri>s in other text stay
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>|<!--.*?-->|<!doctype[^>]*>|<[^>]+>", " ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _result(res: object) -> Result:
    if isinstance(res, ox.QueryBoolean):
        return bool(res)
    if isinstance(res, ox.QuerySolutions):
        cols = [v.value for v in res.variables]
        return Table(cols, [list(sol) for sol in res])  # a solution iterates its values in `variables` order
    return list(res)  # type: ignore[call-overload]


def _run_remote(endpoint: str, query: str, timeout: float = 120.0) -> Result:
    import urllib.error
    import urllib.parse
    import urllib.request

    req = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode({"query": query}).encode("utf-8"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body, ctype = resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        raise QueryError(f"{endpoint} answered {e.code} ({gist(e.read())}); {_ENDPOINT_HINT}") from e
    except OSError as e:
        raise QueryError(f"cannot reach the SPARQL endpoint {endpoint}: {e}") from e
    try:
        if "n-triples" in ctype or "turtle" in ctype:
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, fmt)]
        return _result(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
    except SyntaxError as e:  # a web page, a proxy's login page …
        what = "an HTML page" if "html" in ctype or body.lstrip()[:1] == b"<" else (ctype or "an answer without a Content-Type")
        raise QueryError(f"{endpoint} answered {what} ({gist(body)}), not SPARQL results; {_ENDPOINT_HINT}") from e


_ENDPOINT_HINT = "is it the query URL of a SPARQL server (Oxigraph: http://HOST:7878/query, Fuseki: http://HOST:3030/DATASET/query)?"


def run_named(target: ox.Store | str, name: str, params: dict[str, str]) -> Result:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `kg query --list` shows: {', '.join(queries)}")
    q = queries[name]
    missing = [p for p, _ in q.params if p not in params]
    if missing:
        raise QueryError(f"query {name!r} needs --param {missing[0]}=VALUE ({dict(q.params)[missing[0]]})")
    unknown = set(params) - {p for p, _ in q.params}
    if unknown:
        raise QueryError(f"query {name!r} has no parameter {sorted(unknown)[0]!r}; it takes: {', '.join(p for p, _ in q.params) or 'none'}")
    return run(target, q.text, params, q.languages)


def _term(value: str, language: str | None = None) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: <iri> or http(s)://… become IRIs, anything else a string
    (with the language tag, when the parameter has one)."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        return ox.NamedNode(v[1:-1])
    if re.match(r"https?://\S+$", v):
        return ox.NamedNode(v)
    return ox.Literal(v, language=language) if language else ox.Literal(v)


def _text(t: object) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.Literal):
        return t.value
    if isinstance(t, ox.NamedNode):
        return t.value
    return str(t)


def format_result(res: Result, fmt: str = "table") -> str:
    """table (aligned text), csv, json (SPARQL 1.1 JSON results), or Turtle for CONSTRUCT."""
    if isinstance(res, bool):
        return json.dumps({"boolean": res}) if fmt == "json" else ("yes" if res else "no")
    if isinstance(res, list):
        return bytes(ox.serialize(res, None, ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(res.columns)
        w.writerows([[_text(t) for t in row] for row in res.rows])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps(
            {
                "head": {"vars": res.columns},
                "results": {"bindings": [{c: _json_term(t) for c, t in zip(res.columns, row) if t is not None} for row in res.rows]},
            },
            ensure_ascii=False,
            indent=1,
        )
    if fmt != "table":
        raise QueryError(f"unknown output format {fmt!r}; expected table, csv or json")
    cells = [res.columns] + [[_short(_text(t)) for t in row] for row in res.rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(res.columns))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(res.rows)} rows)")
    return "\n".join(lines)


def _json_term(t: object) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "literal", "value": str(t)}


def _short(s: str, n: int = 60) -> str:
    for p, iri in PREFIXES.items():
        if s.startswith(iri):
            s = f"{p}:{s[len(iri):]}"
    return s if len(s) <= n else s[: n - 1] + "…"


def _width(s: str) -> int:
    # CJK characters take two columns in a terminal
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in s)


def read_query_file(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise QueryError(f"cannot read query file {path}: {e}") from e
