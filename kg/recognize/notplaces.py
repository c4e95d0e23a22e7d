"""Place names read where the words around them say they name no place: a standard time named by its city (北京时间),
a currency named by its country after an amount (250亿挪威克朗), and a division of two characters whose level is the
first character of a post or a word the segmenter reads (代县长: an acting county head, not 代县; 示范县: no 范县), and a
place's name quoted before 号 (“青岛”号: a ship), a place read from nouns of the language alone (工业开发区), 阿拉伯 before no word of
states (阿拉伯谚语), and a place inside a newspaper's title (《纽约时报》). And the bodies that hide places: a suffix name opening with countries
counted (日美两国中央银行: the two countries' banks). And a model place less what it read in around a place's name
(`place_read_on`: 穆巴拉克抵[拉塔基亚], 巴南部[信德省], 圣菲波哥大[以东山区])."""
from __future__ import annotations

import re

from .. import words
from .abbreviations import _ABBR_ANY
from .base import Candidate
from .context import Context

_BODIES = frozenset({"Enterprise", "GovernmentBody", "Organization"})
# countries or provinces by their letters and how many they are (中美两国, 京津冀三地): what a suffix walk read on into
_COUNTED = re.compile("[" + "".join(sorted(_ABBR_ANY)) + "]{2,4}(?:两国|三国|四国|双方|三方|两地|三地)")

# a standard time by its city and what follows it (北京时间6月6日, 北京时间清晨4时45分, 莫斯科时间今天): the time, no place
_CLOCK = re.compile("时间(?:[\\d０-９一二三四五六七八九十]|今|昨|明|凌晨|清晨|早|上午|中午|下午|傍晚|晚|深夜|当天|本月|”)")  # (聚焦“乌镇时间”: a moment named after the place)
# currencies named by their country or region, the Chinese names of ISO 4217 (挪威克朗, 瑞士法郎, 印度卢比, 新加坡元)
_CURRENCY = re.compile("克朗|法郎|马克|卢布|比索|里拉|卢比|第纳尔|兰特|林吉特|比塞塔|先令|雷亚尔|福林|兹罗提|里亚尔|奈拉|谢克尔|迪拉姆|镑|元(?![素首老旦宵月])")
_AMOUNT_BEFORE = re.compile("[\\d０-９][\\d０-９.．,，]*(?:[十百千万亿]+)?$|[一二三四五六七八九十两][十百千万亿]+$")
# posts and bodies whose first character is a level (县长, 市委): 代县|长 reads 代 + 县长
_LEVEL_WORDS = ("县长", "县委", "市长", "市委", "区长", "区委", "县政府", "市政府", "区政府")


