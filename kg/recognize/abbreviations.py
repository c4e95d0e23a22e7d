"""One-character names of countries and provinces where the context makes them unambiguous
(中美关系, 京津冀协同, 访华, 在京, 中方)."""
from __future__ import annotations

import functools
import re

from ..rescan import alternation, finditer
from ..segment import Token
from ..types import replace
from .base import Candidate, Resources, Scan, proposer
from .context import Context

# one-character names of countries (中美, 访华) and provinces (京津冀, 在京); the weak ones
# are common characters and count only next to a strong one
_ABBR_STRONG = frozenset("中美日俄英法德韩朝印巴越泰澳墨京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕港")
_ABBR_ANY = _ABBR_STRONG | frozenset("加意葡荷以伊埃蒙缅柬菲欧非台奥")
ABBR_SIDE = frozenset("中美日俄英法德韩朝印巴越泰澳加意荷以伊埃蒙缅柬菲港台")  # 中方, 美方 (not 西方, 地方)
_ABBR_VISITED = frozenset("华美日俄英法德韩京沪港澳")
# verbs of a ship or a cargo at a port: 抵港, 进港, 离港 name a port, not Hong Kong
_AT_PORT = frozenset("抵进离出到靠停")
_VISIT = frozenset("访来驻在赴旅援对侵抵离返留反亲进晋")
# the scan for them: runs of up to four letters, and visited places that are no run letter (访华)
_ABBR_RUN_RE = re.compile("[" + "".join(sorted(_ABBR_ANY)) + "]{1,4}")
_VISITED_ONLY_RE = re.compile("(?<=[" + "".join(sorted(_VISIT)) + "])[" + "".join(sorted(_ABBR_VISITED - _ABBR_ANY)) + "]")
# what a run the loop below keeps needs: two letters, a letter and 方, or a visit verb and a letter (a gate: most texts have none)
_RUN_GATE = re.compile("[" + "".join(sorted(_ABBR_ANY | _VISIT)) + "][" + "".join(sorted(_ABBR_ANY)) + "方]")
RELATION_AFTER = frozenset(
    """两国 三国 四国 双方 关系 之间 合作 首脑 会谈 会晤 联合 贸易 经贸 友好 建交 边境 边界 战略 对话 峰会 外长 元首 领导 协同
    一体 地区 三地 两地 同胞 等国 友谊 人民 交流 共同 磋商 谈判 军事 外交 政府 青年 企业 间 安全 经济 双边""".split()
)

# names two one-character country names open (中欧班列, China-Europe trains): the countries are part of a
# name there, as places inside names are, and no node of their own (the golds list none)
INSIDE_NAMES = frozenset("班列".split())

# one-character short names of countries and continents (中美关系, 访华, 中方): their full names
COUNTRY_CHARS = {
    "中": "中国", "华": "中国", "美": "美国", "日": "日本", "韩": "韩国", "朝": "朝鲜", "俄": "俄罗斯", "英": "英国", "法": "法国",
    "德": "德国", "意": "意大利", "葡": "葡萄牙", "荷": "荷兰", "欧": "欧洲", "印": "印度", "巴": "巴基斯坦", "越": "越南",
    "泰": "泰国", "缅": "缅甸", "柬": "柬埔寨", "菲": "菲律宾", "墨": "墨西哥", "加": "加拿大", "以": "以色列", "伊": "伊朗",
    "埃": "埃及", "蒙": "蒙古国", "非": "非洲", "奥": "奥地利",
}



def _verb_opens(ctx: Context, i: int) -> bool:
    """The verb of visiting at i opens a word (在|京, 访华), not ends one (母亲|日: a mother's day, no pro-Japan 亲日)."""
    tok = ctx.token_at(i)
    return tok is None or tok.start == i


def _visit_word(res: Resources, tok: Token, i: int) -> bool:
    """jieba's one word of a visit, its place and a word of the dictionary (驻华|使节, 访华|代表团, 驻京|机构): the place is named."""
    return tok.start == i - 1 and tok.end - i >= 3 and res.seg.in_dictionary(tok.text[2:])


