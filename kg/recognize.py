"""Sentence text -> Mentions: gazetteers, department names, name suffixes, posts.

Each recogniser proposes candidate spans with a rule id; `resolve` keeps the
longest non-overlapping ones and marks places inside kept names as nested
(太原市 inside 太原市公安局).  A trained tagger plugs in as one more proposer.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import ahocorasick

from . import bylines, edges, projects, words
from .lexicon import Lexicon
from .people import complete_truncated_people, foreign_name
from .quantities import quantity_across
from .segment import Segmenter, Token
from .tagger import MODEL_NAME, Tagger
from .types import Locale, Mention
from .zones import zone_names

CRF_PRIORITY = 1  # among spans of equal length, rules win
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·（）()]")
# words that end a name when walking left from its suffix: prepositions,
# conjunctions, reporting verbs and the verbs that typically govern an organisation
STOP_WORDS = frozenset(
    """旗下 下属 所属 隶属 从 由 在 与 和 及 以及 本报讯 讯 或 同 向 对 据 经 被 将 为 是 有 了 的 等 把 给 跟 让 于 至 到 自 及其 并 且 而
    记者 本报 会同 联合 邀请 来自 位于 入驻 落户 参加 参与 举办 举行 主办 承办 协办 组织 成立 成为 签约 签署 携手
    支持 帮扶 推动 获悉 了解 表示 介绍 说 称 指出 强调 认为 发布 发出 命名 获得 荣获 授予 设立 依托 通过 这是 也是
    还是 其中 包括 其他 其它 等等 各个 分别 共同 牵头 率先 积极 全力 进一步 不断 正 已 已经 均 都 也 还 又 再 更
    今年 去年 明年 目前 近日 日前 近年 近年来 此外 同时 届时 其间 期间 当天 今天 昨天 随后 之后 以来 首批 首个 首家
    投资 出资 援建 承建 建设 打造 引进 落地 开工 投产 竣工 下线 合作 洽谈 对接 服务 走进 赴 前往 看望 调研 考察""".split()
)
STOP_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "x", "w", "y", "e", "o", "q", "zg"})
# leading words that make a name generic (大型国有银行, 相关企业): trimmed, and a
# name that is nothing else is no name
GENERIC = frozenset(
    """老家 家乡 省城 当地的 各 各类 各级 全 全省 全市 全县 全国 全区 本 该 此 这 那 其 我 我省 我市 我县 我区 多家 一家 一批 部分 有关 相关 大型 中型
    小型 小微 中小 中小微 小微企业 中小企业 现场 国有 民营 私营 全资 股份制 政策性 商业 地方 重点 龙头 优秀 优质 知名 骨干 主要 重要 新 老 大 小 好 一些 这些 那些 上述
    参赛 参会 参展 入选 所有 其他 更多 众多 广大 当地 外地 本地 省内 市内 省级 市级 县级 国家级 首届 本届 本次 此次 这次 当前
    二级 三级 一级 下属 旗下 有限 责任 股份 集团 公司 企业 单位 机构 部门 金融 银行 学校 医院 项目 工程 活动 会议""".split()
)
MIN_MARGIN = 1.0
MIN_MARGIN_PERSON = 0.35  # names in running text are often unknown words: the model is less sure of real ones
SURE_MARGIN = 4.0  # a model name this sure sets the left edge of a suffix rule's name ending with it
# groups of people named after their body (太原工业学院科研团队, 公司领导班子): the body is the entity
_GROUP_TAILS = ("科研团队", "研发团队", "团队", "队伍", "领导班子", "班子", "师生", "员工", "职工", "干部职工")

# the last characters of government bodies: those ending >= 3 government names in the
# CLUENER training split (军局府部会行队院委门心办所方关馆处司署党协室…), plus 站 科 厅 组 团
_GOV_LAST = frozenset("军局府部会行队院委门心办所方关馆处司署党协室视织央社组庭大省区政安台装联乡团构宫盟国楼厅站科警")

_LEGAL_TAILS = frozenset({"有限公司", "有限责任公司", "股份有限公司", "集团", "公司", "集团有限公司"})
_LEADING_PREPS = frozenset("由在对向从经据与和及")
_LINK_WORDS = re.compile("隶属于|隶属|属于|旗下|位于|坐落于|总部设在|注册于")
_EVENT_HEADS = ("博览会", "展览会", "交易会", "洽谈会", "推介会", "发布会", "大会", "峰会", "大赛", "嘉年华", "运动会")

# words that qualify a kind of thing, not name one (特色专业镇, 不同类型专业镇, 居住地社区)
_GENERIC_MODIFIERS = frozenset("保险 信托 外资 中资 合资 外商 国内 海外 境外 日式 欧式 美式 连锁 经纪 百货 储户 商业银行 属地 直属 专业 特色 省级 市级 省市 市县 不同 类型 各种 助力 培育 居住地 所在地 户籍地 辖区 周边 附近 这类 此类 同类 新型 传统 现代".split())

# heads that name a kind of body, not one body: a model span made only of these and GENERIC
# words (政府部门, 公安窗口, 市直部门, 省内地方政府, 工会组织) is a mention but no graph node
GENERIC_HEADS = frozenset(
    """部门 窗口 机关 组织 财政 政府 公安 支部 政务 平台 平台公司 中心 职能部门 主管部门 有关部门 相关部门 监管部门
    地方政府 政府部门 金融机构 工会 党委 团委 妇联 村 社区 省 市 县 区 乡 镇 省直 市直 县直 区直 地方 基层 各地
    公安部门 公安机关 检察机关 司法机关 执法部门 村支部 党支部 党组织 工会组织 基层组织 村委会 居委会 疾控中心
    分局 支局 分行 支行 分公司 研究中心 服务中心 办事处""".split()
)


def is_generic(text: str, cut: Callable[[str], list[str]], departments: Container[str], suffixes: Container[str] = ()) -> bool:
    """A name made only of generic words (政府部门, 市财政, 公安), or a kind of business and a
    name suffix (保险公司, 外资银行); a relative name of one body (市政府, 省商务厅: a
    jurisdiction prefix and a department) is not generic."""
    if text in departments and text not in GENERIC_HEADS or len(text) > 1 and text[0] in "省市县区州" and text[1:] in departments:
        return False  # (a bare 疾控中心, 工会, 党委 is a kind of body: the check below)
    if text in GENERIC_HEADS:  # 研究中心: jieba cuts it 研究 + 中心, the kind is the whole word
        return True
    if any(text[k:] in suffixes and (text[:k] in GENERIC or text[:k] in _GENERIC_MODIFIERS) for k in range(1, len(text) - 1)):
        return True
    return all(w in GENERIC or w in GENERIC_HEADS for w in cut(text))


# verbs that occur inside names (供应链管理有限公司, 小企业发展促进局); any other verb ends a name
NAME_VERBS = frozenset(
    """发展 促进 管理 建设 投资 开发 服务 制造 供应 供热 供水 供电 供气 交易 研究 设计 检测 检验 运营 保障 监督 转型 创新
    创业 孵化 培训 咨询 保护 合作 交流 生产 加工 经营 控股 租赁 融资 担保 评估 规划 勘察 施工 安装 运输 贸易 印刷 出版
    推广 振兴 改革 示范 实验 试验 养殖 种植 销售 物流 装备 装配 冶炼 铸造 锻造 发电 储能 采购 救援 执法 审批 治理 防治
    防控 监测 监管 指挥 抗旱 防汛 排水 环卫 教育 培养 孵育 集成 应用 测试 认证 传播 营销 仓储 配送 批发 零售 维修 回收
    利用 处理 净化 节能 节水 环保 招商 引资 联合 合成 提升 改造 升级 智造 传承 保税 综改 发行 结算 清算 委托 托管 驻""".split()
)
# titles written after a name (叶笃正院士, 周恩来总理, 克林顿总统)
TITLES_AFTER = frozenset(
    """同志 先生 女士 院士 教授 博士 总统 总理 副总理 首相 主席 副主席 大使 委员长 总书记 国务卿 议长 外长 部长 省长 市长
    县长 书记 董事长 总经理 总裁 厂长 院长 校长 局长 主任 老师 烈士 将军 大师""".split()
)
# one-character names of countries (中美, 访华) and provinces (京津冀, 在京); the weak ones
# are common characters and count only next to a strong one
_ABBR_STRONG = frozenset("中美日俄英法德韩朝印巴越泰澳墨京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕港")
_ABBR_ANY = _ABBR_STRONG | frozenset("加意葡荷以伊埃蒙缅柬菲欧非台奥")
_ABBR_SIDE = frozenset("中美日俄英法德韩朝印巴越泰澳加意荷以伊埃蒙缅柬菲港台")  # 中方, 美方 (not 西方, 地方)
_ABBR_VISITED = frozenset("华美日俄英法德韩京沪港澳")
_VISIT = frozenset("访来驻在赴旅援对侵抵离返留反亲进晋")
# the scan for them: runs of up to four letters, and visited places that are no run letter (访华)
_ABBR_RUN_RE = re.compile("[" + "".join(sorted(_ABBR_ANY)) + "]{1,4}")
_VISITED_ONLY_RE = re.compile("(?<=[" + "".join(sorted(_VISIT)) + "])[" + "".join(sorted(_ABBR_VISITED - _ABBR_ANY)) + "]")
_RELATION_AFTER = frozenset(
    """两国 三国 四国 双方 关系 之间 合作 首脑 会谈 会晤 联合 贸易 经贸 友好 建交 边境 边界 战略 对话 峰会 外长 元首 领导 协同
    一体 地区 三地 两地 同胞 等国 友谊 人民 交流 共同 磋商 谈判 军事 外交 政府 青年 企业 间 安全 经济 双边""".split()
)
_NOT_NAME_ENDS = frozenset("关系 会谈 会晤 对话 贸易 交流 谈判 磋商 问题 情况".split())
_PROPER = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "eng"})
_COUNTED = re.compile(r"^[一两二三四五六七八九十几数多每][项个家批些所座条位名种类]$")
_OVERSHOOT_POS = frozenset({"t", "tg", "m", "mq", "q", "r", "p", "c", "d", "eng", "x", "f", "u", "uj", "ul"})
_HEADED_POS = frozenset({"n", "nz", "ns", "nt", "j", "l", "b"})
_NR_LIKE = re.compile(r"nr")
_MARKED = re.compile(r"[“”\"《》]|(?:19|20)\d\d年?|第[一二三四五六七八九十百\d]+届")
_BAD_PLACE_NAMES = frozenset({"城区", "郊区", "矿区", "新区", "市辖区", "开发区", "高新区"})
_SPEECH_AFTER = tuple("说表介指称认告强透坦感谈笑回解提")


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    type: str
    rule: str
    priority: int  # higher wins among equal spans
    standalone: bool = True  # False: only usable as a prefix of a longer name
    margin: float = 99.0  # the model's confidence (Tagger.many_scored); rules are sure
    canonical: str | None = None  # the full name when the text abbreviates it (中美 -> 中国, 美国)


def world_names() -> dict[str, str]:
    """Foreign places, regions, landmarks and international organisations (kg/data/world.tsv): name -> type."""
    from .lexicon import _data_path

    out: dict[str, str] = {}
    for line in _data_path("world.tsv", None).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, typ = line.partition("\t")
            out[name.strip()] = typ.strip() or "Place"
    return out


class Recognizer:
    """Proposes and resolves mentions for one document's text."""

    def __init__(self, lexicon: Lexicon, segmenter: Segmenter, model: str | Path | None = MODEL_NAME) -> None:
        """`model`: the CRF to use, a path or the packaged model's name; None for rules alone."""
        self.lex = lexicon
        self.seg = segmenter
        auto = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, str]]] = {}
        for surface, codes in lexicon.by_name.items():
            if len(surface) >= 2 and surface not in _BAD_PLACE_NAMES:
                entries.setdefault(surface, []).append(("place", surface))
        for surface in lexicon.dept_by_surface:
            entries.setdefault(surface, []).append(("dept", surface))
        for suffix, typ, _ in lexicon.suffixes:
            entries.setdefault(suffix, []).append(("suffix", suffix))
        for post in lexicon.posts:
            entries.setdefault(post, []).append(("post", post))
        self.world = world_names()
        self.zones = zone_names(lexicon)  # 经开区, 综改区: short names of the paper's zones
        for name, typ in self.world.items():
            if name not in lexicon.by_name:
                entries.setdefault(name, []).append(("world" if typ == "Place" else "intl", name))
        for key, vals in entries.items():
            auto.add_word(key, (len(key) - 1, key, tuple(kind for kind, _ in vals)))
        auto.make_automaton()
        self._auto = auto
        self._suffix = {s: (t, n) for s, t, n in lexicon.suffixes}
        self.suffix_types = {s: t for s, t, _ in lexicon.suffixes}
        self.words = words.OrdinaryWords(lexicon.province_abbr, lexicon.surnames, lexicon.posts, foreign_name)
        self.tagger: Tagger | None = None
        # the model's names whose labelling beats the best one without them by less than
        # this are dropped: chosen on the held-out corpora (bench/eval_ner.py --min-margin)
        self.min_margin = MIN_MARGIN
        self.min_margin_person = MIN_MARGIN_PERSON
        if model is not None:
            path = None if model == MODEL_NAME else model
            self.tagger = Tagger(self.suffix_types, lexicon.surnames, path)

    # ------------------------------------------------------------ entry

    def __call__(self, doc_id: str, text: str, locale: Locale | None = None) -> list[Mention]:
        """Mentions in text; `locale` lets county short forms of the paper's own province stand alone."""
        return self.many([(doc_id, text, locale)])[0]

    def many(self, items: Sequence[tuple[str, str, Locale | None]]) -> list[list[Mention]]:
        """The mentions of several (doc id, text, locale) at once: the model decodes them in one batch."""
        prepared = [(text, self.seg.tokens(text), self.hits(text)) for _, text, _ in items]
        tagged: list[list[tuple[int, int, str, float]] | None] = (
            list(self.tagger.many_scored(prepared)) if self.tagger is not None else [None] * len(items)
        )
        return [
            self._mentions(doc_id, text, locale, tokens, hits, spans)
            for (doc_id, _, locale), (text, tokens, hits), spans in zip(items, prepared, tagged)
        ]

    def _mentions(
        self, doc_id: str, text: str, locale: Locale | None, tokens: list[Token], hits: list[tuple[int, int, str, str]],
        model_spans: list[tuple[int, int, str, float]] | None,
    ) -> list[Mention]:
        ctx = _Context(text, tokens)
        cands: list[_Cand] = []
        home = self.lex._province_code(locale)
        places = self._places(ctx, hits, home[:2] if home else None)
        places += self._world(ctx, hits)
        cands.extend(places)
        cands.extend(_Cand(s, e, "Place", "zone.short", 2) for s, e in self.zones.spans(text, ctx.is_start, ctx.is_end, locale))
        place_end: dict[int, _Cand] = {}
        for c in places:
            if c.end not in place_end or place_end[c.end].start > c.start:
                place_end[c.end] = c
        cands.extend(self._departments(ctx, hits, place_end))
        cands.extend(self._suffixed(ctx, hits, place_end))
        cands.extend(self._people(ctx, hits))
        cands.extend(self._abbreviations(ctx))
        cands.extend(self._abbreviated_places(ctx))
        cands.extend(self._brand_names(ctx, place_end))
        if model_spans is not None:
            model = self._tagged(ctx, hits, places, model_spans)
            people = {(c.start, c.end) for c in model if c.type == "Person"}
            # a word jieba calls a name before 说/表示 (阳光透过…, 智能化提升) needs the model's agreement
            cands = [c for c in cands if c.rule != "person.speaker" or (c.start, c.end) in people]
            cands = _defer_left_edges(cands, _uncrossed(model, cands), ctx)
            # names the model is unsure of (a toss-up, see Tagger.many_scored) only served to
            # correct a rule's left edge above; they are no mentions
            cands = [c for c in cands if c.margin >= (self.min_margin_person if c.type == "Person" else self.min_margin)]
        return complete_truncated_people(text, resolve(doc_id, text, cands))

    # ------------------------------------------------------------ model

    def _tagged(
        self, ctx: _Context, hits: list[tuple[int, int, str, str]], places: list[_Cand], spans: list[tuple[int, int, str, float]]
    ) -> list[_Cand]:
        """The model's spans, less those the lexicon reads better: a run of divisions
        (山西省沁源县 -> 山西省 + 沁源县) and generic words before a name suffix (股份制银行)."""
        full_places = {(c.start, c.end) for c in places if c.rule == "gazetteer.division"}
        places_from = _by_start(full_places)
        division_spans = [(c.start, c.end) for c in places if c.rule.startswith("gazetteer.")]
        named_ends = {e for s, e, kind, _ in hits if kind in ("dept", "suffix")}
        suffix_at = {e: (s, key) for s, e, kind, key in hits if kind == "suffix"}
        legal = {s: e for s, e, kind, key in hits if kind == "suffix" and self.suffix_types[key] == "Enterprise" and len(key) >= 2 and ctx.is_end(e)}
        out = []
        for s, e, t, margin in spans:
            s, e = _trim(ctx.text, s, e)
            while t == "Enterprise" and e in legal:  # 山西建设投资集团 + 有限公司
                e = legal[e]
            tail = next((w for w in _GROUP_TAILS if ctx.text.endswith(w, s, e) and e - s > len(w) + 1), None)
            if tail and t != "Person":  # 太原工业学院科研团队: the body is the name, its team is not
                e -= len(tail)
            if e - s == 1 and t == "Place" and ctx.text[s] in COUNTRY_CHARS:  # 中, 美 of 中美关系
                out.append(_Cand(s, e, t, "crf", CRF_PRIORITY, margin=margin, canonical=COUNTRY_CHARS[ctx.text[s]]))
                continue
            if t != "Person" and e not in named_ends:  # 湖北国投[成立交银信托]: the model read on across the verb
                e = edges.before_verb(ctx.within(s, e), e, lambda w: w.pos == "v" and w.text in STOP_WORDS and w.text not in NAME_VERBS)
            if e - s < 2 or ctx.text[e - 2 : e] in _NOT_NAME_ENDS:  # 中美关系 is no organisation
                continue
            if t == "Person":
                while e > s and ctx.text[e - 1] in "·•．-":  # 贾斯汀· cut at a line end
                    e -= 1
                name = ctx.text[s:e]
                if not (_person_like(ctx, s, e) or margin >= SURE_MARGIN and foreign_name(name)):
                    continue
                if self.lex.place(name) is not None:  # 清徐 (老陈醋): a place's short name
                    continue
                if self.words(ctx.text, ctx.near(s, e), s, e, t):
                    continue  # 科普, 晋商: a word, not a name
            else:
                while s < e and (tok := ctx.token_at(s)) is not None and tok.start == s and tok.end - tok.start == 1 and tok.pos in ("p", "c"):
                    s += 1  # 由[省投资促进局]主办
                if e - s > 3 and ctx.text[s] in _LEADING_PREPS and e in named_ends:
                    s += 1  # 由省 read as one word: [由][省投资促进局]
                while (tok := ctx.token_at(s)) is not None and tok.start == s and tok.end < e and (tok.text in GENERIC or tok.text in _GENERIC_MODIFIERS):
                    s = tok.end  # [属地]公安迎泽分局: a generic word before the name
                tok = ctx.token_at(s)
                if tok is not None and tok.start < s and tok.pos in ("a", "ad", "d", "v", "vn", "l", "m"):
                    continue  # the model cut a word: 优[秀服务机构], 一体[化经济区], 第[八检察部]
                last = ctx.token_at(e - 1)
                if last is not None and last.end > e and last.start >= s and (
                    last.pos in ("a", "ad", "an", "d", "l")  # [日美安]全合作 (not at verbs: jieba glues 处+处长, 桥+到)
                    or last.start == e - 1 and words.is_common_noun(last.text) and ctx.text[e - 1] not in _PLACE_ENDS  # [沁源县党]参
                ):
                    continue  # the model cut a word at its end
                dep = self.lex.dept_by_surface.get(ctx.text[s:e]) or self.lex.dept_by_surface.get(ctx.text[s + 1 : e])
                if dep and t in ("GovernmentBody", "Organization"):
                    t = dep[0].type  # 关工委: the department list knows what it is
                inner = ctx.within(s, e)
                if not edges.name_like(inner, NAME_VERBS, self.suffix_types, e in named_ends) or _LINK_WORDS.search(ctx.text, s, e) or edges.joins_names(inner, named_ends):
                    continue  # 华润万家隶属于华润集团: two names and the link between them
                name = ctx.text[s:e]
                if any(name[:k] in _NOT_BRANDS and name[k:] in _SECTORS for k in (1, 2, 3)):
                    continue  # 新兴产业, 清洁能源: kinds of industry, not a company
                if t == "Enterprise" and self.words(ctx.text, ctx.near(s, e), s, e, t):
                    continue  # 抗药性
                if t == "GovernmentBody" and name[-1] not in _GOV_LAST and _CJK.match(name[-1]):
                    continue  # 山西清洁能源: a government body ends like one
            if quantity_across(ctx.text, s) is not None:
                continue  # 8[吉瓦及二期]: no name starts inside a quantity
            if _tiled(s, e, full_places, places_from):  # a run of divisions (山西省沁源县) is places, whatever the model says
                continue
            if t == "Place" and not _place_shaped(ctx.text, s, e, division_spans):
                continue
            suf = suffix_at.get(e)
            if suf and suf[0] > s and not _distinctive(ctx.text[s : suf[0]], ctx, s, suf[0], t, {}, self.seg.cut):
                continue
            if t in ("Organization", "Enterprise", "GovernmentBody") and ctx.text.endswith(_EVENT_HEADS, s, e) and not ctx.text.endswith("代表大会", s, e):
                t = "Event"  # 中国国际进口博览会: held, not a body
            out.append(_Cand(s, e, t, "crf", CRF_PRIORITY, margin=margin))
        return out

    def hits(self, text: str) -> list[tuple[int, int, str, str]]:
        """Every gazetteer match in text: (start, end, kind, key), kind place|dept|suffix|post."""
        return [(e - back, e + 1, kind, key) for e, (back, key, kinds) in self._auto.iter(text) for kind in kinds]

    # ------------------------------------------------------------ places

    def _places(self, ctx: _Context, hits: list[tuple[int, int, str, str]], home: str | None) -> list[_Cand]:
        out = []
        sure: set[str] = set()  # short forms that stand alone somewhere in the text
        for s, e, kind, key in hits:
            if kind != "place":
                continue
            codes = self.lex.by_name[key]
            full = any(self.lex.divisions[c].name == key for c in codes)
            levels = {self.lex.divisions[c].level for c in codes}
            if not ctx.is_start(s):
                # 沁源县箭杆村: a full name may start inside a token only after another place
                if not full:
                    continue
            if full:
                out.append(_Cand(s, e, "Place", "gazetteer.division", 3))
                continue
            tok = ctx.token_at(s)
            aligned = ctx.is_end(e)
            # a county's short form (锦江, 尖山) is a common word or a brand more often than
            # not; it stands alone only for counties of the paper's own province
            local = home is not None and any(c[:2] == home for c in codes)
            strong = aligned and (
                bool(levels & {"province", "city"}) or local and bool(tok and tok.pos in {"ns", "nz", "nt", "j", "n"})
            )
            if strong and key in self.lex.word_shorts and not local:
                strong = _place_context(ctx, s, e, hits)  # 迎着朝阳: the morning sun, not 朝阳市
            elif not strong and aligned and tok is not None and tok.pos in _SHORT_PLACE_POS and _place_context(ctx, s, e, hits):
                strong = True  # 到凯里, 在凯里: another province's county, where the text says it is a place
            out.append(_Cand(s, e, "Place", "gazetteer.short", 2, standalone=bool(strong)))
            if strong:
                sure.add(key)
        # one sense per text: a short form the text once shows to be a place is that place
        # wherever it stands alone as a word (先到凯里 … 凯里坐车)
        return [replace(c, standalone=True) if not c.standalone and c.rule == "gazetteer.short" and ctx.text[c.start : c.end] in sure
                and ctx.is_start(c.start) and ctx.is_end(c.end) else c for c in out]

    def _world(self, ctx: _Context, hits: list[tuple[int, int, str, str]]) -> list[_Cand]:
        """Names from world.tsv on word boundaries, or heading a noun (中国国情, 美国式).

        Below the model in priority: 利物浦 the club, 巴西 the team are its call."""
        out = []
        for s, e, kind, key in hits:
            if kind not in ("world", "intl") or not ctx.is_start(s):
                continue
            tok = ctx.token_at(s)
            if ctx.is_end(e) or kind == "world" and tok is not None and tok.pos in _HEADED_POS and not _NR_LIKE.match(tok.pos):
                out.append(_Cand(s, e, self.world[key], "gazetteer.world", 0))
        return out

    # ------------------------------------------------------------ government

    def _departments(
        self, ctx: _Context, hits: list[tuple[int, int, str, str]], place_end: dict[int, _Cand]
    ) -> list[_Cand]:
        out: list[_Cand] = []
        text = ctx.text
        post_starts = {s for s, _, kind, _ in hits if kind == "post"}
        for s, e, kind, key in hits:
            if kind != "dept" or not ctx.is_end(e) and not _dept_continues(text, e) and e not in post_starts:
                continue  # 市委书记: a post may follow the body inside one word
            for dep in self.lex.dept_by_surface[key]:
                start = self._dept_start(text, s, dep.style, place_end)
                if start is None:
                    continue
                out.append(_Cand(start, e, dep.type, f"department.{dep.style}", 4))
        return _chain(out, text)

    def _dept_start(self, text: str, s: int, style: str, place_end: dict[int, _Cand]) -> int | None:
        if style == "standalone":  # 国防部; a foreign country's own (俄罗斯国防部, 美国商务部)
            prev = place_end.get(s)
            return prev.start if prev is not None and prev.rule == "gazetteer.world" else s
        p = s
        if style == "party":  # 省委宣传部: the 委 before the department
            if p == 0 or text[p - 1] != "委":
                return None
            p -= 1
        if p in place_end:
            return place_end[p].start
        if p > 0 and text[p - 1] in "省市县区州旗" and (p < 2 or text[p - 2] not in "全本该各每跨分城"):
            return p - 1
        if style == "party-root":
            return None
        return None

    # ------------------------------------------------------------ suffixes

    def _suffixed(
        self, ctx: _Context, hits: list[tuple[int, int, str, str]], place_end: dict[int, _Cand]
    ) -> list[_Cand]:
        out = []
        text = ctx.text
        for s, e, kind, key in hits:
            if kind != "suffix" or not ctx.is_end(e):
                continue
            typ, max_len = self._suffix[key]
            if len(key) == 1 and not ctx.is_start(s):
                continue  # 节 in 环节, 村 in 农村
            start = ctx.name_start(s, e - max_len, allow_marks=typ in ("Event", "Project"))
            if start is not None and (q := quantity_across(text, start)) is not None:
                start = q  # 8[吉瓦项目]: the unit of a quantity starts no name
            if start is not None and (tok := ctx.token_at(start)) is not None and tok.start == start and tok.end <= s:
                start += edges.glued_head(tok.text, self.seg.in_dictionary(tok.text) or self.lex.place(tok.text) is not None)
            if start is None or start >= s:
                continue
            name = text[start:s]
            if not _distinctive(name, ctx, start, s, typ, place_end, self.seg.cut):
                continue
            prio = 3 if len(key) >= 3 else 2
            out.append(_Cand(start, e, typ, f"suffix.{typ.lower()}", prio))
        return out

    # ------------------------------------------------------------ people

    def _people(self, ctx: _Context, hits: list[tuple[int, int, str, str]]) -> list[_Cand]:
        out = [_Cand(s, e, "Person", "person.byline", 3) for s, e in bylines.spans(ctx.text, self.lex.surnames, self.lex.place)]
        text = ctx.text
        surnames = self.lex.surnames
        for s, e, kind, key in hits:
            if kind != "post":
                continue
            j = e
            while j < len(text) and text[j] == " ":
                j += 1
            for n in (3, 2):
                name = text[j : j + n]
                if len(name) < n or not all(_CJK.match(c) for c in name):
                    continue
                if not (name[0] in surnames or name[:2] in surnames):
                    continue
                after = text[j + n : j + n + 1]
                tok = ctx.token_at(j)
                if not _namelike(ctx, j, j + n):
                    continue
                good_after = after == "" or not _CJK.match(after) or after in _SPEECH_AFTER or after in "等在和与及"
                if tok and tok.start == j and tok.end == j + n and tok.pos == "nr" or good_after and ctx.is_end(j + n):
                    out.append(_Cand(j, j + n, "Person", "person.post", 3))
                    break
        for i, t in enumerate(ctx.tokens):
            if t.pos == "nr" and 2 <= len(t.text) <= 3 and t.text[0] in surnames and t.end < len(text):
                if text[t.end] in _SPEECH_AFTER or text[t.end : t.end + 2] in ("董事", "教授", "书记"):
                    out.append(_Cand(t.start, t.end, "Person", "person.speaker", 2))
            if t.text in TITLES_AFTER and i > 0:
                out.extend(self._titled(ctx, i))
        return out

    def _titled(self, ctx: _Context, i: int) -> list[_Cand]:
        """The name before a title: 叶笃正院士, 贺龙同志, 克林顿总统."""
        prev = ctx.tokens[i - 1]
        if prev.pos in _NR and 2 <= len(prev.text) <= 6 and prev.text not in GENERIC:
            return [_Cand(prev.start, prev.end, "Person", "person.title", 2)]
        s = ctx.tokens[i].start
        for n in (3, 2):
            name = ctx.text[s - n : s]
            if s - n < 0 or not all(_CJK.match(c) for c in name) or not ctx.is_start(s - n):
                continue
            if (name[0] in self.lex.surnames or name[:2] in self.lex.surnames) and _namelike(ctx, s - n, s):
                return [_Cand(s - n, s, "Person", "person.title", 2)]
        return []

    # ------------------------------------------------------------ 中美, 访华, 在京, 中方

    def _abbreviated_places(self, ctx: _Context) -> list[_Cand]:
        """One-character country and province names where the context makes them
        unambiguous: runs before a relation word (中美关系, 京津冀协同), a visit verb
        before them (访华, 在京), and 方 after them (中方, 美方)."""
        text = ctx.text
        out: list[_Cand] = []
        n = len(text)
        for m in _VISITED_ONLY_RE.finditer(text):  # 访华: a visited place that is no run letter
            i = m.start()
            tok = ctx.token_at(i)
            if tok and (tok.start, tok.end) in ((i - 1, i + 1), (i, i + 1)):
                out.append(_Cand(i, i + 1, "Place", "abbr.place", 3))
        for m in _ABBR_RUN_RE.finditer(text):  # runs of up to four (中美日俄)
            i, j = m.span()
            run = m.group()
            related = text[j : j + 2] in _RELATION_AFTER or text[j : j + 1] in _RELATION_AFTER or j < n and text[j] in "0123456789一二三四两"
            if len(run) >= 2 and related and any(c in _ABBR_STRONG for c in run):
                out.extend(_Cand(k, k + 1, "Place", "abbr.place", 3) for k in range(i, j))
            elif len(run) == 1 and run in _ABBR_SIDE and text[j : j + 1] == "方" and ctx.is_start(i) and ctx.is_end(j + 1):
                out.append(_Cand(i, j, "Place", "abbr.place", 3))
            elif len(run) == 1 and i > 0 and text[i - 1] in _VISIT and run in _ABBR_VISITED:
                tok = ctx.token_at(i)
                if tok and (tok.start, tok.end) in ((i - 1, i + 1), (i, i + 1)):
                    out.append(_Cand(i, j, "Place", "abbr.place", 3))
        out.sort(key=lambda c: c.start)
        return [replace(c, canonical=self._abbr_name(text[c.start])) for c in out]

    def _abbr_name(self, c: str) -> str | None:
        """京 -> 北京市, 晋 -> 山西省 (province_abbr.tsv); 美 -> 美国 (COUNTRY_CHARS); 澳, 港, 台 are the regions."""
        code = self.lex.province_abbr.get(c)
        if code is not None and code in self.lex.divisions:
            return self.lex.divisions[code].name
        return COUNTRY_CHARS.get(c)

    # ------------------------------------------------------------ 简称

    def _brand_names(self, ctx: _Context, place_end: dict[int, _Cand]) -> list[_Cand]:
        """The short names listed companies go by: a brand and an industry word, after a
        place or not (中来光能, 凯信节能, 上海锦江旅游, 格力电器, 蒙牛乳业).  The brand is
        no place (unless a place precedes it), no common word and no generic modifier
        (山西能源, 清洁能源, 新兴产业)."""
        out = []
        text = ctx.text
        for m in _INDUSTRY_RE.finditer(text):
            ind, e = m.start(), m.end()
            if not ctx.is_end(e) or e < len(text) and text[e] in _NAME_CONTINUES:
                continue
            for bs in (ind - 2, ind - 3):
                if bs < 0 or not ctx.is_start(bs):
                    continue
                brand = text[bs:ind]
                if not _CJK_ONLY.match(brand) or brand in _NOT_BRANDS or brand in GENERIC:
                    continue
                place = place_end.get(bs)
                placed = place is not None and place.type == "Place"
                if not placed and (self.lex.place(brand) is not None or brand in self.world):
                    continue
                whole = ctx.token_at(bs)
                if brand[-1] in "委局部厅会院所办处":  # 奥组委环保: a body, then a topic
                    continue
                if whole is not None and whole.start == bs and whole.end == e:  # 格力电器: one word, a proper name
                    ok = whole.pos in ("nz", "nt")
                else:
                    toks = ctx.within(bs, ind)
                    ok = bool(toks) and not any(
                        t.pos in _NOT_BRAND_POS and not (t.pos == "x" and _CJK_ONLY.match(t.text))  # 潍柴: unknown to jieba
                        or t.pos in ("v", "vn", "a", "ad") and len(toks) > 1
                        for t in toks
                    ) and not (
                        len(toks) == 1 and toks[0].pos in ("n", "vn", "v", "a", "b", "an")  # 科技创新能源: words, not a brand
                    )
                if ok:
                    out.append(_Cand(place.start if placed and place is not None else bs, e, "Enterprise", "brand.enterprise", 2))
                    break
        return out

    def _abbreviations(self, ctx: _Context) -> list[_Cand]:
        """Short names declared by the text: X（以下简称“Y”）, X（简称Y）; Y is found where it recurs."""
        return []


