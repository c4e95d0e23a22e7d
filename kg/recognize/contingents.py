"""Contingents named by their serial: the medical teams, peacekeepers, naval escort fleets and polar expeditions a country or a
province sends out batch after batch (第31批援几内亚中国医疗队, 中国第20批赴黎巴嫩维和部队, 海军第40批护航编队, 中国第41次南极考察队,
湖南省第24批援塞拉利昂医疗队). Each is a body of its own that papers name whole, with the sender and the destination; the model
reads the kind alone (南极考察队) or nothing.
"""
from __future__ import annotations

import re

from .base import Candidate, Resources, Scan, proposer

_KINDS = "医疗队|维和部队|维和步兵营|维和工兵分队|快反分队|工兵分队|护航编队|考察队|科考队|防疫队|救援队"
_SENDER = r"(?:中国|中国海军|海军|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,4}自治区)?"
# the sender, the serial, where to (赴黎巴嫩, 援几内亚), maybe the sender again (援几内亚[中国]医疗队), the kind; no clause break inside
_CONTINGENT = re.compile(rf"{_SENDER}第[\d一二三四五六七八九十百零]+[批次](?:赴|援)?[\u4e00-\u9fff（）()]{{0,14}}?(?:{_KINDS})(?![员长])")  # (not 考察队员, 医疗队长)


@proposer("contingents")
def contingents(res: Resources, scan: Scan) -> list[Candidate]:
    """A contingent named by its serial (rule `contingent.serial`), an Organization."""
    text = scan.ctx.text
    if "第" not in text or "批" not in text and "次" not in text:
        return []  # (most texts name none)
    return [Candidate(m.start(), m.end(), "Organization", "contingent.serial", 3) for m in _CONTINGENT.finditer(text)]