_STAY = re.compile("[在赴访]([\u4e00-\u9fff])期间")
_FUNCTION = frozenset("p c d u".split())  # the tags of a function word that a weak letter may be
_HELD_AFTER = frozenset("开幕 闭幕 举行 举办 召开 启动 揭牌 成立".split())


@proposer("abbreviated-places")
def abbreviated_places(res: Resources, scan: Scan) -> list[Candidate]:
    """One-character country and province names where the context makes them
    unambiguous: runs before a relation word (中美关系, 京津冀协同), a visit verb
    before them (访华, 在京), and 方 after them (中方, 美方)."""
    ctx = scan.ctx
    text = ctx.text
    out = _visited_only(res, ctx)
    weak = _alone(ctx) + _in_word(ctx)  # (the letters read whatever follows, alone or opening a word: only where no rule below reads them)
    paired: set[int] = set()
    n = len(text)
    for m in _ABBR_RUN_RE.finditer(text) if _RUN_GATE.search(text) else ():  # runs of up to four (中美日俄)
        i, j = m.span()
        if j - i == 1 and text[j : j + 1] != "方" and not (i > 0 and text[i - 1] in _VISIT):
            continue  # one letter, no 方 after it, no visit before it (中 of 中国, most runs): none of the three below
        while j - i >= 2 and text[i] not in _ABBR_STRONG and COUNTRY_CHARS.get(text[i], "-") not in text and (tok := ctx.token_at(i)) is not None and tok.end == i + 1 and tok.pos in _FUNCTION:
            i += 1  # 确立[以]中非合作引领: a preposition the segmenter read as one, not Israel's letter (unless 以色列 is named)
        run = text[i:j]
        if (tok := ctx.token_at(i)) is not None and (tok.start, tok.end) == (i, j) and tok.pos in _FUNCTION and text[i - 1 : i] not in _VISIT and not any(
                COUNTRY_CHARS.get(ch, "-") in text for ch in run if ch not in "中华"):
            continue  # 国际事务|中以|一个: the segmenter's function word (中以, p), not China and Israel
        related = text[j : j + 2] in RELATION_AFTER or text[j : j + 1] in RELATION_AFTER or j < n and text[j] in "0123456789一二三四两"
        if len(run) >= 2 and related and any(c in _ABBR_STRONG for c in run):
            out.extend(Candidate(k, k + 1, "Place", "abbr.place", 3) for k in range(i, j))
        elif _paired(scan, i, j):
            weak.extend(Candidate(k, k + 1, "Place", "abbr.paired", 0) for k in range(i, j))
            paired.update(range(i, j))
        elif len(run) == 1 and run in ABBR_SIDE and text[j : j + 1] == "方" and ctx.is_start(i) and ctx.is_end(j + 1):
            out.append(Candidate(i, j, "Place", "abbr.place", 3))
        elif i > 0 and text[i - 1] in _VISIT and run[0] in _ABBR_VISITED and not (run[0] == "港" and text[i - 1] in _AT_PORT) and _verb_opens(ctx, i - 1):
            tok = ctx.token_at(i)
            # jieba writes 在京开幕, 在京举行 as one word: the place, then a verb of holding; and 在京以视频方式
            # as 在|京以 (京以, a preposition: 以 is also Israel's letter, so the run is two long)
            one = tok is not None and len(run) == 1 and ((tok.start, tok.end) in ((i - 1, i + 1), (i, i + 1)) or tok.start == i - 1 and text[i + 1 : tok.end] in _HELD_AFTER or _visit_word(res, tok, i))
            if tok and (one or (tok.start, tok.end) == (i, i + 2) and tok.pos in ("p", "c")):
                out.append(Candidate(i, i + 1, "Place", "abbr.place", 3))
    listed = _listed_letters(ctx, {c.start for c in out})
    out += [Candidate(k, k + 1, "Place", "abbr.place", 3) for k in listed]
    out += _stays(res, text, {c.start for c in out})
    if not out and not weak:
        return _named_before(scan, set())  # (most texts: no scan for the sides and runs below)
    return _named(res, scan, sorted(out, key=lambda c: c.start), weak, countries=paired | {k for k in listed if any(text[a] in "中华" for a in listed)})


