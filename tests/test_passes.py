"""The recogniser's passes after the proposers that change only some types of candidate or mention run only when the list
holds one (kg.recognize.recognizer: `_mentions`, `_NAMED_WHOLE`): the same mentions as when every pass runs."""
from __future__ import annotations

import re

from kg.types import Locale

from .conftest import SEEDS

# one sentence for each pass that is skipped when its types are absent (as a provincial paper would write them)
_EACH_PASS = [
    "建设银行福州分行与招商银行信用卡中心签署合作协议。",  # company_units, pairs_split
    "福建省消费者权益保护委员会投诉部主任表示，",  # society_units
    "闽东电机为福建宁德电机集团控股子公司。",  # copula_split
    "兴业证券和华福证券发布公告称，",  # pairs_split
    "阿里巴巴集团董事局主席在福州表示，",  # boards_shed
    "第二十届中国国际投资贸易洽谈会开幕式在厦门举行。",  # first_sittings
    "海峡论坛大会暨海峡青年节在厦门举行。",  # two_joined
    "国家电网福建至浙江特高压交流输变电工程开工建设。",  # owned_works
    "他在《英雄联盟》比赛中夺冠。",  # titled_bodies
    "中央广播电视总台亚太总站在福州揭牌。",  # units_typed
    "中国—东盟自由贸易区建设取得新进展。",  # dashed_pairs
    "霞浦县三沙镇东山村召开会议。",  # venues, levels
    "来自马德里竞技和莫斯科斯巴达克的球员参加比赛。",  # teams, then unglued
]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return _EACH_PASS + [s for t in texts for s in re.split("(?<=[。！？\n])", t) if s.strip()][:400]


def test_passes_skipped_by_type_change_nothing(pipeline):
    rec = pipeline.recognizer
    texts = _sentences()
    items = [(str(i), t, Locale(province="福建省")) for i, t in enumerate(texts)]
    gated = rec.many(items)
    try:
        rec.every_pass = True
        every = rec.many(items)
    finally:
        rec.every_pass = False
    assert gated == every
    assert any(m.type == "Event" for ms in gated for m in ms) and any(m.type == "Enterprise" for ms in gated for m in ms)
