"""The recogniser: gazetteer hits, the registered proposers, the CRF, then `resolve`.

    rec = Recognizer(lexicon, segmenter)
    rec("doc", "江铃集团董事长王锡高表示…", locale)   # -> [Mention …]

Order: the gazetteer's places first (the others read where places end), then each proposer of
`proposers` (default `DEFAULT_PROPOSERS`, registered by name in `kg.recognize.base`), then the
model's spans reconciled with the rules', then `resolve`; finally names cut short are completed,
names right after a post added, and spans that name a kind marked generic.
"""
from __future__ import annotations

import functools
import gc
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import words
from ..automata import Automaton
from ..lexicon import Lexicon
from ..locales import division_keys
from ..people import complete_truncated_people, foreign_name, people_after_posts, people_at_home, people_repeated, trophy_namesakes
from ..people_lists import people_in_lists
from ..segment import Segmenter
from ..tagger import MODEL_NAME, Tagger
from ..types import ENTITY_TYPES, Locale, Mention, replace
from ..zones import zone_names
from . import (  # noqa: F401  (they register their proposers)
    abbreviations,
    brands,
    contingents,
    craft,
    departments,
    events,
    features,
    founded,
    institutes,
    lists,
    namechars,
    persons,
    programmes,
    routes,
    securities,
    suffixes,
    works,
)
from .base import PROPOSERS, Candidate, Hit, Resources, Scan
from .bodykinds import listed_kind, no_node
from .bounds import boards_shed, copula_split, glosses_dropped, pairs_split, plants, shed_posts
from .brands import owned_works
from .context import Context
from .corps import corps_units
from .descriptions import described, office_glued, redescribed
from .formulas import formula_spans
from .founded import quotes_kept
from .generic import (
    COMPASS_REGIONS,
    INDUSTRY,
    bodies_counted,
    common_nouns,
    counted,
    counted_kinds,
    frame_place,
    is_generic,
    kind_of_place,
    plain_activity,
    ranked,
    scoped,
)
from .joined import joined, two_joined
from .lac import candidates, outside
from .minorities import overread
from .model import MIN_MARGIN, MIN_MARGIN_PERSON, tagged
from .notplaces import not_places
from .phrases import BODY_TYPES
from .places import _BAD_PLACE_NAMES, addresses, chains, gazetteer
from .reconcile import defer_left_edges, uncrossed
from .resolve import carried_over, resolve, unnested_in_kinds, world_uncrossed
from .retype import building, bureau, designated, units_typed
from .titles import titled_bodies
from .townships import levels
from .unglued import unglued
from .units import company_units, society_units
from .venues import venues
from .warm import warm
from .which import first_of_kind, first_sittings, hosts_shed, other_sittings_shed, pointed, sessions_named, superlative_kind, this_edition
from .works import parts_after_lines, parts_shed, short_lines_unplaced, staged
from .world import NATIONAL_REGIONS, dashed_pairs, regions_inside, teams, world, world_names

# what a unit of a company ends with (航天科技集团六院, 中国石化胜利油田分公司)
_UNIT_TAILS = ("院", "所", "厂", "公司", "中心", "局", "矿", "站", "基地", "分行", "支行")
DEFAULT_PROPOSERS = ("zones", "departments", "suffixes", "people", "name-chars", "abbreviated-places", "brands", "securities", "dictionary-companies", "stakes", "events", "lists", "routes", "companies", "craft", "contingents", "works", "founded", "features", "programmes", "institutes", "titled-countries", "towns")


def _word_from(ctx: Context, start: int) -> tuple[int, str] | None:
    """The end and tag of the segmenter's word that starts at start (刑警|李济舟/nr|提醒), if one does."""
    return (t.end, t.pos) if (t := ctx.token_at(start)) is not None and t.start == start else None