def _visited_only(res: Resources, ctx: Context) -> list[Candidate]:
    """访华: a visited place that is no run letter."""
    out = []
    for m in finditer(_VISITED_ONLY_RE, ctx.text):
        i = m.start()
        tok = ctx.token_at(i)
        if tok and ((tok.start, tok.end) == (i - 1, i + 1) or (tok.start, tok.end) == (i, i + 1) and _verb_opens(ctx, i - 1) or _visit_word(res, tok, i)):
            out.append(Candidate(i, i + 1, "Place", "abbr.place", 3))
    return out


def _named(res: Resources, scan: Scan, out: list[Candidate], weak: list[Candidate], countries: set[int]) -> list[Candidate]:
    """The letters read (`out`, by start) and those read whatever follows (`weak`, where no other reading took the letter)
    with the place each names: a country where the text names it (`_countries_named`), where a run with 中 or 华 in it
    names countries (中蒙两国, 蒙中俄三方: Mongolia, not Inner Mongolia), as a side in talks does (蒙方), or `countries`
    says so (paired letters, 中、美两国); then the places named before a letter (`_named_before`)."""
    text = scan.ctx.text
    countries = countries | {k for m in _ABBR_RUN_RE.finditer(text) if len(m.group()) >= 2 and ("中" in m.group() or "华" in m.group()) for k in range(*m.span())}
    countries |= {c.start for c in out if c.end - c.start == 1 and text[c.end : c.end + 1] == "方"}
    named = _countries_named(text, {text[c.start] for c in out + weak})
    out = [replace(c, canonical=named.get(text[c.start]) or _abbr_name(res, text[c.start], c.start in countries)) for c in out]
    out += _named_before(scan, {c.start for c in out})
    taken = {c.start for c in out}
    return out + [replace(c, canonical=named.get(text[c.start]) or _abbr_name(res, text[c.start], True)) for c in weak if c.start not in taken]


# two countries' letters, each strong and a country's, that no dictionary word ends or continues (中美在…合作, 日俄高层往来,
# 就日俄和约): the two countries, whatever follows; not after a noun or an adjective they would end a word of (家庭美德), nor
# where a place's name is read (巴中, 英德: cities). They make no graph node (rule abbr.paired: the news dev readers list none
# of 中美直飞, 日韩等市场, 中法…高校), as the lone letters below (abbr.alone)
_PAIR_LETTERS = frozenset(COUNTRY_CHARS) & _ABBR_STRONG
_NOT_BEFORE_PAIR = frozenset("n vn a an ad ng nr nrt nz".split())


def _paired(scan: Scan, i: int, j: int) -> bool:
    ctx, text = scan.ctx, scan.ctx.text
    if j - i != 2 or text[i] == text[i + 1] or not _PAIR_LETTERS.issuperset(text[i:j]):
        return False
    first, before = ctx.token_at(i), ctx.token_at(i - 1) if i else None
    if first is None or first.start != i or not (first.end == j or first.end == i + 1 and ctx.is_start(i + 1) and ctx.is_end(j)) or not ctx.is_end(j):
        return False
    if before is not None and before.end == i and before.pos in _NOT_BEFORE_PAIR:
        return False
    return not any(h[0] < j and h[1] > i for h in scan.hits)


# letters that stand for their country alone in today's Chinese (no surname, no common word opens with them): a word of
# their own is the country (俄将大力整顿, 对俄贷款, 柬首相), unless another letter is glued to them (a run, read above)
_ALONE = re.compile("[俄柬缅]")


