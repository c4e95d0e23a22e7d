"""Amounts, capacities and dates in news text, normalised to typed values.

Amounts become exact decimals in a stated unit (24.7亿元 -> 2470000000 CNY);
dates are resolved against the article's publication date (今年5月 in a paper
of 2020-08-14 -> 2020-05).  Patterns are compiled once at import.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from . import rescan

_SCALE = {None: 1, "": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
          "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}
_CURRENCY = {"元": "CNY", "人民币": "CNY", "元人民币": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD",
             "日元": "JPY", "英镑": "GBP"}
# physical units -> (unit code, factor to that unit)
_PHYSICAL = {"吨": ("t", 1), "千瓦": ("kW", 1), "兆瓦": ("kW", 10**3), "吉瓦": ("kW", 10**6), "千瓦时": ("kWh", 1),
             "度": ("kWh", 1), "平方米": ("m2", 1), "平米": ("m2", 1), "平方公里": ("km2", 1), "亩": ("mu", 1),
             "立方米": ("m3", 1), "辆": ("vehicle", 1), "台": ("unit", 1), "套": ("set", 1), "片": ("piece", 1)}
_NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_HAS_DIGIT = re.compile(r"\d")
_SCALES = r"(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?"
AMOUNT = re.compile(_NUM + r"\s*" + _SCALES + r"\s*(元人民币|人民币|美元|欧元|港元|港币|日元|英镑|元)")
CAPACITY = re.compile(_NUM + r"\s*" + _SCALES + r"\s*(千瓦时|千瓦|兆瓦|吉瓦|平方公里|平方米|平米|立方米|吨|亩|辆|套|台|片)")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: str  # decimal, lexical form
    unit: str
    start: int  # offsets into the string searched
    end: int


def _decimal(number: str, scale: str | None) -> str:
    value = Decimal(number.replace(",", "")) * _SCALE[scale]
    text = format(value.normalize(), "f")
    return text


def parse_amount(number: str, scale: str | None, currency: str) -> tuple[str, str]:
    """'24.7', '亿', '元' -> ('2470000000', 'CNY'): exact decimal, no float rounding."""
    return _decimal(number, scale), _CURRENCY[currency]


def amount(text: str, pos: int = 0, endpos: int | None = None) -> Quantity | None:
    """The first money amount in text[pos:endpos]."""
    m = AMOUNT.search(text, pos, len(text) if endpos is None else endpos)
    if m is None:
        return None
    try:
        value, unit = parse_amount(m.group(1), m.group(2), m.group(3))
    except InvalidOperation:
        return None
    return Quantity(value, unit, m.start(), m.end())


def capacity(text: str, pos: int = 0, endpos: int | None = None) -> Quantity | None:
    """The first physical quantity (tonnes, kW, m², mu …) in text[pos:endpos], in a base unit."""
    m = CAPACITY.search(text, pos, len(text) if endpos is None else endpos)
    if m is None:
        return None
    unit, factor = _PHYSICAL[m.group(3)]
    try:
        value = Decimal(m.group(1).replace(",", "")) * _SCALE[m.group(2)] * factor
    except InvalidOperation:
        return None
    return Quantity(format(value.normalize(), "f"), unit, m.start(), m.end())


_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}


def count(text: str) -> int | None:
    """'11' or '十一' / '二十' / '一百零五' -> the integer; None if it is no number."""
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _UNIT:
            total += (1 if digit is None else digit) * _UNIT[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


# ------------------------------------------------------------------ dates

_REL_YEAR = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_REL_DAY = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}
_Y = r"(?:(?P<y>(?:19|20)\d\d)\s*年|(?P<ry>今年|本年|去年|上年|前年|明年))"
_M = r"(?P<m>1[0-2]|0?[1-9])\s*月份?"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]"
DATE = re.compile(
    rf"{_Y}\s*(?:{_M}\s*(?:{_D})?)?"
    rf"|(?<![\d.])(?P<m2>1[0-2]|0?[1-9])\s*月份?\s*(?:(?P<d2>3[01]|[12]\d|0?[1-9])\s*[日号])?"
    r"|(?<![\d.月])(?P<d3>3[01]|[12]\d|0?[1-9])\s*日"
    r"|(?P<rd>今天|今日|当天|当日|昨天|昨日|前天|明天|明日)"
)
_DATE_STARTS = rescan._starts(DATE)  # the characters a time expression can start with (kg.rescan works them out)


@dataclass(frozen=True, slots=True)
class When:
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    start: int
    end: int


def _iso(d: str | None) -> date | None:
    if not d:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def dates(text: str, published: str | None, pos: int = 0, endpos: int | None = None) -> list[When]:
    """Time expressions in text[pos:endpos] resolved against the publication date.

    Full dates need no publication date; 今年5月, 8月18日, 3日 and 今天 need one
    and are skipped without it.  A bare day (3日) after the publication day is
    read as the previous month's.
    """
    pub = _iso(published)
    out: list[When] = []
    end = len(text) if endpos is None else endpos
    if _DATE_STARTS is not None and _DATE_STARTS.search(text, pos, end) is None:
        return out  # no character a time expression starts with (most clauses): no scan
    for m in DATE.finditer(text, pos, end):
        w = _resolve(m, pub)
        if w is not None:
            out.append(When(w, m.start(), m.end()))
    return out


def _resolve(m: re.Match[str], pub: date | None) -> str | None:
    if m.group("rd"):
        if pub is None:
            return None
        return (pub + timedelta(days=_REL_DAY[m.group("rd")])).isoformat()
    y, ry = m.group("y"), m.group("ry")
    mo, d = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
    if m.group("d3"):
        if pub is None:
            return None
        day = int(m.group("d3"))
        year, month = pub.year, pub.month
        if day > pub.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return _ymd(year, month, day)
    if y is not None:
        year = int(y)
    elif ry is not None:
        if pub is None:
            return None
        year = pub.year + _REL_YEAR[ry]
    else:
        if pub is None:
            return None
        year = pub.year
    if mo is None:
        return f"{year:04d}" if d is None else None
    month = int(mo)
    if d is None:
        return f"{year:04d}-{month:02d}"
    return _ymd(year, month, int(d))


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def quantity_across(text: str, pos: int) -> int | None:
    """The end of a quantity (8吉瓦, 24.7亿元, 16 万吨) that starts before `pos` and runs to or
    past it, or None: a name found by walking left from its suffix stops at a number, and
    may have kept the unit (8[吉瓦项目])."""
    lo = max(0, pos - 24)
    if not _HAS_DIGIT.search(text, lo, pos):
        return None  # every quantity starts with a digit (most names have none before them)
    for rx in (CAPACITY, AMOUNT):
        for m in rx.finditer(text, lo, min(len(text), pos + 8)):
            if m.start() < pos < m.end():
                return m.end()
    return None