def not_places(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """`cands` less the places that name a time, a currency, or a division a word of the language hides, a kind of place, a
    people's adjective, or a periodical named after its city."""
    text = ctx.text
    old = ("时间" in text or "”号" in text or "中国政府" in text or _CURRENCY.search(text) is not None or any(c.type == "Place" and c.end - c.start == 2 for c in cands)
           or _COUNTED.search(text) is not None)  # (each test below this gate's own finds nothing without it)
    read = any(c.type == "Place" and c.rule in _READ for c in cands)
    titled = "《" in text and _PERIODICAL_END.search(text) is not None
    arab = "阿拉伯" in text
    if not (old or read or titled or arab):
        return cands
    return [c for c in cands if not (c.type == "Place" and (old and (_clock(text, c) or _currency(text, c) or _hidden(ctx, c) or _craft(text, c)) or read and c.rule in _READ and _kind_words(ctx, c)
                                                            or arab and _adjective(text, c) or titled and _periodical(text, c)) or old and (_counted(text, c) or _state(text, c)))]


_PERIODICAL_TAILS = ("报", "刊", "杂志")
_PERIODICAL_AFTER = ("周刊", "杂志", "报", "日报", "月刊")
# a title of a newspaper or a magazine (《洛杉矶时报》, 《中国摄影报》, 《经济周刊》, 《时代》周刊)
_PERIODICAL_END = re.compile("(?:报|刊|杂志)》|》(?:周刊|杂志|报|月刊)")


def _periodical_title(text: str, s: int, e: int) -> bool:
    """The title text[s:e] (inside 《》) names a periodical: it ends as one, or 周刊, 杂志, 报 follow its 》."""
    return "《" not in text[s:e] and (text[s:e].endswith(_PERIODICAL_TAILS) or text.startswith(_PERIODICAL_AFTER, e + 1))


def _periodical(text: str, c: Candidate) -> bool:
    """A place inside the title of a newspaper or a magazine named after it (《纽约时报》, 《芝加哥太阳报》, 《中国经营报》): the paper's
    name, no mention of the place (People's Daily labels the paper, CLUENER nothing)."""
    if text.startswith("《", c.end) and (close := text.find("》", c.end)) > 0 and _periodical_title(text, c.end + 1, close):
        return True  # 美国《新英格兰医学杂志》, 英国《每日电讯报》: the paper's country, part of how it is named
    opening = text.rfind("《", 0, c.start + 1)
    closing = text.find("》", c.end)
    return (opening >= 0 and closing >= 0 and "》" not in text[opening : c.start] and "《" not in text[c.end : closing]
            and text[opening + 1 : closing].endswith(_PERIODICAL_TAILS))


# a world region named by its people's adjective, a place only before a word of states or lands (阿拉伯国家, 阿拉伯产油国,
# 阿拉伯世界; not 阿拉伯谚语, 阿拉伯朋友, 阿拉伯数字)
_LANDS_AFTER = re.compile("阿拉伯(?=国家|各国|世界|地区|产油国|半岛|海)")


def _adjective(text: str, c: Candidate) -> bool:
    return text.startswith("阿拉伯", c.start) and c.end == c.start + 3 and _LANDS_AFTER.match(text, c.start) is None


_READ = frozenset({"crf", "suffix.place"})  # places read from the words around them, not found in a list


def _kind_words(ctx: Context, c: Candidate) -> bool:
    """A place the model or a place suffix read that is a kind of place and the words of the language before it, each a dictionary
    noun, those before a frequent one (工业|开发区, 地震|灾区, 政府|大院, 高速公路|服务区), none the gazetteer's place (银川/n|经济|开发区): no
    place's name. Not a word alone (博物馆, 故宫, 西单: CLUENER labels them), not with a rare word (纳米布|沙漠, 百老汇|大道), nor right after
    a place's name, which names it (无锡市锡山|电动车|产业园)."""
    inner = ctx.within(c.start, c.end)
    if len(inner) < 2 or inner[0].start != c.start or inner[-1].end != c.end or ctx.text.endswith("国际机场", 0, c.end) and c.end - c.start > 4:
        return False  # (天府国际机场: an international airport goes by a name, whatever its words, as `generic.common_nouns` has it)
    common = words.common_words()
    return (all((w := common.get(t.text)) is not None and w[1] == "n" and (t is inner[-1] or w[0] >= words.NAME_MIN_FREQ) and (t.start, t.end) not in ctx.places for t in inner)
            and not any(e == c.start for _, e in ctx.places))


def _craft(text: str, c: Candidate) -> bool:
    """A place's name quoted before 号 names a ship, a train or a spacecraft (“青岛”号导弹驱逐舰), no place."""
    return text[c.start - 1 : c.start] == "“" and text.startswith("”号", c.end)


def _state(text: str, c: Candidate) -> bool:
    """中国政府, the state as China's own news names it (代表中国政府和中国人民): the country, no body of its own (a foreign
    government is one: 美国政府, 孟加拉国临时政府, as the news readers list them; `kg.recognize.world._organ_after`)."""
    return c.type in _BODIES and c.end - c.start == 4 and text.startswith("中国政府", c.start)


def _counted(text: str, c: Candidate) -> bool:
    """A suffix rule's body that opens with countries counted (中美两国有关公司): no one body's name; the countries are places."""
    return c.type in _BODIES and c.rule.startswith("suffix.") and _COUNTED.match(text, c.start) is not None


def _clock(text: str, c: Candidate) -> bool:
    return text.startswith("时间", c.end) and _CLOCK.match(text, c.end) is not None


def _currency(text: str, c: Candidate) -> bool:
    return _CURRENCY.match(text, c.end) is not None and _AMOUNT_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


def _hidden(ctx: Context, c: Candidate) -> bool:
    """A gazetteer division of two characters (代县, 范县) whose level opens a post (代|县长) or that starts inside a common word of the
    segmenter's ending where it ends (示范县)."""
    if c.end - c.start != 2 or not c.rule.startswith("gazetteer"):
        return False
    text = ctx.text
    if text.startswith(_LEVEL_WORDS, c.end - 1) and not ctx.is_end(c.end):
        return True
    tok = ctx.token_at(c.start)
    return tok is not None and tok.start < c.start and tok.end == c.end and words.is_common_word(tok.text, words.MIN_FREQ)


_ARRIVALS = frozenset("抵 抵达 到达 飞抵 前往 途经".split())  # between who arrives and where (穆巴拉克抵拉塔基亚)
_PARTS = frozenset("东部 西部 南部 北部 中部 东南部 西南部 东北部 西北部".split())  # a division in a part of a country (巴南部信德省)
_OFF_PLACE = re.compile("以[东南西北]")  # a direction off a place (圣菲波哥大以东山区)


def place_read_on(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """A model place less what it read in around a place's name: who arrives and the verb before it (穆巴拉克抵[拉塔基亚]), the part
    of a country a province lies in (巴南部[信德省]), a direction off it and beyond (圣菲波哥大[以东山区]), and the doubled level of a
    place before a word of its people ([三桥村]村干部: jieba's 村村, every village)."""
    text = ctx.text
    e -= 1 if e - s >= 4 and text[e - 1] in "村镇乡" and text[e - 2] == text[e - 1] else 0
    if (m := _OFF_PLACE.search(text, s + 2, e)) is not None:
        e = m.start()
    verb = next((t for t in ctx.within(s, e)[1:] if (t.text in _ARRIVALS and t.start - s >= 2 or t.text in _PARTS and text[e - 1] in "省州市县") and e - t.end >= 2), None)
    return (verb.end if verb is not None else s), e