def _alone(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out = []
    for m in finditer(_ALONE, text) if _ALONE.search(text) else ():
        i = m.start()
        tok = ctx.token_at(i)
        if tok is None or (tok.start, tok.end) != (i, i + 1) or text[i - 1 : i] in _ABBR_ANY or text[i + 1 : i + 2] in _ABBR_ANY:
            continue
        out.append(Candidate(i, i + 1, "Place", "abbr.alone", 0))
    return out


# words opening with the one-character name of their place, read as the place by People's Daily (its non-held sentences:
# 京剧 11 of 11, 华侨 5 of 6, 华裔 1 of 1, 藏胞, 台资 1 of 1; CLUENER has none of them but 华侨's banks, names read by
# the model): Beijing opera, overseas Chinese, Tibetans, Taiwanese capital. The letter is the place where nothing else
# reads it (not 华侨银行, 北京京剧院), and makes no graph node (abbr.inword, as abbr.alone): a word, no place named
_IN_WORDS = ("京剧", "华侨", "华裔", "藏胞", "台胞", "台资", "港资", "澳资", "藏区")
_IN_WORD = re.compile(alternation(_IN_WORDS))
# and a province's letter with a compass point, a word of its own: the part of the province (川西, 陕北, 苏南, 皖南; People's
# Daily 3 of 3, CLUENER none as a word); not the cities' letters (京东, a company; 津南, 沪东: districts, shipyards), nor 陕西
_COMPASS_LETTERS = "冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂黔滇藏陕川甘蒙"
_COMPASS_PART = re.compile(f"(?!陕西)[{_COMPASS_LETTERS}][东南西北]")
# (either of the two, most texts: neither; the characters in the order first seen, one pattern whatever the hash seed)
_IN_WORD_GATE = re.compile("[" + "".join(dict.fromkeys("".join(w[0] for w in _IN_WORDS) + _COMPASS_LETTERS)) + "]["
                           + "".join(dict.fromkeys("".join(w[1] for w in _IN_WORDS) + "东南西北")) + "]")


def _in_word(ctx: Context) -> list[Candidate]:
    text = ctx.text
    out: list[Candidate] = []
    if not _IN_WORD_GATE.search(text):
        return out
    for m in finditer(_IN_WORD, text):
        i = m.start()
        tok = ctx.token_at(i)
        if tok is None or tok.start != i or tok.end < m.end():
            continue  # inside another word (爱国华侨, 中国京剧: the segmenter's)
        out.append(Candidate(i, i + 1, "Place", "abbr.inword", 0))
    for m in finditer(_COMPASS_PART, text):
        tok = ctx.token_at(m.start())
        if tok is not None and (tok.start, tok.end) == m.span():  # 陕北|高原, not 鲁西亚努 nor 湘西州
            out.append(Candidate(m.start(), m.start() + 1, "Place", "abbr.inword", 0))
    return out


def _stays(res: Resources, text: str, taken: set[int]) -> list[Candidate]:
    """在苏期间, 访华期间: the letter of a province or a country stayed in."""
    out = []
    for m in finditer(_STAY, text) if "期间" in text else ():
        i = m.start(1)
        if (text[i] in res.lex.province_abbr or text[i] in COUNTRY_CHARS or text[i] == "华") and i not in taken:
            out.append(Candidate(i, i + 1, "Place", "abbr.place", 3))
            taken.add(i)
    return out


# letters listed with a mark between them before a word of relation (中、美两国, 京、津、冀三地): each a place
_LISTED_RUN_RE = re.compile("[" + "".join(sorted(_ABBR_ANY)) + "](?:、[" + "".join(sorted(_ABBR_ANY)) + "]){1,3}")


def _listed_letters(ctx: Context, taken: set[int]) -> list[int]:
    """The offsets of the letters of `_LISTED_RUN_RE` runs that a word of relation follows (中、美两国, 中、日关系), one of them a
    strong letter, each starting a word of the segmenter's and the first one a word of its own (not 其中、美国…)."""
    text = ctx.text
    out: list[int] = []
    for m in _LISTED_RUN_RE.finditer(text) if "、" in text else ():
        i, j = m.span()
        letters = range(i, j, 2)
        if not (text[j : j + 2] in RELATION_AFTER or text[j : j + 1] in RELATION_AFTER) or text.startswith("地区", j) or not any(text[k] in _ABBR_STRONG for k in letters):
            continue  # (皖、苏、浙、沪地区: a region written by its provinces' letters, which the news readers do not list)
        first = ctx.token_at(i)
        if first is None or (first.start, first.end) != (i, i + 1) or not all(ctx.is_start(k) for k in letters) or taken.intersection(letters):
            continue
        out.extend(letters)
    return out


# what a lone character is when it is no country's: a function word, a numeral or measure, an adjective, a pronoun
_NOT_SHORT_NAME = frozenset("p c u d m q a r f y e o x".split())
_NUMERAL_BEFORE = re.compile("[0-9０-９一二三四五六七八九十两零百千]")


def _named_before(scan: Scan, taken: set[int]) -> list[Candidate]:
    """A country the text has named in full, then goes by its first character, a word of its own (俄罗斯总统…表示，俄金融市场;
    南斯拉夫政府…对南提出; 印度全境…印全国各地), a run of such characters (美国…哥伦比亚…美哥两国) or one after a verb of
    visiting (驻南): that country, when the last word opening with that character before it is the country's name (not
    阿拉伯国家…中阿: the Arab states). Not 中 or 华 (其中, 中华: read above), not after a numeral (日本…28日) or in brackets
    (刚果（布）), nor a function word, an adjective or a measure the segmenter tags it (美国…很美)."""
    text, countries = scan.ctx.text, world_countries()
    firsts = {text[h[0]] for h in scan.hits if h[2] in ("world", "place") and h[3] in countries.get(h[3][0], ())} - set("中华")
    if not firsts:
        return []
    words = [(t.start, t.text) for t in scan.ctx.tokens if t.text[0] in firsts and len(t.text) >= 2 and t.text[1:] != "方"]  # (吉方: a side, no other name)
    out: list[Candidate] = []
    for tok in scan.ctx.tokens:
        i, n = tok.start, tok.end - tok.start
        if n == 2 and text[i] in _VISIT:
            i, n = i + 1, 1  # 驻南
        elif tok.pos in _NOT_SHORT_NAME or n > 3 or _NUMERAL_BEFORE.fullmatch(text[i - 1 : i] or "-") or text[i - 1 : i] in "（(":
            continue
        if not firsts.issuperset(text[i : i + n]) or taken.intersection(range(i, i + n)):
            continue
        named = [_last_named(text, k, words) for k in range(i, i + n)]
        if all(named):
            out.extend(Candidate(k, k + 1, "Place", "abbr.named", 3, canonical=c) for k, c in zip(range(i, i + n), named))
    return out


def _last_named(text: str, i: int, words: list[tuple[int, str]]) -> str | None:
    """The country the last word before i opening with text[i] begins with, if it does (俄罗斯总统 -> 俄罗斯), and no
    country's name begins at i itself (赴南|苏丹: 南苏丹)."""
    countries = world_countries().get(text[i], ())
    if any(text.startswith(c, i) for c in countries):
        return None
    last = next((w for s, w in reversed(words) if s + len(w) <= i and w[0] == text[i]), None)
    return next((c for c in countries if last is not None and last.startswith(c)), None)


@functools.lru_cache(maxsize=1)
def world_countries() -> dict[str, tuple[str, ...]]:
    """The countries of kg/data/world.tsv (its lines before the section of continents and regions),
    by their first character."""
    from ..lexicon import _data_path

    out: dict[str, list[str]] = {}
    for line in _data_path("world.tsv", None).read_text(encoding="utf-8").splitlines():
        if line.startswith("# --- continents"):
            break
        if line and not line.startswith("#"):
            name = line.partition("\t")[0].strip()
            out.setdefault(name[0], []).append(name)
    return {ch: tuple(names) for ch, names in out.items()}


@functools.lru_cache(maxsize=1)
def world_cities() -> frozenset[str]:
    """The foreign cities of kg/data/world.tsv (its section of cities)."""
    return _world_section(("# --- cities",))


@functools.lru_cache(maxsize=1)
def world_regions() -> frozenset[str]:
    """The regions of kg/data/world.tsv: its continents and regions and its Chinese regions (东南亚, 非洲, 东北, 长三角), not
    its oceans, rivers, lakes and mountains."""
    names = _world_section(("# --- continents", "# --- Chinese regions"))
    return frozenset(n for n in names if not n.endswith(("洋", "海", "河", "江", "湖", "山", "岭", "峡", "川", "原")))


def _world_section(heads: tuple[str, ...]) -> frozenset[str]:
    from ..lexicon import _data_path

    out, inside = set(), False
    for line in _data_path("world.tsv", None).read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            inside = line.startswith(heads)
        elif inside and line and not line.startswith("#"):
            out.add(line.partition("\t")[0].strip())
    return frozenset(out)


def _countries_named(text: str, chars: set[str]) -> dict[str, str]:
    """{character: country} for each of `chars` whose text names one country starting with it that is
    not the character's usual country (巴方 in an article about 巴西 is Brazil, not Pakistan; 吉 in one about
    吉尔吉斯斯坦 is Kyrgyzstan, not Jilin); none when the usual country is named too, or several are."""
    out = {}
    for ch in chars:
        usual = COUNTRY_CHARS.get(ch)
        if usual is not None and usual in text:
            continue  # (a character no country usually goes by, 吉 of 中吉 in an article about 吉尔吉斯斯坦, is that country)
        named = {n for n in world_countries().get(ch, ()) if n in text}
        if len(named) == 1:
            out[ch] = named.pop()
    return out


def _abbr_name(res: Resources, c: str, country: bool = False) -> str | None:
    """京 -> 北京市, 晋 -> 山西省 (province_abbr.tsv); 美 -> 美国 (COUNTRY_CHARS); 澳, 港, 台 are the regions."""
    if country and c in COUNTRY_CHARS:
        return COUNTRY_CHARS[c]
    code = res.lex.province_abbr.get(c)
    if code is not None and code in res.lex.divisions:
        return res.lex.divisions[code].name
    return COUNTRY_CHARS.get(c)


# the posts of a state that follow its country's one-character name in world news (叙总统, 埃外长, 伊总理)
_STATE_POSTS = frozenset("总统 副总统 总理 副总理 首相 副首相 外长 外交部长 防长 国防部长 元首 议长 驻华大使".split())
_STATE_POST_RE = re.compile(alternation(_STATE_POSTS))  # (kg.rescan.alternation: one pattern whatever the hash seed, for kg.regexes)
# letters the segmenter reads as a function word or a numeral (日 of 28日, 以 of 以…身份): a country only after a
# punctuation mark or a function word, and 以 not before a capacity (以总理身份, in the capacity of premier)
_FUNCTION_LETTERS = frozenset("日以")
_OPENING_POS = frozenset("x c p ul uj".split())
_CAPACITY = ("身份", "名义", "的身份", "的名义")


@proposer("titled-countries")
def titled_countries(res: Resources, scan: Scan) -> list[Candidate]:
    """A country by its one-character name before a post of its state (叙总统阿萨德, 会见了埃外长, 。日首相): the
    segmenter reads the character as a word of its own, a place or an abbreviation (ns, j; not 新总统, 老总统:
    adjectives), or 日 and 以 after a punctuation mark or a function word; and it stands for one country
    (`_one_country`)."""
    ctx = scan.ctx
    text = ctx.text
    out = []
    for m in _STATE_POST_RE.finditer(text):
        i = m.start()
        tok, post = ctx.token_at(i - 1) if i else None, ctx.token_at(i)
        if tok is None or post is None or (tok.start, tok.end, post.start) != (i - 1, i, i) or post.text not in _STATE_POSTS:
            continue
        if tok.pos not in ("ns", "j") and not (tok.text in _FUNCTION_LETTERS and _opens_clause(ctx, tok.start) and not text.startswith(_CAPACITY, post.end)):
            continue
        country = _one_country(text, tok.text)
        if country is not None:
            out.append(Candidate(tok.start, tok.end, "Place", "abbr.titled", 3, canonical=country))
    return out


def _opens_clause(ctx: Context, i: int) -> bool:
    """The word at i opens the text or follows a punctuation mark or a function word (，日首相; 会见了以总理)."""
    before = ctx.token_at(i - 1) if i else None
    return before is None or before.pos in _OPENING_POS


def _one_country(text: str, ch: str) -> str | None:
    """The country a one-character name stands for: the one the text names starting with it, else the one it usually
    stands for (COUNTRY_CHARS), else the only country of the world list starting with it (叙 -> 叙利亚, its official name aside)."""
    named = _countries_named(text, {ch}).get(ch)
    if named is not None:
        return named
    countries = world_countries().get(ch, ())
    shortest = min(countries, key=len, default="")
    only = shortest if shortest and all(c.startswith(shortest) for c in countries) else None  # (叙利亚阿拉伯共和国: the same one)
    return COUNTRY_CHARS.get(ch) or only
