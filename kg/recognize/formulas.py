"""Set phrases of political reporting, whose names are no actors of the news: 深入贯彻落实习近平总书记
重要指示精神, 以习近平同志为核心的党中央, 党中央决策部署, 北京时间, “上海精神”.

Papers of every province open and close their reports with such phrases; the leader and the Party
centre they name are the source of a policy being followed, not a party to what the article tells
(the four news golds' readers list neither in them). A name inside one is a mention marked
`generic`: it makes no graph node, so that the leader is not mentionedIn, nor co-occurs with,
every article that cites him. The same name where the article tells what the person did
(习近平会见…) is a mention as any other.
"""
from __future__ import annotations

import re

from ..rescan import alternation, finditer

# 贯彻/落实/学习/牢记 … [name]总书记/同志 … 重要指示/讲话/论述/精神/嘱托 …: following someone's instructions
_FOLLOWED = re.compile(
    r"(?:贯彻|落实|学习|领会|牢记|遵循|践行|按照|根据)[^，。；：、\n]{0,6}?"
    r"(?P<name>[\u4e00-\u9fff]{2,3})(?:总书记|同志|主席)(?:的)?"
    r"(?:重要|关于|对|在|嘱托|殷切|指示|讲话|论述|精神|回信|贺信|系列|提出)"
)
# a doctrine named after a leader ([name]新时代中国特色社会主义思想, [name]经济思想, [name]理论): a theory's name, not its author acting
_DOCTRINE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?=新时代中国特色社会主义思想|(?:经济|外交|法治|强军|生态文明|文化)思想|思想(?!政治|品德|道德|观念|解放|工作)|理论(?!研究|学习|武装|水平|创新|体系|成果|与|和))")
# 以[name]同志为核心的[党中央]: the Party centre named by its core
_CORE = re.compile(r"以(?P<name>[\u4e00-\u9fff]{2,3})同志为核心的(?P<centre>党中央)")
# the national regional strategies named by their region (国家重大区域战略: 黄河流域生态保护和高质量发展, 长江经济带
# 发展, 东北全面振兴): a programme's name, not the place as a party to the news (but 京津冀 of 京津冀协同发展 is: the
# news golds' readers list it there 5 times in 7, the region being no place another name gives)
_STRATEGY = re.compile(r"(?P<region>黄河(?:流域)?|长江|东北)(?:(?<=流域)生态保护和高质量发展|流域生态保护和高质量发展|经济带|全面振兴|振兴)")
# the country's northern frontier as slogans name it (祖国北疆, 北疆绿色长城: Inner Mongolia's, not 北疆 of Xinjiang)
_FRONTIER = re.compile(r"(?<=祖国)北疆|北疆(?=绿色长城|万里|这道)")
# a city named inside a set phrase: the national time standard and the SCO's founding principle (北京时间, “上海精神”)
_CITY_PHRASE = re.compile(r"(?P<city>北京)(?=时间)|(?P<spirit>上海)(?=精神)")
# 贯彻落实[党中央](、国务院)决策部署: the Party centre as the source of a policy (国务院 stays: readers list it)
_DECIDED = re.compile(r"(?P<centre>党中央)(?:[、和]国务院)?(?:的)?(?:重大)?决策部署")


# the slogans of ecological policy, read by the model as names (绿水青山就是金山银山, 山水林田湖草沙一体化保护)
_SLOGAN = re.compile(r"(?P<a>绿水青山)(?:就是|也是|变成|转化为)(?P<b>金山银山)|(?P<c>山水林田湖草沙?)")

# the goals of climate policy (碳达峰、碳中和, the "dual carbon" goals), read by the model as places (峰 ends mountains' names)
_CARBON = re.compile("碳达峰|碳中和")


# what each set phrase above holds (a gate: most texts hold none)
_MARKS = re.compile(alternation(("总书记", "同志", "主席", "思想", "理论", "决策部署", "北京时间", "上海精神", "黄河", "长江", "京津冀", "东北", "北疆", "绿水青山", "山水林田湖草", "碳达峰", "碳中和")))


def formula_spans(text: str) -> set[tuple[int, int]]:
    """The (start, end) of the names inside set phrases of `text`."""
    if _MARKS.search(text) is None:
        return set()
    out = {m.span("name") for m in _FOLLOWED.finditer(text)}
    if "思想" in text or "理论" in text:
        out.update(m.span("name") for m in _DOCTRINE.finditer(text))
    for m in _CORE.finditer(text):
        out.add(m.span("name"))
        out.add(m.span("centre"))
    out.update(m.span("centre") for m in _DECIDED.finditer(text))
    if "北京时间" in text or "上海精神" in text:
        out.update(m.span(m.lastgroup or 0) for m in _CITY_PHRASE.finditer(text))
    out.update(m.span("region") for m in _STRATEGY.finditer(text))
    out.update(m.span() for m in (_FRONTIER.finditer(text) if "北疆" in text else ()))
    if "碳" in text:
        out.update(m.span() for m in _CARBON.finditer(text))
    if "山" in text:
        out.update(m.span(g) for m in finditer(_SLOGAN, text) for g in ("a", "b", "c") if m.group(g))
        out.update((m.start("c") + 2, m.end("c")) for m in finditer(_SLOGAN, text) if m.group("c"))  # (林田湖草沙 read alone)
    return out
