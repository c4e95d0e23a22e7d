"""kg.automata.Automaton finds what a plain pyahocorasick automaton of the same keys finds."""
from __future__ import annotations

import random
from pathlib import Path

import ahocorasick

from kg.automata import OTHER, PAD, Automaton, char_rank

ROOT = Path(__file__).resolve().parents[1]
ASTRAL = "\U00020bb7\U0002a6a5"  # characters beyond the basic plane, in names too (𠮷, a rare one)


def _plain(keys: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for k in keys:
        auto.add_word(k, k)
    auto.make_automaton()
    return auto


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    alphabet = "".join(list(char_rank())[:60]) + "江苏南京浙杭州省市县区" + PAD + OTHER + ASTRAL + "\U0001f600\ud83d\ude00\udfff"  # lone surrogates too
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200))) for _ in range(600)]  # short ones scanned as they are
    long = "江苏" * 40 + PAD + "南京市" + OTHER * 30
    return out + ["", PAD, "南京" + PAD + "市", "浙江省杭州市" + OTHER, long, long + ASTRAL, long + "\ud83d\ude00南京", "\udfff" + long + ASTRAL + "\ud800"]


def _same(keys: list[str]) -> None:
    ours, plain = Automaton((k, k) for k in keys), _plain(keys)
    assert len(ours) == len(keys)
    for text in _texts():
        assert list(ours.iter(text)) == list(plain.iter(text)), text
        assert list(ours.iter_long(text)) == list(plain.iter_long(text)), text


def test_same_matches_as_a_plain_automaton() -> None:
    _same(["江苏", "江苏省", "南京", "南京市", "苏南", "浙江", "浙江省", "杭州", "杭州市", "州市", "省", "市县", "的", "中国", "国家"])


def test_names_beyond_the_basic_plane() -> None:
    _same(["江" + ASTRAL[0] + "市", ASTRAL[1] + "州", "南京"])


def test_keys_holding_the_pad_are_found_too() -> None:
    _same(["南京" + PAD, "江苏", PAD + "市", "杭" + OTHER])  # no pads then: the text is scanned as it is
    _same(["南京\udfff", "江苏"])


def test_pads_never_match() -> None:
    ours = Automaton([("浙江", "浙江")], pad_value="pad")
    text = "".join(c + PAD + OTHER + PAD for c in list(char_rank())[:600])
    assert all(v != "pad" for _, v in ours.iter(text)) and all(v != "pad" for _, v in ours.iter_long(text))


def test_random_keys_and_texts() -> None:
    """Small alphabets make the trie's failure paths dense. pyahocorasick's iter_long is not
    leftmost-longest in every case (keys b and abb, text xab: no b): ours must miss what it misses."""
    rng = random.Random(5)
    for _ in range(3000):
        alphabet = "南京市江苏省"[: rng.randint(2, 6)]
        keys = list({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 8))})
        ours, plain = Automaton((k, k) for k in keys), _plain(keys)
        text = "".join(rng.choice(alphabet + "的x") for _ in range(rng.choice([rng.randint(0, 30), rng.randint(64, 150)])))
        assert list(ours.iter(text)) == list(plain.iter(text)), (keys, text)
        assert list(ours.iter_long(text)) == list(plain.iter_long(text)), (keys, text)