class Recognizer:
    """Proposes and resolves mentions for one document's text."""

    def __init__(
        self, lexicon: Lexicon, segmenter: Segmenter, model: str | Path | None = MODEL_NAME, proposers: Sequence[str] = DEFAULT_PROPOSERS
    ) -> None:
        """`model`: the CRF to use, a path or the packaged model's name; None for rules alone.
        `proposers`: the registered proposers to run, by name."""
        unknown = [p for p in proposers if p not in PROPOSERS]
        if unknown:
            raise ValueError(f"unknown proposers {unknown}; registered: {sorted(PROPOSERS)}")
        self.lex = lexicon
        self.seg = segmenter
        self.proposers = tuple(proposers)
        world_ = world_names()
        self._auto = _automaton(lexicon, world_)
        suffix_types = {s: t for s, t, _ in lexicon.suffixes}
        self.suffix_types = suffix_types
        # the heads of works (过江通道, 高铁, 工程), not 基地: bases of a kind are named so (战略保障基地)
        self._work_heads = tuple(k for k, t in suffix_types.items() if t == "Project" and len(k) >= 2 and not k.endswith("基地"))
        self.res = Resources(
            lex=lexicon,
            seg=segmenter,
            world=world_,
            suffix={s: (t, n) for s, t, n in lexicon.suffixes},
            suffix_types=suffix_types,
            words=words.OrdinaryWords(lexicon.province_abbr, lexicon.surnames, lexicon.posts, foreign_name),
            zones=zone_names(lexicon),  # 经开区, 综改区: short names of the paper's zones
        )
        self.tagger: Tagger | None = None
        # the model's names whose labelling beats the best one without them by less than
        # this are dropped: chosen on the held-out corpora (bench/eval_ner.py --min-margin)
        self.min_margin = MIN_MARGIN
        self.min_margin_person = MIN_MARGIN_PERSON
        if model is not None:
            path = None if model == MODEL_NAME else model
            self.tagger = Tagger(self.suffix_types, lexicon.surnames, path)
        self.lac: Any = None  # accurate mode (`use_lac`): kg.recognize.lac.Lac
        self._division_keys: tuple[frozenset[str], tuple[str, ...]] | None = None  # (`names_no_division`, made on first use)
        self.every_pass = False  # True: every pass after the proposers runs, whatever types the list holds (tests/test_passes.py)
        warm(self.res)  # (what the proposers would load or work out at their first text: part of the load)
        # what is alive now (the model, kept as long as the process) out of the cyclic collector's full
        # walks, which a page's allocations set off (~2 % of the pipeline's instructions)
        gc.freeze()

    def use_lac(self) -> Recognizer:
        """Accurate mode: LAC's names that the CRF missed become candidates too (needs `kg[accurate]`)."""
        from .lac import Lac

        if self.lac is None:
            self.lac = Lac()
        return self

    def __call__(self, doc_id: str, text: str, locale: Locale | None = None) -> list[Mention]:
        """Mentions in text; `locale` lets county short forms of the paper's own province stand alone."""
        return self.many([(doc_id, text, locale)])[0]

    def many(self, items: Sequence[tuple[str, str, Locale | None]], hits: Sequence[list[Hit]] | None = None) -> list[list[Mention]]:
        """The mentions of several (doc id, text, locale) at once: the model decodes them in one batch (`hits`: each text's, when known)."""
        hits_ = hits if hits is not None else [self.hits(text) for _, text, _ in items]
        prepared = [(text, self.seg.tokens(text), h) for (_, text, _), h in zip(items, hits_)]
        tagged_: list[list[tuple[int, int, str, float]] | None] = (
            list(self.tagger.many_scored(prepared)) if self.tagger is not None else [None] * len(items)
        )
        lac_: list[list[tuple[int, int, str, float]]] = [[] for _ in items]
        if self.lac is not None:  # accurate mode: LAC's names too
            lac_ = [candidates(text, sp, self.res, tokens) for (text, tokens, _), sp in zip(prepared, self.lac.spans([t for t, _, _ in prepared]))]
        return [
            self._mentions(doc_id, text, Scan(Context(text, tokens), hits, locale, self._home(locale)), spans, extra)
            for (doc_id, _, locale), (text, tokens, hits), spans, extra in zip(items, prepared, tagged_, lac_)
        ]

    def hits(self, text: str) -> list[Hit]:
        """Every gazetteer match in text: (start, end, kind, key), kind place|dept|suffix|post|world|intl|work."""
        return [(e - back, e + 1, kind, key) for e, (back, key, kinds) in self._auto.iter(text) for kind in kinds]

    def names_no_division(self, text: str, hits: list[Hit]) -> bool:
        """text names none of the divisions a locale is voted by (`kg.locales.division_keys`), as its `hits` show: each is a
        place hit, but for the few names the gazetteer leaves out (`_BAD_PLACE_NAMES`), looked for apart."""
        if self._division_keys is None:
            keys = division_keys(self.lex)
            self._division_keys = (keys, tuple(keys & _BAD_PLACE_NAMES))
        keys, left_out = self._division_keys
        return not any(kind == "place" and key in keys for _, _, kind, key in hits) and not any(n in text for n in left_out)

    def _home(self, locale: Locale | None) -> str | None:
        code = self.lex._province_code(locale)
        return code[:2] if code else None

    def _mentions(
        self, doc_id: str, text: str, scan: Scan, model_spans: list[tuple[int, int, str, float]] | None, lac_spans: list[tuple[int, int, str, float]]
    ) -> list[Mention]:
        cands = self._proposed(text, scan)
        if model_spans is not None or lac_spans:
            cands = glosses_dropped(self._with_model(scan, cands, model_spans or [], lac_spans), text)
        # the passes below that change only some types of candidate or mention run when the list holds one: most sentences
        # name no company, organisation or event (the types present, once, instead of each pass's test of every item)
        kinds = _EVERY_TYPE if self.every_pass else {c.type for c in cands}
        if "Enterprise" in kinds and (model_spans is not None or lac_spans):
            cands = boards_shed(cands, text)
        cands = shed_posts(addresses(self.res, scan, corps_units(chains(self.res, scan, cands), scan)), scan, self.lex.surnames)
        # (no pass from here to society_units makes an Enterprise or a body of another type; shed_posts makes an ad-hoc
        # GovernmentBody an Organization)
        cands = not_places(plants(cands, text) if "Enterprise" in kinds else cands, scan.ctx)
        if "Enterprise" in kinds:
            cands = pairs_split(cands, text, self.res.suffix_types)
        if not kinds.isdisjoint(BODY_TYPES):
            cands = copula_split(cands, scan, self.res.suffix_types)
        if "Enterprise" in kinds:
            cands = company_units(cands, scan)
        if "Organization" in kinds or "GovernmentBody" in kinds:
            cands = society_units(cands, scan)
        cands = parts_shed(staged(parts_after_lines(short_lines_unplaced(joined(quotes_kept(cands), scan), scan)), scan), scan)
        mentions = [office_glued(redescribed(m, text), text) for m in complete_truncated_people(text, resolve(doc_id, text, cands))]
        kinds = _EVERY_TYPE if self.every_pass else {m.type for m in mentions}  # (venues, levels and dashed_pairs change places alone, into places; no step of
        if "Place" in kinds:                # _NAMED_WHOLE makes a mention of the type it reads; teams makes Organizations alone)
            mentions = dashed_pairs([y for m in venues(mentions, self.res, scan) for y in levels(text, m)], text, self.res.world)
        for step, reads in _NAMED_WHOLE:  # works and events named with what is written around them (kg.recognize.which, events, brands)
            if not kinds.isdisjoint(reads):
                mentions = step(mentions, text)
        mentions = teams(mentions, text, doc_id)
        mentions = unglued(mentions) if "Place" in kinds else mentions
        mentions = units_typed(mentions, self.lex.dept_by_surface) if "GovernmentBody" in kinds else mentions
        mentions = people_after_posts(doc_id, text, mentions, self.lex.surnames, self.seg.cut, functools.partial(_word_from, scan.ctx))
        mentions = trophy_namesakes(doc_id, text, people_at_home(doc_id, text, overread(doc_id, text, mentions), self.lex.surnames))
        mentions = people_repeated(doc_id, text, people_in_lists(doc_id, text, mentions, self.lex.surnames, self.seg.cut))
        # 贯彻落实[习近平]总书记重要指示精神: a source of policy, no actor; 配套工程——[子材大桥]: a description
        formulaic, descriptions = formula_spans(text), described(mentions, text)
        marked = [
            m if (m.start, m.end) in formulaic else replace(m, generic=True) if (m.start, m.end) in descriptions
            else building(self._mark_generic(self._work(designated(bureau(m))), text), text) for m in mentions]
        # (the places inside a kind are names of their own; those inside a formula are not: 京津冀协同发展)
        return [replace(m, generic=True) if (m.start, m.end) in formulaic else m for m in unnested_in_kinds(marked)]

    def _proposed(self, text: str, scan: Scan) -> list[Candidate]:
        """The places (the scan's, for the proposers to read), the national works and every proposer's candidates."""
        named = world(self.res, scan)
        national_works = [c for c in named if c.type == "Project"]  # (南水北调: a work, which its suffix may lengthen: 南水北调工程)
        divisions = gazetteer(self.res, scan)
        scan.places = divisions + [c for c in regions_inside(named, divisions, text) if c.type != "Project"]
        scan.ctx.places = {(c.start, c.end) for c in scan.places}
        for c in scan.places:
            if c.end not in scan.place_end or scan.place_end[c.end].start > c.start:
                scan.place_end[c.end] = c
        cands: list[Candidate] = scan.places + national_works
        for name in self.proposers:
            cands.extend(PROPOSERS[name](self.res, scan))
        return world_uncrossed(carried_over(cands))

    def _kind_before(self, words_: str) -> bool:
        """The words before a head are none or the language's only (对外开放, 边境), naming no place."""
        toks = self.seg.tokens(words_) if words_ else []
        common = words.common_words()
        return all((entry := common.get(t.text)) is not None and entry[1] not in words.NAME_POS and self.lex.place(t.text) is None
                   and not t.text.endswith(words.PLACE_TAILS) for t in toks)  # (by the dictionary's tag; 首都机场口岸: an airport's)

    def _work(self, m: Mention) -> Mention:
        """A model place ending with the head of a work (海太过江通道, 甬金铁路) is a Project when what is
        before the head is no word of the language and no place (not 高速铁路, 西部铁路, 新疆铁路)."""
        if m.type != "Place" or m.rule != "crf" or not m.text.endswith(self._work_heads) or m.text in self.res.world:
            return m  # (河西走廊: a region of the world list)
        before = m.text[: -max(len(h) for h in self._work_heads if m.text.endswith(h))]
        named = len(before) >= 2 and before not in words.common_words() and self.lex.place(before) is None and before not in self.res.world
        return replace(m, type="Project") if named else m

    def _with_model(
        self, scan: Scan, cands: list[Candidate], model_spans: list[tuple[int, int, str, float]], lac_spans: Sequence[tuple[int, int, str, float]] = ()
    ) -> list[Candidate]:
        """The model's spans checked (`tagged`) and reconciled with the rules'; LAC's (accurate mode),
        checked the same way, where the model's checked spans leave room."""
        model = tagged(self.res, scan, model_spans) if model_spans else []  # (no name: no lookups of the hits to build)
        if lac_spans:
            model += outside(tagged(self.res, scan, list(lac_spans)), model)
        people = {(c.start, c.end) for c in model if c.type == "Person"}
        # a word jieba calls a name before 说/表示 (阳光透过…, 智能化提升) needs the model's agreement
        cands = [c for c in cands if c.rule != "person.speaker" or (c.start, c.end) in people]
        known = {c.start: c.end for c in cands if c.rule == "known.enterprise"}
        text = scan.ctx.text
        # a known company the model reads on from: 长庆油田[年产], 三峡集团[漳浦] (not a unit: 航天科技集团六院)
        model = [c for c in model if not (c.start in known and c.end > known[c.start] and c.type == "Enterprise" and not text.endswith(_UNIT_TAILS, c.start, c.end))]
        cands = defer_left_edges(cands, uncrossed(model, cands), scan.ctx)
        # names the model is unsure of (a toss-up, see Tagger.many_scored) only served to
        # correct a rule's left edge above; they are no mentions
        return [c for c in cands if c.margin >= (self.min_margin_person if c.type == "Person" else self.min_margin)]

    def _named_inside(self, name: str) -> bool:
        """A word of the name is a name: a person, a body, a place of the gazetteers or a foreign one, or quoted."""
        return "“" in name or any(
            t.pos in ("nr", "nrt", "nrfg", "nt", "eng") or self.lex.place(t.text) is not None or t.text in self.res.world
            for t in self.seg.tokens(name))

    def _kind_of_company(self, name: str) -> bool:
        """A bare 公司 or 工厂 after an industry (物流公司), a line of business (猎头公司), two words of the language or more (液晶材料公司)
        or a country or province (美国公司, 陕西工厂); a bank by what it does (发卡银行); not 联想公司, 小米科技有限责任公司, 建设银行."""
        if name.endswith("银行") or listed_kind(name):
            return listed_kind(name)
        head = next((h for h in ("公司", "工厂") if name.endswith(h)), None)
        if head is None or len(name) <= len(head) + 1 or name.endswith(("有限公司", "有限责任公司", "股份公司", "集团公司", "总公司", "分公司", "子公司")):
            return False
        toks, rest = self.seg.cut(name[: -len(head)]), name[: -len(head)]
        return self.res.world.get(rest) == "Place" or getattr(self.lex.place(rest), "level", None) == "province" or all(
            t in words.common_words() for t in toks) and (len(toks) >= 2 or toks[0] in INDUSTRY)  # (联想公司: one word, no industry's)

    def _mark_generic(self, m: Mention, text: str = "") -> Mention:
        """A model or suffix-rule span that names a kind (监管部门, 保险公司, 经济技术开发区) is a
        mention the corpora label, but no name: it is marked `generic` and makes no graph node; so is
        the home country or a compass region (`frame_place`), whatever proposed it."""
        if frame_place(m.text, m.canonical) and (m.type == "Place" or m.text in COMPASS_REGIONS) or m.text in self.lex.industries and m.type != "Person" or m.rule in _NO_NODE_RULES:
            return replace(m, generic=True)  # 中东部 read as a body; 生物医药、[集成电路]等产业: kg/data/industries.txt; 法院认为: an organ by its kind
        if self.res.world.get(m.text) == m.type and (m.rule.startswith(("suffix.", "opened.")) or m.rule == "crf" and m.text.endswith(NATIONAL_REGIONS)):
            return m  # 国家会议中心, 东北: a venue or a national region of the world list, whatever a suffix rule or the dictionary says of its words
        if m.type == "Person" and len(m.text) >= 3 and m.text[-1] in _NOT_PERSON_LAST:  # 比雷埃夫斯港, 边境县, 陈列馆: a port, a
            return replace(m, type="Place") if m.text[-1] in "楼阁亭寺宫殿庙" else replace(m, generic=True)  # county, a hall; 黄鹤楼: a landmark
        if m.type in ("Organization", "GovernmentBody") and "中心" in m.text and _CITY_ROLE.search(m.text) and any(self.lex.place(m.text[:k]) for k in (2, 3)):
            return replace(m, generic=True)  # 北京文化中心, 重庆国际消费中心: the role a city plays, no body
        if m.type in ("Organization", "GovernmentBody") and m.text.endswith("服务中心") and not self._named_inside(m.text[:-4]):
            return replace(m, generic=True)  # 养老服务中心, 粮食产后服务中心: a kind of service centre (not 北京经济技术开发区政务服务中心)
        if m.type == "Place" and m.text.endswith("口岸") and self._kind_before(m.text[:-2]):
            return replace(m, generic=True)  # 智慧口岸, 对外开放口岸, 边境口岸: a kind of port of entry, no name (not 横琴口岸, 北京口岸)
        if m.type == "Project" and m.text.endswith("火箭") or m.type == "GovernmentBody" and m.text in _HOME_GOVERNMENT:
            return replace(m, generic=True)  # 长征二号丁运载火箭: the vehicle, no undertaking (none of 16 dev articles' readers lists one; the
            # satellite, yes); 中国政府: the home country's government, as 中国 is the home country
        if m.type != "Person" and ("保险" in m.text and _INSURANCE.search(m.text) or m.text[0] == "级"):
            return replace(m, generic=True)  # 城乡居民基本养老保险: a kind of insurance, no company; [级]科研项目: a name cut inside 省级
        if m.type == "GovernmentBody" and m.text.endswith("部门") and not any(self.lex.place(m.text[:k]) and not _ANY_DEPARTMENTS.fullmatch(m.text, k) for k in (2, 3, 4)):
            return replace(m, generic=True)  # 商务部门, 北京市八部门: by field or count, no name (江苏工信部门 is one province's)
        if m.type in ("Organization", "Enterprise") and text.startswith(_REPORTERS, m.end):
            return replace(m, generic=True)  # 总台记者, 新华社记者: whose reporter files the story, no party to it
        if m.type == "Project" and counted(text, m.start, m.end) or m.rule == "suffix.place" and counted(text, m.start, m.end, after=False):
            return replace(m, generic=True)  # 实施100个“数字新基建”项目, 启动300个城市更新片区: projects or places of a kind, counted
        if m.type == "Enterprise" and (m.rule.startswith(("suffix.", "opened.")) and self._kind_of_company(m.text) or m.rule == "crf" and listed_kind(m.text)) or no_node(
                m.type, m.rule, m.text, text, m.end, self.seg.tokens, self.lex.place, self.suffix_types):  # 行业协会, 专题博物馆: a kind of body; 天津投资: what a place does
            return replace(m, generic=True)  # 物流公司, 云端存储公司, 灯塔工厂: a kind of company, no name before its head
        if m.type == "Project" and text.startswith("之一", m.end):
            return replace(m, generic=True)  # 国家“十四五”综合交通枢纽工程之一武西高铁: one of a class of works, not a work
        if m.type == "Event" and m.rule in ("event.held", "crf") or m.rule == "suffix.event":
            if plain_activity(m.text, self.seg.tokens(m.text)):
                return replace(m, generic=True)  # 举办的重大主题军事外宣活动: what kind, not which
        return self._generic_read(m, text) if m.rule == "crf" or m.rule.startswith(("suffix.", "opened.")) else m

    def _generic_read(self, m: Mention, text: str) -> Mention:
        """A span the model or a suffix rule read that names a kind: this one, a rank, a count, a noun of the language."""
        if m.type != "Person" and pointed(text, m.start) and not self._named_inside(m.text):
            return replace(m, generic=True)  # 这家[锂电池公司], 该[线路站房工程]: this one, no name (not 这家[德国]企业)
        if m.type != "Person" and (ranked(text[max(0, m.start - 1) : m.end]) or superlative_kind(m.text, text, m.start, self.seg.tokens) or first_of_kind(m, text)
                                   or counted_kinds(m.text) or scoped(m.text)):
            return replace(m, generic=True)  # 东北地区最长跨海大桥, 最[短陆上通道]: which one by its rank, no name; 十大数据中心: a count of kinds
        if m.type in ("Enterprise", "Organization") and (bodies_counted(text, m.end) or _COUNTED_BEFORE.search(text, max(0, m.start - 8), m.start)):
            return replace(m, generic=True)  # 培育了全球“灯塔工厂”2家: bodies of a kind, counted
        if m.type in ("Place", "Project") and common_nouns(m.text, self.seg.cut):
            return replace(m, generic=True)  # 依托铁路货运枢纽优势: what it is, not which one
        if is_generic(m.text, self.seg.cut, self.lex.dept_by_surface, self.suffix_types) or m.type == "Place" and kind_of_place(m.text, self.seg.cut):
            return replace(m, generic=True)
        if m.rule == "crf" and m.type != "Person" and words.is_common_noun(m.text) and words.is_common_word(m.text, words.NAME_MIN_FREQ):
            return replace(m, generic=True)  # 地球, 沙漠, 医院, 邮政: a frequent noun of the language names no one thing
        return m