_ABBREV = re.compile(r"[（(](?:以下)?简称[“\"]?([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"]?[)）]")


def declared_abbreviations(text: str) -> list[tuple[int, int, int]]:
    """(short_start, short_end, paren_start) for each 简称 declaration in text."""
    return [(m.start(1), m.end(1), m.start()) for m in _ABBREV.finditer(text)]


_NR = frozenset({"nr", "nrfg", "nrt"})


def _namelike(ctx: _Context, start: int, end: int) -> bool:
    """A span reads as a personal name: it does not start with a common word (阳光, 智库),
    no word runs across its end, and it holds no particle (都来了)."""
    for t in ctx.tokens[ctx._owner[start] : ctx._owner[end - 1] + 1]:
        if t.start == start and len(t.text) >= 2 and t.end <= end and t.pos not in _NR and len(t.text) != end - start - 1:
            return False
        if t.start < end < t.end or t.start < start < t.end:
            return False
        if len(t.text) == 1 and t.pos in {"ul", "uj", "uz", "ug", "y", "p", "c", "d", "r"}:
            return False
    return True


_EDGE_MARKS = "()（）【】[]《》“”\"'‘’「」、，。；：！？,.;:!? \n\t"
_PERSON_CHARS = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•．][\u4e00-\u9fff]{1,10}){1,3}|[A-Za-z][A-Za-z .'-]{1,30})$")
_NOT_IN_NAMES = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "y", "e", "o", "ad", "zg"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without brackets, quotes and stops at either edge: （李静 -> 李静."""
    while start < end and text[start] in _EDGE_MARKS:
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKS:
        end -= 1
    return start, end


def _person_like(ctx: _Context, start: int, end: int) -> bool:
    """A model span reads as a personal name: CJK (2-4, or parts joined by ·) or Latin
    letters, not one place or common word (徐家汇, 智能化), not a name said twice
    (崔晓农崔晓农摄)."""
    name = ctx.text[start:end]
    if not _PERSON_CHARS.match(name) or name.endswith("摄"):
        return False
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return False
    tok = ctx.token_at(start)
    if tok is not None and tok.start == start and tok.end == end and tok.pos in ("v", "vn", "a", "ad", "d"):
        return False
    return True


# industry words that end the short names of companies (中来光能, 格力电器, 长城汽车, 蒙牛乳业)
_INDUSTRY = (
    "光能 节能 能源 新能源 电力 电气 电器 电子 科技 智能 医药 医疗 生物 制药 药业 化工 钢铁 特钢 煤业 煤电 矿业 锂业 乳业 食品 酒业 "
    "汽车 重工 机械 装备 新材 建材 建工 地产 置业 物流 航运 航空 旅游 文旅 传媒 通信 软件 环保 水务 燃气 热力 牧业 种业 纺织 "
    "股份 控股 实业 电池 光电 光伏 半导体 微电子 精工 精密 动力 铝业 铜业 纸业"
).split()
_SECTORS = frozenset(_INDUSTRY) | frozenset("产业 行业 领域 企业 经济 工业 制造 制造业 服务业 农业 集群".split())
_INDUSTRY_RE = re.compile("|".join(sorted(_INDUSTRY, key=len, reverse=True)))
_CJK_ONLY = re.compile("^[\u4e00-\u9fff]+$")
_NAME_CONTINUES = frozenset("公司集团厂产业行业企业板块领域项目技术设备材料园区基地中心局厅委部")
_NOT_BRANDS = frozenset(
    """新兴 传统 清洁 绿色 高端 现代 数字 未来 新型 先进 智慧 高新 特色 优势 龙头 全省 全市 全国 省内 国内 国际 本地 当地
    可再生 再生 新 氢 风电 太阳 光伏 储能 煤炭 石油 天然 核 生物 化学 信息 电子 网络 文化 教育 体育 健康 养老 旅游 农业
    相关 有关 重点 主要 大型 中小 民营 国有 地方 县域 城市 乡村 农村 家用 工业 商业 民用 军工 航天 海洋 低碳 零碳 节能
    发展 推动 加快 支持 培育 壮大 促进 布局 建设 打造 提升 实现 形成 带动 聚焦 围绕 做强 做大 做优 引进 拓展
    红色 国内外 国内 国外 境内 境外 全域 生态 休闲 冰雪 乡村 研学 康养 自驾 入境 出境""".split()
)
_NOT_BRAND_POS = frozenset({"m", "mq", "q", "p", "c", "r", "d", "u", "uj", "ul", "uz", "ug", "ud", "uv", "x", "f", "y", "e", "o", "zg"})

# one-character short names of countries and continents (中美关系, 访华, 中方): their full names
COUNTRY_CHARS = {
    "中": "中国", "华": "中国", "美": "美国", "日": "日本", "韩": "韩国", "朝": "朝鲜", "俄": "俄罗斯", "英": "英国", "法": "法国",
    "德": "德国", "意": "意大利", "葡": "葡萄牙", "荷": "荷兰", "欧": "欧洲", "印": "印度", "巴": "巴基斯坦", "越": "越南",
    "泰": "泰国", "缅": "缅甸", "柬": "柬埔寨", "菲": "菲律宾", "墨": "墨西哥", "加": "加拿大", "以": "以色列", "伊": "伊朗",
    "埃": "埃及", "蒙": "蒙古", "非": "非洲", "奥": "奥地利",
}


# how a place's name ends when it is not a gazetteer name itself
_PLACE_ENDS = frozenset("省市县区旗盟州镇乡村屯庄街道路巷里弄号楼园城寨山峰岭河江湖海湾岛港峡谷洞泉池溪川原坝渠林场站馆寺庙宫塔桥门关口滩坊院厦墓陵府居堂亭阁台苑境")


# words before a place (在朝阳, 赴大同, 来自开封) and after one (朝阳人, 朝阳境内)
_PLACE_BEFORE = frozenset("在 到 赴 去 来 从 至 往 抵 抵达 前往 来自 回到 返回 位于 落户 途经 飞往 驻 于 地处".split())
_PLACE_AFTER = frozenset("人 籍 市民 境内 地区 一带 当地 方面 市委 市政府 考察 调研 举行 召开".split())


# what jieba calls a county's short form when it is one (凯里 nrt, 锦江 ns): not a plain person name (nr)
_SHORT_PLACE_POS = frozenset({"ns", "nrt", "nz", "j"})


def _place_context(ctx: _Context, s: int, e: int, hits: list[tuple[int, int, str, str]]) -> bool:
    """Text around [s, e) that makes a place of it: a word of motion or location before, a
    word for its people or territory after, or another division listed next to it (朝阳、锦州)."""
    before, after = ctx.token_at(s - 1), ctx.token_at(e)
    if before is not None and before.end == s and before.text in _PLACE_BEFORE:
        return True
    if after is not None and after.start == e and after.text in _PLACE_AFTER:
        return True
    places = {(a, b) for a, b, kind, _ in hits if kind == "place" and (a, b) != (s, e)}
    return any(b == s - 1 and ctx.text[b] in "、和与及" or a == e + 1 and ctx.text[e] in "、和与及" for a, b in places)


def _place_shaped(text: str, s: int, e: int, gazetteer: list[tuple[int, int]]) -> bool:
    """A model place that is a gazetteer place and a short tail reads as a place when
    the tail is a place word (山西农展馆, 太原东站, 俄罗斯南部), not when it is the start
    of another word (山西文[旅], 太原公安, 山西特钢)."""
    ends = [b for a, b in gazetteer if a == s and b < e]
    if not ends:
        return True
    tail = text[max(ends) : e]
    if len(tail) > 2 or tail in _DIRECTIONS:
        return True
    return tail[-1] in _PLACE_ENDS


_DIRECTIONS = frozenset("东部 西部 南部 北部 中部 东南 西南 东北 西北 以东 以西 以南 以北 境内 一带 地区 沿海 沿岸 周边 附近 郊区 城区 市区".split())


def _uncrossed(model: list[_Cand], rules: list[_Cand]) -> list[_Cand]:
    """The model's spans that cross no rule name (a span starting inside 太忻一体化经济区大孟产业新城
    and running past it is an address the model read too far)."""
    max_end: dict[int, int] = {}
    min_start: dict[int, int] = {}
    for c in rules:
        if c.standalone and c.priority >= 2:
            max_end[c.start] = max(max_end.get(c.start, 0), c.end)
            min_start[c.end] = min(min_start.get(c.end, c.end), c.start)
    out = []
    for c in model:
        crossed = any(max_end.get(k, 0) > c.end or min_start.get(k, k) < c.start for k in range(c.start + 1, c.end))
        if not crossed:
            out.append(c)
    return out


def _defer_left_edges(rules: list[_Cand], model: list[_Cand], ctx: _Context) -> list[_Cand]:
    """Rules and model spans together, less the suffix-rule names that the model ends
    at the same character but starts later: walking left from a suffix overshoots
    (本报讯招商银行, 曼谷一家报社), the model reads the left edge in context, unless
    a place or another model name ends where the model's starts (太原 + 理工大学)."""
    starts: dict[int, tuple[int, float, str]] = {}
    ends = {c.end for c in model} | {c.end for c in rules}  # a name right before: the model split a long one
    for c in model:
        if c.start not in ends:  # a model name right before it: the model split a long name
            starts[c.end] = max(starts.get(c.end, (-1, 0.0, "")), (c.start, c.margin, c.type))
    kept = []
    for c in rules:
        start, margin, typ = starts.get(c.end, (-1, 0.0, ""))
        # a sure model of the same type (会员单位[华谊兄弟传媒股份有限公司]) or a word no name starts with ([现在]博彩公司)
        if c.rule.startswith("suffix.") and start > c.start and ctx.is_start(start) and (
            margin >= SURE_MARGIN and typ == c.type or _overshoots(ctx, c.start, start)
        ):
            continue
        kept.append(c)
    return kept + model


