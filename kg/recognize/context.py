"""A text with its tokens, lookups by offset, and the walk left from a name suffix to where a name starts."""
from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_right

from .. import edges, projects, words
from ..rescan import finditer
from ..segment import Token
from .generic import GENERIC, NOT_BRANDS, unknown_word
from .predicates import NAME_VERBS, predicate_verb

_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·（）()]")
# words that end a name when walking left from its suffix: prepositions, conjunctions, reporting verbs and the verbs that govern an organisation
# greetings and thanks, which banners and notices put before a name (热烈祝贺X集团…, 衷心感谢X公司)
GREETINGS = frozenset("祝贺 热烈祝贺 衷心祝贺 欢迎 热烈欢迎 感谢 衷心感谢 诚挚感谢 恭喜".split())
STOP_WORDS = frozenset(
    """旗下 下属 所属 隶属 从 由 在 与 和 及 以及 本报讯 讯 或 同 向 对 据 经 被 将 为 是 有 了 的 等 把 给 跟 让 于 至 到 自 及其 并 且 而
    记者 本报 会同 联合 邀请 来自 位于 入驻 落户 参加 参与 举办 举行 主办 承办 协办 组织 成立 成为 签约 签署 携手
    支持 帮扶 推动 获悉 了解 表示 介绍 说 称 指出 强调 认为 发布 发出 命名 获得 荣获 授予 设立 依托 通过 这是 也是
    还是 其中 包括 其他 其它 等等 各个 分别 共同 牵头 率先 积极 全力 进一步 不断 正 已 已经 均 都 也 还 又 再 更
    以上 以下 境内 境外 之一 一季度 二季度 三季度 四季度 前三季度 上半年 下半年 年初 年底 年内 全年 今年 去年 明年 今年以来 目前 现在 当前 如今 眼下 当时 此前 一是 二是 三是 四是 五是 首先 其次 近日 日前 近年 近年来 此外 同时 届时 其间 期间 当天 今天 昨天 今晚 昨晚 明天 明晚 随后 之后 以来 首批 首个 首家
    投资 出资 援建 承建 建设 打造 引进 落地 开工 投产 竣工 下线 合作 洽谈 对接 服务 走进 赴 前往 看望 调研 考察
    正在 正是 就是 助力 启动 设置 重视 高度重视 赋能 聚焦 瞄准 对标 围绕 紧扣 根据 按照 通过 借助
    力争 争取 确保 力促 现任 曾任 历任 兼任 担任 出任 原任 后任 先后任 新建 拟建 在建 续建 会见 会晤 出席 主持 陪同
    落实 贯彻 晋级 夺得 战胜 击败 途经 投向 投身 流向 面向 致力 欢度 欢庆 部署 布局 印发 明确 修编 距 地处 下称 简称 又称 统称 新开工 现有 原告 被告 上诉人 被上诉人 申请人 被申请人 第三人 如 例如 比如 诸如 譬如""".split()  # (投向 … 致力: verbs jieba tags nouns; 原告…譬如: a party to a suit, an example: before a name, no word of it)
) | GREETINGS
STOP_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "x", "w", "y", "e", "o", "q", "zg"})
_LEGAL_TAILS = frozenset({"有限公司", "有限责任公司", "股份有限公司", "集团", "公司", "集团有限公司"})
# what a company is to another, written before its name (全资子公司X, 附属公司X): never part of the name
_ROLE_NOUNS = frozenset("子公司 孙公司 全资 附属 参股".split())
# the phase of a work, part of its name (二期工程, 三期项目)
_PHASE = re.compile(r"^[一二三四五六七八九十\d]+期$")
_COUNTED = re.compile(r"^[一两二三四五六七八九十几数多每][项个家批些所座条位名种类场次轮]$")
# what leads the name of an event or programme of a whole country or province (首届…招商大会, 全国科技大会)
_EVENT_SCOPE = frozenset("首届 全国 全省 全市 全区 全县 全州".split())
_VERB_POS = frozenset({"v", "vg", "vd", "vi"})  # not vn: 管理, 服务 … name what a body does
_DASHES, _INNER_CONJ = frozenset("— － - ——".split()), frozenset("与 和 及".split())
# a word that ends a name before a conjunction (工程, 学校: 尖山学校[和]省实验中学 is two names)
_WORK_HEADS = frozenset("工程 项目 基地 中心 园区 大桥 隧道 铁路 公路 电站 学校 小学 中学 大学 学院 医院 公司 集团 协会 学会".split())
# the parts of one work a name lists (东、中线, 二、三期, 9号、10号泊位): a route, phase or berth on either side of 、
_COORD_LEFT = re.compile(r"(?:\d+号|[一二三四五六七八九十]|[东南西北中])$")
_COORD_RIGHT = re.compile(r"(?:\d+号|[一二三四五六七八九十]+[期线号]|[东南西北中][线段])")
_COMMON_NOUN_POS = frozenset({"n", "vn", "l"})
_PROPER_HEAD_POS = frozenset({"ns", "nt", "nz"})
_NOT_BEFORE_CAPACITY = frozenset({"m", "mq", "q", "b", "d", "x", "c", "p", "f", "t", "r", "u", "uj", "v"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_RARE_VERB_FREQ = 100  # a verb jieba saw fewer times than this may be a brand or a place read as a verb (飞腾 85, 天开 19; not 打通 268)
# manner adverbs of official prose (全面提升, 持续推进, 大力发展): the verb after one is a predicate,
# even one that names hold (提升, 发展); jieba tags some as nouns (全面), so they are listed
MANNER_ADVERBS = frozenset("全面 持续 不断 进一步 大力 积极 着力 切实 深入 努力 稳步 继续 有效 充分 全力 更好 加快 加紧".split())
# words for what kind of company the name after them is (an appositive: 龙头企业宁德时代); never a
# legal suffix, so a name does not run on across them to a proper name
KIND_OF_COMPANY = frozenset("企业 龙头企业 领军企业 链主企业 头部企业 国有企业 民营企业 省属企业 市属企业 上市公司 央企 国企 民企 外企 车企 药企 房企".split())
BUILDS = frozenset("建设 打造 新建 兴建 建成 开建".split())  # what is done at a place to what is named after it
_PROPER_NAME_POS = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "eng"})
# verbs that open the clauses of official prose (深化改革, 推进建设); jieba tags some as
# abbreviations (深化: j), so a name opening with one is not read by its tag
POLICY_VERBS = frozenset("深化 推进 推动 加强 加快 实施 促进 落实 构建 完善 健全 优化 强化 巩固 拓展 提升 持续 全面 进一步 大力 积极".split())
# what a work is to a larger one, said before its name (关键性工程, 控制性工程, 配套工程), and networks a line
# is part of (铁路网, 路网)
_WORK_DESCRIPTIONS = ("关键性工程", "控制性工程", "控制性节点工程", "配套工程", "骨干工程", "标志性工程", "重点工程", "铁路网", "路网", "公路网", "主桥", "引桥")
_DESCRIPTION_ENDS, _WORK_HEAD = frozenset(d[-1] for d in _WORK_DESCRIPTIONS), re.compile("高铁|铁路|公路|高速|大桥|水电站|电站|机场|港口|隧道|枢纽")
# units a count goes with, which no name starts with (32项, 2023年, 4月份, 5个)
_COUNT_UNITS = frozenset("项 年 年度 月 月份 日 个 家 座 条 批 所 处 名 位 只 台 套".split())
_LIST_OPENERS = frozenset("、 ， , ： : “ （ ( 。 ； — ——".split())
_CLOSE_QUOTES = ("”", "\"")
_OPEN_QUOTES = ("“", "\"", "《")
# a step of the walk left in Context.name_start: (the name's start, the next token index, whether to go on)
_Step = tuple[int, int, bool]
_EDGE_MARKS = "()（）【】[]《》“”\"'‘’「」、，。；：！？,.;:!? \n\t"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without brackets, quotes and stops at either edge: （李静 -> 李静."""
    while start < end and text[start] in _EDGE_MARKS:
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKS:
        end -= 1
    return start, end


def _owners(n: int, starts: tuple[int, ...], ends: tuple[int, ...]) -> list[int]:
    """Per offset of a text of n characters (and one past its end), the index of the token over it
    (0 where none is), given the tokens' starts and ends: at C speed when they tile the text from 0."""
    if starts and starts[0] == 0 and ends[-1] == n and starts[1:] == ends[:-1]:
        owner = list(itertools.chain.from_iterable(map(itertools.repeat, range(len(starts)), map(operator.sub, ends, starts))))
        owner.append(0)
        return owner
    owner = [0] * (n + 1)
    for i, (a, b) in enumerate(zip(starts, ends)):
        for k in range(a, b):
            owner[k] = i
    return owner