# passes over the mentions of a text, in order: a work after its owner, two events joined, an event's ceremony, session, host, sitting;
# a body that is a work's title (《美国陆军3》)
_EVERY_TYPE = frozenset(ENTITY_TYPES)
# (each with the types of mention it changes: it returns the mentions it is given when they hold none)
_EVENT = frozenset({"Event"})
_NAMED_WHOLE = ((owned_works, frozenset({"Project"})), (two_joined, _EVENT), (lambda ms, _: first_sittings(ms), _EVENT), (sessions_named, _EVENT),
                (hosts_shed, _EVENT), (other_sittings_shed, _EVENT), (this_edition, _EVENT), (titled_bodies, BODY_TYPES))
# mentions `kg ner` lists as CLUENER labels them, which no news reader lists: an organ of the state by its kind
# (法院认为), an army by its country's one character (展现日军侵华暴行: 1 of 533 dev articles, not its reader's), a bare service (海军)
_NO_NODE_RULES = frozenset({"department.bare", "world.army", "world.branch", "abbr.paired", "abbr.alone", "abbr.inword"})
_COUNTED_BEFORE = re.compile(r"(?<!第)[\d一二两三四五六七八九十百千万几多余]+家$")  # 近1500家[主板公司], 3家[中小企业]: how many of a kind
_NOT_PERSON_LAST = frozenset("港县馆廊站镇节楼阁亭寺宫殿庙")  # (节: 丰收节; 楼阁亭寺宫殿庙: 黄鹤楼, 滕王阁: no person of CLUENER or People's Daily ends so)
_ANY_DEPARTMENTS = re.compile(r"[市省县区]?(?:政府|有关|相关|各|[一二三四五六七八九十\d]+个?)?部门")  # (河北[政府部门], 北京市[八部门])
_CITY_ROLE = re.compile(r"^[\u4e00-\u9fff]{2,3}?市?(?:(?:国际)?(?:文化|政治|科技创新|国际交往|金融|经济|商贸|物流|消费|贸易|航运|交通|创新))?中心$")  # (湛江市中心: downtown)
_INSURANCE = re.compile("(?:养老|医疗|失业|工伤|生育|社会|商业|农业|巨灾|意外|责任|财产|人身|健康|护理|存款|疾病|大病|作物|乡镇|政策性)保险$")
_HOME_GOVERNMENT = frozenset({"中国政府", "我国政府", "中国中央政府", "中华人民共和国政府"})  # heads of places and buildings no given name ends with
_REPORTERS = ("记者", "特约记者", "通讯员", "报道组", "融媒体记者")
def _automaton(lexicon: Lexicon, world_: dict[str, str]) -> Automaton:
    """One automaton over every gazetteer surface: divisions, departments, name suffixes, posts, world names."""
    entries: dict[str, list[str]] = {}
    for surface in lexicon.by_name:
        if len(surface) >= 2 and surface not in _BAD_PLACE_NAMES:
            entries.setdefault(surface, []).append("place")
    for surface in lexicon.dept_by_surface:
        entries.setdefault(surface, []).append("dept")
    for suffix, _, _ in lexicon.suffixes:
        entries.setdefault(suffix, []).append("suffix")
    for post in lexicon.posts:
        entries.setdefault(post, []).append("post")
    for name, typ in world_.items():
        if name not in lexicon.by_name:
            entries.setdefault(name, []).append("world" if typ == "Place" else "work" if typ == "Project" else "intl")
    return Automaton(((key, (len(key) - 1, key, tuple(kinds))) for key, kinds in entries.items()), (0, "", ()))