def _overshoots(ctx: _Context, start: int, end: int) -> bool:
    """[start, end) holds a word no name starts with: a time, a number, a pronoun,
    a preposition, a verb other than those inside names, a Latin token (vs)."""
    if not ctx.is_start(end):  # the model starts inside a word: trust the rule
        return False
    for t in ctx.within(start, end):
        if t.text in STOP_WORDS or t.pos in _OVERSHOOT_POS or t.pos == "v" and t.text not in NAME_VERBS:
            return True
    return False


def _by_start(spans: set[tuple[int, int]]) -> dict[int, list[int]]:
    """The ends of the spans that start at each offset (built once per text for _tiled)."""
    out: dict[int, list[int]] = {}
    for s, e in spans:
        out.setdefault(s, []).append(e)
    return out


def _tiled(start: int, end: int, spans: set[tuple[int, int]], by_start: dict[int, list[int]]) -> bool:
    """[start, end) is a concatenation of two or more spans. Walks only the spans inside
    [start, end) (by_start = _by_start(spans)), so a text's model spans cost time in
    proportion to the text, not to the text times its places."""
    if (start, end) in spans or end <= start:
        return end == start and (start, end) not in spans
    seen = {start}
    todo = [start]
    while todo:
        for e in by_start.get(todo.pop(), ()):
            if e == end:
                return True
            if e < end and e not in seen:
                seen.add(e)
                todo.append(e)
    return False


