"""Build settings that travel with the graph: `DIR/build.json`.

A build writes what it was built with (kg version, a fingerprint of kg's code and of its
model and lexicon files, base IRI, region, co-occurrence); `kg export`, `validate`, `push`
and `viz` read the base IRI from it, and `kg build --update` takes its base and region from
it and refuses to mix the results of a different kg into the graph.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from .errors import InputError, StoreError
from .vocab import DEFAULT_BASE

FILE = "build.json"


@functools.lru_cache(maxsize=1)
def fingerprints() -> tuple[str, str]:
    """(code, data): hashes of kg's Python files and of its data files (model, lexicons)."""
    root = resources.files("kg")
    out = []
    for pattern in ("**/*.py", "data/*"):
        h = hashlib.sha1()
        for p in sorted(Path(str(root)).glob(pattern)):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(p.relative_to(Path(str(root))).as_posix().encode() + b"\0" + p.read_bytes())
        out.append(h.hexdigest()[:16])
    return out[0], out[1]


@dataclass(frozen=True)
class BuildSettings:
    base: str = DEFAULT_BASE
    region: str | None = None
    cooccurrence: bool = True
    kg: str = ""
    code: str = ""  # fingerprints(): results of another code or model are not mixed in by --update
    data: str = ""
    accurate: bool = False  # `kg build --accurate`: LAC's names too (an update keeps it)

    @classmethod
    def current(cls, base: str | None, region: str | None, accurate: bool = False) -> BuildSettings:
        from . import __version__

        code, data = fingerprints()
        return cls(base=base or DEFAULT_BASE, region=region, kg=__version__, code=code, data=data, accurate=accurate)

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")

    def spool_stamp(self) -> dict[str, str]:
        """What a spool's results depend on (not the base: the spool holds keys, not IRIs)."""
        return {"kg": self.kg, "code": self.code, "data": self.data, "region": self.region or "", "cooccurrence": str(self.cooccurrence),
                **({"accurate": "True"} if self.accurate else {})}

    def mismatch(self, stamp: dict[str, str]) -> str | None:
        """Why results stamped `stamp` cannot be mixed with this build's, or None."""
        mine = self.spool_stamp()
        diff = [k for k in mine if stamp.get(k) != mine[k]]
        if not diff:
            return None
        return ", ".join(f"{k} {stamp.get(k) or '(none)'} (now {mine[k] or '(none)'})" for k in diff)


def read(out: str | Path) -> BuildSettings | None:
    """The settings of the graph in `out`, or None when it has no build.json (built by an older kg)."""
    p = Path(out) / FILE
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
        fields = set(BuildSettings.__dataclass_fields__)
        return BuildSettings(**{k: v for k, v in raw.items() if k in fields})
    except FileNotFoundError:
        return None
    except (ValueError, TypeError) as e:
        raise StoreError(f"{p} is damaged ({e}); rebuild the graph (kg build PATHS --out {out})") from e


def base_of(out: str | Path, given: str | None = None) -> str:
    """The base IRI to use with the graph in `out`: the one given, else the one it was built with."""
    if given:
        return given
    s = read(out)
    return s.base if s else DEFAULT_BASE


def for_update(out: str | Path, base: str | None, region: str | None, accurate: bool = False) -> BuildSettings:
    """The settings of an update of the graph in `out`: its own base, region and mode unless given
    (a different region is refused: it changes what relative names mean; so is --accurate on a
    graph built without it: its pages would be read two ways)."""
    previous = read(out)
    if previous is None:
        raise InputError(f"--update: {out} holds no graph with a {FILE}; build it first: kg build PATHS --out {out}")
    if region and region != previous.region:
        raise InputError(
            f"--update --region {region}: the graph in {out} was built with --region {previous.region or '(inferred)'}; "
            f"an update keeps it (drop --region), or rebuild from all inputs with the new one"
        )
    if accurate and not previous.accurate:
        raise InputError(f"--update --accurate: the graph in {out} was built without --accurate; an update keeps its mode "
                         f"(drop --accurate), or rebuild from all inputs with it")
    return BuildSettings.current(base or previous.base, previous.region, previous.accurate)
