"""The locale votes read an article's text once (kg.locales._division_hits): the names of its opening and of its
body are those separate scans of each read, and a name counted once with its number of mentions votes as each
mention one at a time did, the counters' keys in the same order."""
from __future__ import annotations

from kg import locales
from kg.ingest import read_documents

from .conftest import SEEDS

_MORE = ["山西省太原市迎泽区召开会议。太原市委书记出席，太原市、晋中市和山西省有关部门参加", "浙江杭州！杭州市余杭区？余杭区\n浙江省", "没有地名"]


def _texts() -> list[str]:
    texts = [d.text for d in read_documents([SEEDS])] + _MORE
    return texts + [t[len(t) // 3 :] for t in texts]


def test_opening_and_body_names_are_those_of_their_own_scans(pipeline):
    lex = pipeline.lexicon
    auto = locales._division_automaton(lex)[0]
    for text in _texts():
        first = locales.lead(text)
        found = locales._division_hits(text, lex)
        assert all(text[k : k + len(n)] == n for k, n in found)
        assert [n for k, n in found if k + len(n) <= len(first)] == [n for _, n in auto.iter_long(first)]
        assert [n for k, n in found if k >= len(first)] == [n for _, n in auto.iter_long(text[len(first) :])]


def test_a_name_counted_once_votes_as_its_mentions_did(pipeline):
    lex = pipeline.lexicon
    for text in _texts():
        names = locales._division_names(text, lex)
        for weight in (locales.W_TITLE, locales.W_LEAD, locales.W_BODY, 3):
            one_by_one = locales.Votes()
            for n in names:
                d = lex.place(n)
                if d is not None:
                    one_by_one.add(lex, d, weight)
            counted = locales.Votes()
            counted.names(lex, names, weight)
            for part in ("prov", "city", "county"):
                assert list(getattr(counted, part).items()) == list(getattr(one_by_one, part).items())