def _dept_continues(text: str, e: int) -> bool:
    return e < len(text) and text[e] in "，。、；：）)（(和与及的”"


def _chain(cands: list[_Cand], text: str) -> list[_Cand]:
    """Join a body and the department that follows it: 省政府 + 新闻办 -> 省政府新闻办."""
    by_start: dict[int, list[_Cand]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
    out = list(cands)
    for c in cands:
        for d in by_start.get(c.end, []):
            out.append(_Cand(c.start, d.end, "GovernmentBody", "department.chain", 4))
    # a bare department name directly after a body: 太原市人民政府 + 新闻办公室
    return out


_PROJECT_GENERIC = GENERIC | _GENERIC_MODIFIERS | _NOT_BRANDS | _SECTORS


def _distinctive(
    name: str, ctx: _Context, start: int, end: int, typ: str, place_end: dict[int, _Cand], cut: Callable[[str], list[str]]
) -> bool:
    if name in GENERIC or not _CJK.search(name) and not re.search(r"[A-Za-z]{2,}", name):
        return False
    toks = ctx.within(start, end)
    if toks and all(t.text in GENERIC or t.text in _GENERIC_MODIFIERS or t.pos in {"a", "ad", "b", "m", "q", "r", "d", "v", "vn", "t", "p"} and not (t.pos == "m" and edges.brand_numeral(t.text, ctx.text, end)) for t in toks):
        return False  # 培育发展专业镇, 年内省市专业镇, 不同类型专业镇: no name before the suffix
    if typ == "Project":
        place = place_end.get(end)
        if place is not None and place.start <= start:
            return False  # 山西项目: projects somewhere, not a project's name
        heads = toks or [t for t in (ctx.token_at(start),) if t is not None]
        if len(name) <= 2 and not any(t.pos in _PROPER for t in heads):
            return False  # 科技项目, 招商项目, 配套工程
        if projects.kind_of_project(name, cut, _PROJECT_GENERIC):
            return False  # 招商引资项目, 特色公益品牌项目: a kind of project
    if typ == "Event":
        return bool(_MARKED.search(name)) or any(t.pos in {"ns", "nt", "nz", "eng"} for t in toks)
    if typ == "Place" and len(name) < 2:
        return False
    return len(name) >= 2


class _Context:
    """The text with its tokens, and lookups by offset."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self._starts = {t.start: i for i, t in enumerate(tokens)}
        self._ends = {t.end: i for i, t in enumerate(tokens)}
        self._owner = [0] * (len(text) + 1)
        for i, t in enumerate(tokens):
            for k in range(t.start, t.end):
                self._owner[k] = i

    def is_start(self, pos: int) -> bool:
        return pos in self._starts

    def is_end(self, pos: int) -> bool:
        return pos in self._ends or pos == len(self.text)

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens inside [start, end)."""
        if not self.tokens or start >= end:
            return []
        lo, hi = self._owner[start], self._owner[end - 1]
        return [t for t in self.tokens[lo : hi + 1] if t.start >= start and t.end <= end]

    def near(self, start: int, end: int) -> list[Token]:
        """The tokens [start, end) touches and two on either side."""
        if not self.tokens or start >= end:
            return []
        return self.tokens[max(self._owner[start] - 2, 0) : self._owner[end - 1] + 3]

    def token_at(self, pos: int) -> Token | None:
        return self.tokens[self._owner[pos]] if 0 <= pos < len(self.text) and self.tokens else None

    def name_start(self, s: int, floor: int, allow_marks: bool = False) -> int | None:
        """Walk left from offset s over name-like tokens; the start of the name, or None."""
        if not self.tokens:
            return None
        i = self._owner[s]
        start = self.tokens[i].start  # a suffix that begins inside a token takes the token
        i -= 1
        open_quote = False
        while i >= 0:
            t = self.tokens[i]
            if t.start < max(floor, 0):
                break
            w = t.text
            if allow_marks and w in ("”", "\""):
                open_quote = True
                start = t.start
                i -= 1
                continue
            if open_quote:
                start = t.start
                if w in ("“", "\""):
                    open_quote = False
                i -= 1
                continue
            if allow_marks and re.fullmatch(r"(?:19|20)\d\d", w) and i + 1 < len(self.tokens) and self.tokens[i + 1].text == "年":
                start = t.start
                i -= 1
                continue
            if w in STOP_WORDS or t.pos in STOP_POS or not _NAME_CHAR.match(w) or t.pos == "v" and w not in NAME_VERBS or edges.ends_name(w):
                # a business verb right before the suffix is the name's (国华能源[投资]有限公司)
                suffix_tok = self.tokens[self._owner[s]]
                adjacent = t.end == suffix_tok.start == s and w in ("投资", "控股", "发展") and suffix_tok.text in _LEGAL_TAILS
                if not (allow_marks and w == "年" and i > 0 and self.tokens[i - 1].text.isdigit()) and not adjacent:
                    break
            if t.pos == "m" and not re.search(r"[一二三四五六七八九十第]", w) and w != "年" and not edges.brand_numeral(w, self.text, s) or _COUNTED.match(w):
                break  # 一项社会系统工程, 一家报社: a count is no part of a name
            start = t.start
            i -= 1
        if open_quote:
            return None
        # trim generic leading words: 全省中小企业 -> (nothing); 我省方山县大武小学 -> 方山县大武小学
        j = self._starts.get(start)
        while j is not None and j < len(self.tokens) and self.tokens[j].end < s and self.tokens[j].text in GENERIC:
            start = self.tokens[j].end
            j = self._starts.get(start)
        return start


def resolve(doc_id: str, text: str, cands: Iterable[_Cand]) -> list[Mention]:
    """Longest spans win (then priority); places inside kept names become nested mentions."""
    ordered = sorted(
        (c for c in cands if c.end > c.start), key=lambda c: (-(c.end - c.start), -c.priority, c.start)
    )
    taken = bytearray(len(text) + 1)
    kept: list[_Cand] = []
    nested: list[_Cand] = []
    for c in ordered:
        if not c.standalone:
            continue
        if any(taken[c.start : c.end]):
            if c.type == "Place" and all(taken[c.start : c.end]):
                nested.append(c)
            continue
        kept.append(c)
        for k in range(c.start, c.end):
            taken[k] = 1
    out = [Mention(doc_id, c.start, c.end, text[c.start : c.end], c.type, c.rule, canonical=c.canonical) for c in kept]
    seen = {(c.start, c.end) for c in kept}
    for c in nested:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(Mention(doc_id, c.start, c.end, text[c.start : c.end], c.type, c.rule, canonical=c.canonical, nested=True))
    out.sort(key=lambda m: (m.start, -m.end))
    return out