# auxiliaries and prepositions that open a clause's predicate; jieba glues them to a rare verb (要用, 将用)
_AUXILIARY_CHARS = frozenset("要将把被让使能应可得须")


class Context:
    """The text with its tokens, and lookups by offset."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        starts, ends = (tuple(c) for c in itertools.islice(zip(*tokens), 2)) if tokens else ((), ())
        self._starts = dict(zip(starts, range(len(starts))))
        self._ends = dict(zip(ends, range(len(ends))))
        # whether the tokens tile the text (`within` slices them then), and the offsets token_at answers for: [0, _n)
        self._tiled, self._n = bool(starts) and starts[0] == 0 and ends[-1] == len(text) and starts[1:] == ends[:-1], len(text) if tokens else 0
        self._capacities: list[tuple[int, int]] | None = None  # computed on first use
        self._capacity_starts: list[int] = []
        # the last name_start found the name's first word where the segmenter saw a verb, or right
        # after a list comma: a left edge the model's reading should not override
        self.opened = False
        self._owner = _owners(len(text), starts, ends)
        self.places: set[tuple[int, int]] = set()  # the gazetteer's places (梨树, 曲水: jieba may tag them n), set by the recogniser

    def is_start(self, pos: int) -> bool:
        return pos in self._starts

    def is_end(self, pos: int) -> bool:
        return pos in self._ends or pos == len(self.text)

    def ending_by(self, end: int, n: int) -> list[Token]:
        """The last n tokens that end at or before `end`, a token's end (`is_end`)."""
        i = self._ends.get(end, len(self.tokens) - 1)
        return self.tokens[max(i + 1 - n, 0) : i + 1]

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens inside [start, end)."""
        if not self.tokens or start >= end:
            return []
        lo, hi = self._owner[start], self._owner[end - 1]
        toks = self.tokens[lo : hi + 1]  # tiling tokens: only the first and the last may reach outside
        return toks[toks[0].start < start : len(toks) - (toks[-1].end > end)] if self._tiled else [t for t in toks if t.start >= start and t.end <= end]

    def near(self, start: int, end: int) -> list[Token]:
        """The tokens [start, end) touches and two on either side."""
        if not self.tokens or start >= end:
            return []
        return self.tokens[max(self._owner[start] - 2, 0) : self._owner[end - 1] + 3]

    def tokens_from(self, pos: int, n: int) -> list[Token]:
        """The token over `pos` and the n - 1 after it."""
        return self.tokens[self._owner[pos] : self._owner[pos] + n] if 0 <= pos < len(self.text) else []

    def token_at(self, pos: int) -> Token | None:
        return self.tokens[self._owner[pos]] if 0 <= pos < self._n else None

    def _capacity_at(self, pos: int) -> int | None:
        """The start of the capacity (100万千瓦, 2×350兆瓦, 年产5万吨, 千万千瓦级) holding offset pos, if any."""
        if self._capacities is None:  # non-overlapping, in text order: found by bisection
            self._capacities = [m.span() for m in finditer(projects.CAPACITY, self.text)] if any(c in self.text for c in "瓦吨伏箱米") else []  # (each unit holds one)
            self._capacity_starts = [a for a, _ in self._capacities]
        i = bisect_right(self._capacity_starts, pos) - 1
        return self._capacities[i][0] if i >= 0 and pos < self._capacities[i][1] else None

    def _bracketed(self, i: int) -> int | None:
        """Token i closes brackets around a short word (（广东）, （中国）) right after a name word:
        the index of that name word, or None."""
        j = i - 1
        while j >= 0 and self.tokens[j].text not in ("（", "(") and i - j <= 3:
            j -= 1
        if j < 1 or self.tokens[j].text not in ("（", "(") or not 2 <= self.tokens[i].start - self.tokens[j].end <= 6:
            return None
        before = self.tokens[j - 1]
        if before.text in STOP_WORDS or before.pos in STOP_POS or not _NAME_CHAR.match(before.text) or before.end != self.tokens[j].start:
            return None
        return j - 1

    def _across_conjunction(self, i: int, floor: int) -> int | None:
        """The index of the proper word a name starts with, when the conjunction at token i joins
        two common nouns inside it (量子信息与量子科技, 沙漠绿化与沙产业); None when it joins two names
        (华为与中国科学院…) or nothing proper leads the words before it."""
        if i == 0 or i + 1 >= len(self.tokens):
            return None
        before, after = self.tokens[i - 1], self.tokens[i + 1]
        if len(after.text) == 1 and i + 2 < len(self.tokens) and self.tokens[i + 2].start == after.end:
            after = self.tokens[i + 2]  # 与[沙|产业]: the segmenter split a compound's first character off
        if before.pos not in _COMMON_NOUN_POS or after.pos not in _COMMON_NOUN_POS or len(before.text) < 2 or before.text in _WORK_HEADS:
            return None  # 南干线工程和北干线工程: two works, each ending with its head
        for j in range(i - 1, max(i - 6, -1), -1):
            t = self.tokens[j]
            if t.start < floor or t.text in STOP_WORDS or t.pos in STOP_POS or not _NAME_CHAR.match(t.text):
                return None
            if t.pos in _PROPER_HEAD_POS:
                return j
        return None

    @staticmethod
    def _opens_capacity(t: Token, cap: int) -> bool:
        """t, the token before a capacity starting at cap, may be part of the name before it (宁东[200万千瓦],
        华润热电[2×350兆瓦]): a word of two characters or more ending there, no count, edition or function word."""
        return t.end == cap and len(t.text) >= 2 and t.text not in STOP_WORDS and t.pos not in _NOT_BEFORE_CAPACITY

    def _rare_verb_opens(self, i: int) -> bool:
        """Token i, a word the walk stops at, is the first word of the name instead: a word jieba rarely sees as a verb or guessed a conjunction (飞腾, 天开,
        同光: brands and places of rare characters), or one character it read as a verb or an adverb before a foreign or rare name (、费|斯托, 上海莫|德纳),
        right after a list comma, a preposition or the text's start; never a planning verb or an adverb glued to its verb (、做强|自贸试验区, ，再到|前海…)."""
        t = self.tokens[i]
        if len(t.text) == 2 and (t.text in NOT_BRANDS or t.text[0] in "再又也还都就才更仍已曾正均皆亦"):
            return False
        initial = len(t.text) == 1 and t.pos in ("v", "d") and t.text not in STOP_WORDS and t.text not in "仅只就才却皆亦将曾总共约近逾超" and i + 1 < len(self.tokens) and self.tokens[i + 1].pos in ("nrt", "ns", "nr")
        if not initial and (t.pos not in ("v", "c") or len(t.text) < 2 or t.text in STOP_WORDS or t.text[0] in _AUXILIARY_CHARS or t.text[-1] == "于"):
            return False  # 要用|好天津峰会: an auxiliary jieba glued to the verb after it, no name; 起于|南京南站: a verb and its 于
        entry = words.common_words().get(t.text)
        if not initial and (entry is not None and entry[0] >= _RARE_VERB_FREQ or i + 1 < len(self.tokens) and self.tokens[i + 1].pos in ("ns", "nt", "j")):
            return False  # (另有|工商银行, 履新|西南证券: a verb before a place, a body or a short name, where the name opens)
        before = self.tokens[i - 1] if i > 0 else None
        return before is None or before.text in _LIST_OPENERS or before.pos == "p" or initial and before.pos == "ns"

    def _rare_verb_inside(self, i: int, s: int) -> bool:
        """Token i, a verb the walk would stop at, is a word of the name: jieba's dictionary does not hold it (散裂, 招苏: its guess at a word
        it has not seen), between a proper name's word and a noun of the name (not the suffix at s: 国资委[混改]项目; 曲水[才纳]国家…示范区)."""
        t = self.tokens[i]
        if t.text == "口" and t.pos == "q" and i > 0 and self.tokens[i - 1].end == t.start and self.tokens[i - 1].pos in ("n", "ns", "nz"):
            return True  # 亭子|口|灌区: 口 (jieba: a classifier) ends a place's name there, no count
        if t.pos != "v" or len(t.text) != 2 or i == 0 or t.text in STOP_WORDS or t.text[0] in _AUXILIARY_CHARS or "是" in t.text:
            return False  # 詹天佑[奖是]: the copula glued to a name's last character
        before, after, legal = self.tokens[i - 1], self.tokens[i + 1], self.text.startswith(("有限", "集团", "股份", "公司"), s)  # (广州[立白]企业集团有限公司)
        return (t.text not in words.common_words() and before.end == t.start and (before.pos in _PROPER_NAME_POS or (before.start, before.end) in self.places)
                and (after.pos in ("n", "nz", "ns") and after.text not in GENERIC or legal and after.pos in ("n", "vn")) and after.end <= s - (not legal))

    def name_start(self, s: int, floor: int, allow_marks: bool = False, scope: bool = False, event: bool = False) -> int | None:
        """Walk left from offset s over name-like tokens; the start of the name, or None."""
        self.opened = False
        if not self.tokens:
            return None
        i = self._owner[s]
        start = self.tokens[i].start  # a suffix that begins inside a token takes the token
        i -= 1
        open_quote = False
        while i >= 0 and self.tokens[i].start >= max(floor, 0):
            t = self.tokens[i]
            closing = allow_marks and (t.text in _CLOSE_QUOTES or t.text == "》" and self.text.startswith(("第", "首届"), t.end))  # 《湿地公约》第十四届…
            if closing or open_quote:  # “…”: a quoted stretch is the name's, up to its opening mark
                open_quote = closing or t.text not in _OPEN_QUOTES
                start, i = t.start, i - 1
                continue
            if not event and self._predicate(i):
                break  # 持续[提升]农民合作社, 申报[覆盖全国]口岸: a clause's verb, the name starts after it
            if (t.text in KIND_OF_COMPANY or t.text == "基地" and not allow_marks) and self.tokens[i + 1].start == start < s and self.tokens[i + 1].pos in _PROPER_NAME_POS:
                break  # 软件行业领先[企业]东软集团, 链主[企业]比亚迪股份有限公司, 发电设备研究制造[基地]哈电集团: what it is, then its name
            step = self._carry(i, start, s, floor, allow_marks, scope, event) or self._stop(i, start, s, allow_marks)
            start, i, walking = step or (t.start, i - 1, True)
            if not walking:
                break
        if open_quote:
            return None
        return self._trim_generic(start, s, scope)

    def _carry(self, i: int, start: int, s: int, floor: int, allow_marks: bool, scope: bool, event: bool) -> _Step | None:
        """A rule of name_start that carries the name over token i, or ends it there with a new start;
        None when none applies."""
        t = self.tokens[i]
        w = t.text
        if allow_marks and _YEAR.fullmatch(w) and i + 1 < len(self.tokens) and self.tokens[i + 1].text in ("年", "届"):  # (2023届: a class of graduates)
            return t.start, i - 1, True
        cap = self._capacity_at(t.start) if allow_marks and t.pos in ("m", "q", "x", "j") else None
        if cap is not None:  # [100万千瓦]牧光互补项目, 华润热电[2×350兆瓦]热电联产工程: a capacity names a work
            while i >= 0 and self.tokens[i].start >= cap:
                i -= 1
            # 一期4吉瓦及二期[8吉瓦项目], 1条[年产2万吨…生产线]: nothing name-like before the capacity
            return cap, i, i >= 0 and self._opens_capacity(self.tokens[i], cap)
        if scope and w in _EVENT_SCOPE:
            return t.start, i - 1, True  # [首届]粤港澳大湾区全球招商大会
        if event and (w in NAME_VERBS or w in _DASHES and 0 < i and self.tokens[i - 1].pos in _PROPER_HEAD_POS | {"j"}) or w == "和" and edges.field_pair(self.text, t.start, t.end):
            return t.start, i - 1, True  # 全球[服务]贸易峰会, 中国[—]中亚合作论坛: what the event is about
        if w in _ACROSS and start < s and i + 1 < len(self.tokens) and self.tokens[i + 1].start == start and self.tokens[i + 1].pos in ("ns", "nr", "nz"):
            road = i > 0 and self.tokens[i - 1].end == t.start and self.tokens[i - 1].text.endswith(("路", "街", "大道"))
            return t.start, i - 1, road  # [环]北部湾广东水资源配置工程, [跨]黄河桥隧项目: 环/跨/穿 + a place opens the name (济泺路[穿]黄…: a road's crossing)
        if w in ("）", ")") and start < s and (j := self._bracketed(i)) is not None:
            return self.tokens[j].start, j - 1, True  # 巴斯夫[（广东）]一体化基地: a place in brackets inside a name
        if len(w) == 2 and w[0] == "是" and t.pos.startswith("nr") and t.end < s:
            return t.start + 1, i, False  # 原因[是凯]信达公司: jieba read the copula and the name's first character as a name
        if (glued := edges.glued_length(w, lambda: w in words.common_words() or (t.start, t.end) in self.places, self.text[s : s + 40])) and t.end < s:
            return t.start + glued, i, False  # 平陆运河[和川藏]铁路…, [可经港]珠澳大桥: a conjunction (a modal and a preposition) glued to the name's first word
        if w == "、" and start < s and _COORD_LEFT.search(self.text, max(0, t.start - 3), t.start) and _COORD_RIGHT.match(self.text, t.end):
            return t.start, i - 1, True  # 南水北调东[、]中线一期工程, 9号[、]10号泊位工程: parts of one work listed in its name
        if w in _INNER_CONJ and start < s and (j := self._across_conjunction(i, floor)) is not None:
            return self.tokens[j].start, j - 1, True  # 中国科学院量子信息[与]量子科技创新研究院: two fields of one name
        return None

    def _predicate(self, i: int) -> bool:
        """Token i is the verb of a clause, not a word of the name after it: a verb after a manner
        adverb (全面提升, 持续推进), or a common verb glued to what follows (覆盖全国).  Events are
        named by such phrases (推进“三北”工程建设座谈会) and walk on."""
        t = self.tokens[i]
        if i > 0 and self.tokens[i - 1].text in MANNER_ADVERBS and self.tokens[i - 1].end == t.start and (t.pos in _VERB_POS or t.text in NAME_VERBS):
            return True
        return len(t.text) >= 3 and predicate_verb(t.text)

    def _stop(self, i: int, start: int, s: int, allow_marks: bool) -> _Step | None:
        """name_start ends at token i (a stop word, a verb, a count), with the start it leaves; None when it may be the name's."""
        t = self.tokens[i]
        w = t.text
        if "期" in w and _PHASE.match(w) or t.pos in ("d", "a") and (t.start, t.end) in self.places:
            return None  # 北总干渠[一期]工程: jieba tags a phase an adverb; [大连]船舶重工集团: a city tagged an adverb
        if w in _ROLE_NOUNS and not (w == "附属" and i > 0 and self.tokens[i - 1].text.endswith(("大学", "学院"))) or w in ("公司", "企业") and i > 0 and self.tokens[i - 1].text in _ROLE_NOUNS:
            return start, i, False  # 控股[子公司]河南羚锐…, 深国投附属[公司]深国投…: the role, then the name (not a school's 附属医院)
        if self._rare_verb_inside(i, s):
            return None  # 中国[散裂]中子源二期工程, 梨树[招苏]台河治理工程: a word jieba guessed a verb, between a name's words
        if w in STOP_WORDS or t.pos in STOP_POS and not (w == "高速" and self.text.startswith(("集团", "公司", "有限", "股份"), s)) or not _NAME_CHAR.match(w) or (t.pos in _VERB_POS or w in words.noun_tagged_verbs() and not t.end == s == self.tokens[self._owner[s]].start) and w not in NAME_VERBS or edges.ends_name(w) or edges.then_before(w, self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""):
            # a business verb right before the suffix is the name's (国华能源[投资]有限公司)
            suffix_tok = self.tokens[self._owner[s]]
            adjacent = t.end == suffix_tok.start == s and w in ("投资", "控股", "发展") and (suffix_tok.text in _LEGAL_TAILS or self.text.startswith("有限责任", s))
            adjacent = adjacent or w == "投资" and self.tokens[i + 1].text == "促进"  # 南京市[投资]促进中心: investment promotion
            if not (allow_marks and i > 0 and (w == "年" and self.tokens[i - 1].text.isdigit() or w == "届" and _YEAR.fullmatch(self.tokens[i - 1].text))) and not adjacent:
                if self._rare_verb_opens(i):
                    self.opened = True
                    return t.start, i, False  # 、[飞腾]信息技术有限公司, 在[天开]高教科创园: a name's first word
                if len(w) == 2 and w[0] in edges.GLUED_HEADS and s - start <= 1:
                    return t.start + 1, i, False  # 记者[从中]核集团: a preposition glued to the name's first character
                return start, i, False
        if t.pos == "m" and not re.search(r"[一二三四五六七八九十第]", w) and w != "年" and not edges.brand_numeral(w, self.text, s) and not (
                allow_marks and w.isdigit() and self.text.startswith("号", t.end)) or _COUNTED.match(w):
            return start, i, False  # 一项社会系统工程, 一家报社: a count is no part of a name (大连地铁[4]号线工程: a serial is)
        return None

    def _trim_generic(self, start: int, s: int, scope: bool) -> int:
        """start past generic leading words (全省中小企业 -> (nothing); 我省方山县大武小学 -> 方山县大武小学),
        past the unit of a count before it (32[项]灌区工程, 4[月份]中老铁路) and past a verb whose object
        is the name (运营|杭衢高铁, 提升|浙江自贸区)."""
        j = self._starts.get(start)
        after_verb = False  # (the token before was trimmed as a verb: 优化|调整|甬金铁路)
        while j is not None and j + 1 < len(self.tokens) and self.tokens[j].end < s:
            t = self.tokens[j]
            kind = t.text in GENERIC and not (scope and t.text in _EVENT_SCOPE) or self._unit_of_count(j)
            after_verb = not kind and self._verb_before_name(j, after_verb)
            if kind or after_verb:
                start = t.end
                j = self._starts.get(start)
            elif j > 0 and self.tokens[j - 1].text in ("在", "于") and (t.start, t.end) in self.places and self.tokens[j + 1].text in BUILDS and self.tokens[j + 1].end < s:
                start = self.tokens[j + 1].end  # 在[合肥][建设]新能源汽车零部件产业园: where it is built, then the name
                j = self._starts.get(start)
            else:
                break
        return self._after_descriptor(start, s)

    def _after_descriptor(self, start: int, s: int) -> int:
        """start past a description of a work the name follows in apposition (合池高铁关键性工程|池州长江公铁大桥, 高速铁路网|京昆通道,
        a superlative's: 最[北端高铁]|哈伊高铁): the last such description with two characters or more after it."""
        head = _WORK_HEAD.search(self.text, sup, s) if (sup := self.text.rfind("最", max(start - 1, 0), s)) >= 0 else None
        if head is None and (k := self._kind_before_name(start, s)) > start:
            return k  # 新型电站|国家能源集团…智能电站: a kind of work in words of the language, then the name
        if head is None and _DESCRIPTION_ENDS.isdisjoint(self.text[start:s]):
            return start  # no description ends inside (a set test, not ten searches)
        k = max((at + len(d) for d in _WORK_DESCRIPTIONS if (at := self.text.rfind(d, start, s)) >= 0), default=head.end() if head else start)
        return k if s - k >= 2 and self.is_start(k) else start

    def _kind_before_name(self, start: int, s: int) -> int:
        """The end of a kind of work said in common words (新型|电站, 大型|水电站) that opens the span start..s, when a proper
        name (a word of no dictionary or a proper name's, or a place within eight characters) follows it, with four characters or
        more to s; else start."""
        j, common = self._starts.get(start), words.common_words()
        while j is not None and j + 1 < len(self.tokens) and self.tokens[j].end < s - 4 and self.tokens[j].text in common:
            t, nxt = self.tokens[j], self.tokens[j + 1]
            if _WORK_HEAD.fullmatch(t.text) and (nxt.pos in _PROPER_NAME_POS or unknown_word(nxt.text) or any(t.end <= a < t.end + 8 for a, _ in self.places)):
                return t.end  # (the head first: a name after it is looked for only after a kind of work)
            j += 1
        return start

    def _unit_of_count(self, j: int) -> bool:
        """Token j is the unit of the number right before it (32项, 2023年, 4月份)."""
        t = self.tokens[j]
        return t.text in _COUNT_UNITS and t.start > 0 and (self.text[t.start - 1].isdigit() or self.text[t.start - 1] in "一二两三四五六七八九十百千")

    def _verb_before_name(self, j: int, chained: bool = False) -> bool:
        """Token j is a verb of the dictionary (布局, 运营, 提升) and a proper name follows it, or another such verb
        and then the name (优化|调整|杭台高铁: `chained`, where a verbal noun may stand before any name)."""
        t, nxt = self.tokens[j], self.tokens[j + 1]
        if len(t.text) < 2 or nxt.start != t.end:
            return False  # (tested first: the lookups below are for a word of two characters or more, glued to the next)
        entry = words.common_words().get(t.text)
        before_name = nxt.pos in _PROPER_NAME_POS or unknown_word(nxt.text)  # 杭衢: n, no word
        verbal = entry is not None and entry[0] >= _RARE_VERB_FREQ and (entry[1] in ("v", "vd") or entry[1] == "vn" and (nxt.pos in ("ns", "v", "vn") or chained and before_name))
        if not (verbal or t.text in NAME_VERBS):  # not 天开 (19); 优化|长江…通道
            return False
        return before_name or nxt.pos in ("v", "vn") and j + 2 < len(self.tokens) and self._verb_before_name(j + 1, chained=True)


def past_modified_noun(ctx: Context, s: int, limit: int) -> int:
    """s, or the end of the common noun starting at s when 新, 老 or 旧 read as an adjective stands glued before it (新[时代]东北,
    老工业基地): the adjective and the noun are a phrase, no name's start (not 好: 建设好全球南方研究中心). The noun ends before `limit`."""
    tok = ctx.token_at(s)
    prev = ctx.token_at(s - 1) if s > 0 else None
    if tok is None or tok.start != s or tok.end >= limit or prev is None or prev.end != s:
        return s
    return tok.end if prev.text in _PRENOMINAL and prev.pos == "a" and words.is_common_noun(tok.text) else s


_PRENOMINAL = frozenset("新老旧")
# verbs of a work's course before the place it rounds, spans or pierces (环青海湖, 跨黄河, 穿黄, 沿黄): part of its name
_ACROSS = frozenset("环跨穿沿")
