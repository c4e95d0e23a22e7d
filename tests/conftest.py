from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def pipeline():
    from kg.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The seeds built once through the real CLI code path (store, Turtle, TriG, HTML)."""
    import kg

    out = tmp_path_factory.mktemp("out")
    result = kg.build([str(SEEDS)], out=out)
    return out, result


def top_spans(pipeline, text, locale):
    """(text, type) of the top-level mentions the recogniser finds in `text`."""
    return {(m.text, m.type) for m in pipeline.recognizer("d", text, locale) if not m.nested}
