"""Words that name a kind of thing, not one thing: what a name may not consist of alone.

`is_generic` tells a model or suffix-rule span that names a kind (政府部门, 保险公司, 研究中心);
`distinctive` says whether the words before a name suffix make a name (太原[理工]大学) or only
qualify a kind (培育发展[专业镇], 招商引资[项目]).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Sequence
from typing import TYPE_CHECKING

from .. import edges, projects, words, zones

if TYPE_CHECKING:
    from ..segment import Token
    from .base import Candidate
    from .context import Context

_CJK = re.compile(r"[\u4e00-\u9fff]")  # (as base's: generic is imported by context, which base imports)
# leading words that make a name generic (大型国有银行, 相关企业): trimmed, and a
# name that is nothing else is no name
GENERIC = frozenset(
    """老家 家乡 省城 当地的 各 各类 各级 全 全省 全市 全县 全国 全区 省份 各大 双方 本 该 此 这 那 其 我 我省 我市 我县 我区 多家 一家 一批 部分 有关 相关 大型 中型
    小型 小微 中小 中小微 小微企业 中小企业 一系列 一个个 一座座 一项项 一批批 一条条 首批 第一批 第二批 第三批 新一批 一大批 今晚 今天 昨天 明天 昨晚 近日 日前 现场 国有 民营 私营 全资 股份制 政策性 商业 地方 重点 龙头 优秀 优质 知名 骨干 主要 重要 新 老 大 小 好 一些 这些 那些 上述
    参赛 参会 参展 入选 所有 其他 更多 众多 广大 当地 外地 本地 省内 市内 省级 市级 县级 国家级 首届 本届 本次 此次 这次 当前
    二级 三级 一级 下属 旗下 有限 责任 股份 集团 公司 企业 单位 机构 部门 金融 银行 学校 医院 项目 工程 活动 会议""".split()
)

# words that qualify a kind of thing, not name one (特色专业镇, 不同类型专业镇, 居住地社区)
# the ranks a state body gives (国家重点大学, 双一流高校, 示范性高职院校): with nothing else before a suffix, a kind
_RANKS = frozenset("国家重点 国家级重点 全国重点 省重点 省级重点 双一流 一流 示范 示范性 高水平".split())
GENERIC_MODIFIERS = frozenset("试点 新建 在建 拟建 跨国 境内外 国内外 海内外 基金 证券 券商 期货 保险 信托 外资 中资 合资 外商 国内 海外 境外 日式 欧式 美式 连锁 经纪 百货 储户 商业银行 属地 直属 专业 特色 省级 市级 省市 市县 不同 类型 各种 助力 培育 居住地 所在地 户籍地 辖区 周边 附近 这类 此类 同类 新型 传统 现代 综合性 综合 研究型 应用型".split())

# heads that name a kind of body, not one body: a model span made only of these and GENERIC
# words (政府部门, 公安窗口, 市直部门, 省内地方政府, 工会组织) is a mention but no graph node
GENERIC_HEADS = frozenset(
    """部门 窗口 机关 组织 财政 政府 公安 支部 政务 平台 平台公司 中心 职能部门 主管部门 有关部门 相关部门 监管部门
    地方政府 政府部门 金融机构 工会 党委 团委 妇联 村 社区 省 市 县 区 乡 镇 省直 市直 县直 区直 地方 基层 各地
    公安部门 公安机关 检察机关 司法机关 执法部门 村支部 党支部 党组织 工会组织 基层组织 村委会 居委会 管委会 党工委 疾控中心 央视新闻 央视频 央视网
    分局 支局 分行 支行 分公司 研究中心 服务中心 办事处 派出所 人民代表大会 人民政府 成员国政府 航空公司 人民法院 人民检察院 中央财政 地方财政
    党群服务中心 党群服务站 便民服务中心 便民服务站 卫生服务站 卫生服务中心 医疗卫生服务站 新时代文明实践中心 新时代文明实践站""".split()
)


_GENERIC_BODY_WORDS = GENERIC | GENERIC_HEADS
# the words a generic lead (`_generic_lead`) can be, and the longest of them: only the text's prefixes up to that length are looked up
_LEADS = GENERIC | GENERIC_MODIFIERS | GENERIC_HEADS
_LEAD_MAX = max(map(len, _LEADS))


def is_generic(text: str, cut: Callable[[str], list[str]], departments: Container[str], suffixes: Container[str] = ()) -> bool:
    """A name made only of generic words (政府部门, 市财政, 公安), or a kind of business and a
    name suffix (保险公司, 外资银行); a relative name of one body (市政府, 省商务厅: a
    jurisdiction prefix and a department) is not generic."""
    if text in departments and text not in GENERIC_HEADS or len(text) > 1 and text[0] in "省市县区州" and text[1:] in departments:
        return False  # (a bare 疾控中心, 工会, 党委 is a kind of body: the check below)
    if text in GENERIC_HEADS or text in suffixes:  # 研究中心: jieba cuts it 研究 + 中心; a bare 联合会, 大桥
        return True
    if _generic_lead(text, suffixes):
        return True  # (社区|党群服务中心: a kind of body where it stands)
    if text.endswith("公司") and len(text) > 3 and all(_activity(w) for w in cut(text[:-2])):
        return True  # 服务公司, 存储公司, 投资公司: a company by what it does, no name (not 联想公司: 联想/v)
    # a compound the segmenter left whole (党委政府) is generic when its words are
    return all(w in GENERIC or w in GENERIC_HEADS or len(w) >= 4 and _made_of(w, _GENERIC_BODY_WORDS) for w in cut(text))


def _generic_lead(text: str, suffixes: Container[str]) -> bool:
    """text is a generic word or modifier and a suffix or generic head (保险|公司, 社区|党群服务中心), or two generic heads
    (政府|部门), split after its first character and before its last."""
    for k in range(1, min(len(text) - 1, _LEAD_MAX + 1)):
        head = text[:k]
        if head in _LEADS:  # (most prefixes are none of these words: one lookup, not four)
            tail = text[k:]
            if (tail in suffixes or tail in GENERIC_HEADS) and (head in GENERIC or head in GENERIC_MODIFIERS) or tail in GENERIC_HEADS and head in GENERIC_HEADS:
                return True
    return False


# industry words that end the short names of companies (中来光能, 格力电器, 长城汽车, 蒙牛乳业)
INDUSTRY = (
    "光能 节能 能源 新能源 电力 电气 电器 电机 电子 科技 智能 医药 医疗 生物 制药 药业 化工 钢铁 特钢 煤业 煤电 矿业 锂业 乳业 食品 酒业 "
    "汽车 重工 机械 装备 新材 建材 建工 地产 置业 物流 航运 航空 旅游 文旅 传媒 通信 软件 环保 水务 燃气 热力 牧业 种业 纺织 "
    "股份 控股 实业 电池 光电 光伏 半导体 微电子 精工 精密 动力 铝业 铜业 纸业 置地"
).split()
SECTORS = frozenset(INDUSTRY) | frozenset("产业 行业 领域 企业 经济 工业 制造 制造业 服务业 农业 集群".split())
NOT_BRANDS = frozenset(
    """新兴 传统 清洁 绿色 高端 现代 数字 未来 新型 先进 智慧 高新 特色 优势 龙头 全省 全市 全国 省内 国内 国际 本地 当地
    可再生 再生 新 氢 风电 太阳 光伏 储能 煤炭 石油 天然 核 生物 化学 信息 电子 网络 文化 教育 体育 健康 养老 旅游 农业
    相关 有关 重点 主要 大型 中小 民营 国有 地方 县域 城市 乡村 农村 家用 工业 商业 民用 军工 航天 海洋 低碳 零碳 节能
    发展 推动 加快 支持 培育 壮大 促进 布局 建设 打造 提升 实现 形成 带动 聚焦 围绕 做强 做大 做优 引进 拓展
    红色 国内外 国内 国外 境内 境外 全域 生态 休闲 冰雪 乡村 研学 康养 自驾 入境 出境""".split()
)
_PROPER = frozenset({"ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "eng"})
_MARKED = re.compile(r"[“”\"《》]|(?:19|20)\d\d年?|第[一二三四五六七八九十百\d]+届|^首届|^全(?:国|省|市|区|县|州)[\u4e00-\u9fff]{2}")
_PROJECT_GENERIC = GENERIC | GENERIC_MODIFIERS | NOT_BRANDS | SECTORS
# what is done to land, water or a work: a project named by it and its field alone is a kind (生态修复工程)
_WORKS_GENERIC = _PROJECT_GENERIC | frozenset("生态 环境 修复 治理 综合 保护 拦截 疏浚 清淤 整治 防治 改造 提升 除险 加固 扩容 扩建".split())
# bare heads of bodies a paper also uses for kinds (合适的服务公司, 智能制造工厂, 科研实验室); the legal
# forms (有限公司, 股份公司, 集团公司) come with a name
_BARE_HEADS = ("工厂", "实验室")
# the ranks under which ministries and provinces list labs and centres (国家重点实验室, 国家工程研究中心,
# 省级企业技术中心): a field before one of them is a registered name, not a kind
_DESIGNATIONS = ("全国重点", "国家重点", "省重点", "省级重点", "部重点", "国家工程", "国家工程技术", "国家技术创新", "国家制造业创新", "国家临床医学研究")
_LEGAL_LEADS = ("有限", "股份", "集团", "分", "总", "子", "责任")
# project heads a place alone does not make a name of (山西项目, 新疆铁路); other heads name structures (米林水电站)
_KIND_HEADS = ("项目", "工程", "基地", "生产线", "智能工厂", "铁路")
# projects, bases and lines: a reader lists one only when something singles it out (石化项目,
# 钾肥生产基地 are kinds); programmes (工程) are often named by what they do (青年马克思主义者培养工程)
_WORKS_NEEDING_NAMES = ("项目", "基地", "生产线", "智能工厂", "通道")
# bases and corridors are named by a place, a proper word or a mark, never by a description alone
# (世界级盐湖产业基地, 全球航空物流大通道: what the base or corridor is for, a kind)
_NAMED_ONLY = ("基地", "通道", "生产线")
_SCHOOL_HEADS, _PARK_HEADS = ("学校", "医院", "中学", "小学", "幼儿园", "高校", "卫生院", "养老院"), ("产业园", "产业园区", "示范园", "示范区", "工业园", "工业园区")
# a quoted tag and at most a word of building before 项目 (“小而美”项目, “两重”建设项目, “非遗+旅游”项目)
_QUOTED_TAG = re.compile(r"[“\"][^“”\"]{1,8}[”\"](?:建设|重点|重大)?")
# a place and a scope word, then a kind (河南[全省]高速公路, 江苏[全市]公交线路)
_SCOPED = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:全省|全市|全县|全区|全域)")
# a count of kinds inside a name (十大数据中心, 北部湾五大海上风电基地, 平陆运河三大枢纽): which ones, not one;
# not a Party congress by its number (二十大, 十九大) nor 大学, 大厦 …
_COUNTED_KINDS = re.compile(r"(?<![\d一二两三四五六七八九十百千第])(?!十[七八九]大|二十大)[一二两三四五六七八九十百千]+大(?![学厦会道街桥楼院队])")


def scoped(name: str) -> bool:
    """name is a place's whole stock of a kind (河南全省高速公路): no one thing's name."""
    return _SCOPED.search(name) is not None


def counted_kinds(name: str) -> bool:
    """name counts kinds (十大数据中心, 两大能源基地): no one thing's name."""
    return _COUNTED_KINDS.search(name) is not None


_MANY = ("各大", "各类", "各个", "众多", "上市公司")  # (and a name ending 上市 before 公司: listed companies)


_NUMBERISH = re.compile("[0-9０-９.一二三四五六七八九十百千万亿两零〇几多余半第首个批项家座所条位名次届期年月日号层台架辆艘亩米吨元倍成分点些步轮种类套组部片栋幢间处回样级张只头本件份笔根]+")  # (三星堆: no numeral)


def distinctive(
    name: str, ctx: Context, start: int, end: int, typ: str, place_end: dict[int, Candidate], cut: Callable[[str], list[str]]
) -> bool:
    if name in GENERIC or not _CJK.search(name) and not re.search(r"[A-Za-z]{2,}", name) or any(w in name for w in _MANY) or name.endswith("上市"):
        return False  # (上海各大产业园, 北交所上市公司: many of a kind, no one name)
    toks = ctx.within(start, end)
    if name in _RANKS:
        return False  # 国家重点大学, 双一流高校: a rank before a suffix is a kind
    if toks and not edges.numbered_school(name, ctx.text, end) and all(t.text in GENERIC or t.text in GENERIC_MODIFIERS or t.pos in {"a", "ad", "b", "m", "q", "r", "d", "v", "vn", "t", "p"} and not (t.pos == "m" and (edges.brand_numeral(t.text, ctx.text, end) or not _NUMBERISH.fullmatch(t.text))) and not unknown_word(t.text) for t in toks):
        return False  # 培育发展专业镇, 年内省市专业镇, 不同类型专业镇: no name before the suffix
    if typ == "Project":
        place = place_end.get(end)
        works = not ctx.text.startswith(_KIND_HEADS, end)  # 米林水电站, 川藏铁路: one structure
        if place is not None and place.start <= start and not works:
            return False  # 山西项目: projects somewhere, not a project's name
        heads = toks or [t for t in (ctx.token_at(start),) if t is not None]
        if len(_CJK.findall(projects.CAPACITY.sub("", name))) < 2:
            return False  # 8吉瓦项目: how big, not what
        if len(name) <= 2 and not any(t.pos in _PROPER for t in heads) and not (works and place is not None and place.start <= start):
            return False  # 科技项目, 招商项目, 配套工程 (平陆运河 is named after its place)
        if ctx.text.startswith("项目", end) and (projects.QUOTED_SLOGAN.fullmatch(name) or _QUOTED_TAG.fullmatch(name) and not any(t.pos in _PROPER for t in toks)):
            return False  # “两重”项目, “小而美”项目, “两重”建设项目: projects a slogan tags, a kind
        if projects.kind_of_project(name, cut, _WORKS_GENERIC):
            return False  # 招商引资项目, 特色公益品牌项目: a kind of project
        if ctx.text.startswith(_WORKS_NEEDING_NAMES, end):
            placed = _placed(place_end, start, end)
            described = not ctx.text.startswith(_NAMED_ONLY, end)  # 全国能源资源战略保障基地, 陆路贸易新通道: kinds
            if not projects.singled_out(name, [(t.text, t.pos) for t in heads], _PROJECT_GENERIC, placed, described=described):
                return False  # 钾肥生产基地, 智能化生产线: kinds of base and line
    if typ != "Person" and (ctx.text.startswith("中心", end) or ctx.text.startswith(_BARE_HEADS, end) and not name.endswith(_LEGAL_LEADS)):
        placed = _placed(place_end, start, end)
        if (whole := place_end.get(end)) is not None and whole.start == start and ctx.text.startswith(("中心城区", "中心区"), end):
            return False  # 拉萨市[中心城区]: the middle of a city, no centre it runs
        # a centre named by a long description of what it does is one centre (综合性国家科学中心,
        # 空间碎片联合观测中心); factories and labs need more (智能制造工厂, 科研实验室 are kinds)
        described = len(name) >= 6 and ctx.text.startswith("中心", end) and bool(toks) and toks[0].pos not in ("v", "vn")
        ranked = next((r for r in _DESIGNATIONS if name.endswith(r)), None)
        if ranked is not None and len(_CJK.findall(name[: -len(ranked)])) >= 2:
            return True  # 柔性电子全国重点实验室, 光电材料国家重点实验室: a field and the rank a state body gave it
        if not projects.singled_out(name, [(t.text, t.pos) for t in toks], _PROJECT_GENERIC, placed, described=described):
            return False  # 研发中心, 服务公司, 智能制造工厂, 科研实验室: a kind (太湖量子智算中心, 凯信达公司 are one)
    if _trade_named(name, ctx, toks, start, end, typ, place_end):
        return False  # 电动车产业园, 农村小规模学校, 外商独资医院: a kind of park, school or hospital
    if typ == "Event":  # 撒马尔罕|峰会: nrt; 数字经济产业合作|大会: a topic of three words or more names the meeting; 平津|战役
        return bool(_MARKED.search(name)) or ctx.text.startswith("战役", end) or any(t.pos in {"ns", "nt", "nz", "eng", "nrt"} for t in toks) or len(name) >= 6 and bool(toks) and toks[0].pos in ("n", "nz", "j") and sum(
            len(t.text) >= 2 and t.text not in GENERIC and t.pos in ("n", "vn", "nz") for t in toks) >= 3
    if typ == "Place" and len(name) < 2:
        return False
    return len(name) >= 2


def _trade_named(name: str, ctx: Context, toks: Sequence[Token], start: int, end: int, typ: str, place_end: dict[int, Candidate]) -> bool:
    """A park, a school or a hospital named only by its trade: no place (山西省|实验中学), proper, unknown (上合, 雄安) or ordinal word."""
    heads = _PARK_HEADS if typ == "Place" else _SCHOOL_HEADS if typ == "Organization" and "第" not in name else ()
    if not heads or not ctx.text.startswith(heads, end) or not toks or any(unknown_word(t.text) for t in toks):
        return False
    placed = _placed(place_end, start, end) or typ == "Organization" and (place_end.get(start) is not None or name[0] in "省市县区")
    return not projects.singled_out(name, [(t.text, t.pos) for t in toks], _PROJECT_GENERIC, placed, described=False)


def _placed(place_end: dict[int, Candidate], start: int, end: int) -> bool:
    """A place lies within [start, end): looked up by its end (`Scan.place_end`), not by a scan
    of all the text's places (quadratic in a long article)."""
    return any((c := place_end.get(e)) is not None and c.start >= start for e in range(start + 1, end + 1))


# what kind of place, not which one: the zone words (kg.zones.KIND_WORDS) less those that are the
# proper part of many zones' names (临港新片区, 空港新城, 西部科学城), the generic words and modifiers
# above, and words that classify villages, streets and sites
_OWN_NAMES = frozenset("空港 临空 临港 港口 沿海 滨海 滨江 沿江 海洋 边境 东部 西部 南部 北部 中部 城东 城南 城西 城北 片 国家".split())
PLACE_KIND_WORDS = (
    (frozenset(zones.KIND_WORDS) - _OWN_NAMES) | GENERIC | GENERIC_MODIFIERS
    | frozenset("""经贸 人文 商业 生活 居住 试点 样板 美丽 和美 宜居 乡村振兴 振兴 特色小镇 创新 创业 双创 科创 数字经济 自由贸易
    自贸 综合保税 跨境 电商 口岸 边贸 开放 先导 引领 集聚 配套 乡村 城乡 农村 城市 公路 铁路 航空 国际 街道""".split())
)


# the country every article of a Chinese paper is in, and regions named by a direction (东部, 中西部,
# 北方地区): the frame of the news, not a place it is about. None of the three readers' golds lists
# 中国 (bench/SEEDS_GOLD.md: "Not entities: 中国 the country …, generic regions (中西部, 北方地区)";
# the news gold lists none of the 317 mentions of 中国 in its corpus). The named regions of China
# (东北, 华北, 西南 …) are places a reader lists, and are not here. Written from the compass and
# the standard names of the country.
HOME_COUNTRY = frozenset("中国 中华 中华人民共和国 我国 祖国 全国".split())
COMPASS_REGIONS = frozenset(
    [w + t for w in ("东", "南", "西", "北", "中", "中西", "中东", "东中", "东中西", "中东西", "东北", "西北", "东南", "西南") for t in ("部", "部地区")]
    + "北方 南方 北方地区 南方地区 东南沿海 沿海地区 内陆地区".split()
) - {"西部地区"}  # (the region of the 西部大开发 strategy, named so by the national news: world.tsv; 9 of 13 readers list it;
# 东北 of 东北振兴 likewise, 17 of 32)


# a count of projects right before the name (实施100个, 300个以上, 一批, 171座; 1条年产2万吨…生产线 is one work),
# or the area of one of a kind (建成千亩“稻虾共生”示范基地), or a count right after it (16项, 91个)
_NUM = r"(?:\d+(?:\.\d+)?[十百千万亿]*[多余]?|[一两二三四五六七八九十百千万几数多]+余?)"
_COUNT_BEFORE = re.compile(rf"(?<![\d一两二三四五六七八九十百千万几数多.])(?:{_NUM}(?:个|项|批|大|亩)|(?![1一][座条处]){_NUM}[座条处])(?:以上|左右)?(?:[\u4e00-\u9fff]{{0,2}}领域)?$")
_COUNT_AFTER = re.compile(r"(?:约|近|超|超过|达)?(?:\d+|[一两二三四五六七八九十百千几数多]+)(?:个|项|批)")


def counted(text: str, start: int, end: int, after: bool = True) -> bool:
    """A project name with a count right before or after it (实施100个“数字新基建”项目, 签约“湾企入赣”合作项目91个)
    names a kind; a place's count after it is of what follows (张家口赛区76个重点项目): `after=False`."""
    return _COUNT_BEFORE.search(text, max(0, start - 12), start) is not None or after and _COUNT_AFTER.match(text, end) is not None


# a count of bodies right after the name (培育“灯塔工厂”2家, 重点实验室12所): a kind of body, counted
_BODIES_COUNTED = re.compile(r"[”》]?(?:约|近|超|超过|达)?(?:\d+|[一两二三四五六七八九十百千几数]+)[多余]?[家所个]")


def bodies_counted(text: str, end: int) -> bool:
    """A body's name followed by a count of bodies (“灯塔工厂”2家) names a kind of body."""
    return _BODIES_COUNTED.match(text, end) is not None


# divisions and parks a state body designates (半导体材料专业镇, 航天科技产业园): one place, though
# named with common words
_DESIGNATED_ENDS = frozenset("省市县区旗盟州镇乡村园城港")
# one-character heads of natural features and temples: a word and such a head is the feature's proper
# name (太行山, 白马寺, 洞庭湖), even where the word alone is an ordinary one (太行, 白马: LAC's nouns)
_FEATURE_HEADS = frozenset("山岭峰寺庙庵观湖河江岛")


def common_nouns(text: str, cut: Callable[[str], list[str]]) -> bool:
    """A name of two words or more that are all frequent nouns of the language (铁路货运枢纽,
    蔬菜基地, 标本馆: 标本 + a one-character head): a description, not a name.  Names hold a
    name's word (川藏铁路, 乌梁素海) or one jieba rarely sees (传化, 锁边)."""
    parts = [w for w in cut(text) if w.strip()]
    if not parts or text[-1] in _DESIGNATED_ENDS or text.endswith("国际机场") and len(text) > 4:
        return False  # (天府国际机场, 黄花国际机场: an international airport goes by a name, whatever its words)
    head = 0  # a one-character head after the nouns (标本 + 馆), cut apart or not
    if len(parts[-1]) == 1:
        parts, head = parts[:-1], 1
    elif len(parts[-1]) >= 3 and _nouns_of(parts[-1]) is None:
        parts, head = parts[:-1] + [parts[-1][:-1]], 1
    if head and len(parts) == 1 and text[-1] in _FEATURE_HEADS:
        return False
    pieces = [_nouns_of(w) for w in parts]
    return bool(parts) and all(p is not None for p in pieces) and sum(p or 0 for p in pieces) + head >= 2


def _activity(word: str) -> bool:
    """A dictionary word for an activity (服务, 存储, 投资: jieba's vn), seen often."""
    entry = words.common_words().get(word)
    return entry is not None and entry[1] == "vn" and entry[0] >= words.NAME_MIN_FREQ


def _nouns_of(word: str) -> int | None:
    """How many frequent common nouns word is written with (蔬菜基地: 2), or None."""
    best: list[int | None] = [0] + [None] * len(word)
    for i in range(2, len(word) + 1):
        for j in range(max(0, i - 4), i - 1):
            prev = best[j]
            if prev is not None and _frequent_noun(word[j:i]):
                best[i] = prev + 1
                break
    return best[-1]


def _frequent_noun(w: str) -> bool:
    return words.is_common_noun(w) and words.is_common_word(w, words.NAME_MIN_FREQ)


# a rank among many (全球第三大体育用品集团, 东北地区最长跨海大桥, 全球最大绿色氢氨项目, 东北首座塔式熔盐
# 光热电站) or in a larger work (沪渝蓉高铁控制性节点工程): a description of one thing by how it compares, not
# its name (最高人民法院 is a name: 最高 is not here)
_RANKED = re.compile("最(?:大|长|短|早|先|新|深|宽|快|高(?!人民|法|检)|低|多|小|强)|第[一二三四五六七八九十]+大|(?:关键性|控制性|控制性节点|标志性)工程$|首[座个家条台批艘架]|第[一二三四五六七八九十]+[座个家条台批艘架]"
                     "|^.?(?:世界级|千万千瓦级|百万千瓦级|吉瓦级)")  # 世界级盐湖产业基地: a class of base, opening the name (read with the character before it)


def ranked(name: str) -> bool:
    """The name describes its thing by its rank among others."""
    return _RANKED.search(name) is not None


def plain_activity(name: str, tokens: Sequence[Token]) -> bool:
    """An activity named only by what it is about (重大主题军事外宣活动, 宣传推介活动): no quotes,
    edition, year or proper name sets it apart from others of its kind; a reader lists none."""
    return name.endswith("活动") and _MARKED.search(name) is None and not any(t.pos in _PROPER - {"j"} for t in tokens)  # 外宣: j


def frame_place(text: str, canonical: str | None = None) -> bool:
    """The home country (中国, 中华, 中 of 中美 read as 中国) or a compass region (西北, 中西部地区):
    a place every article is in or a direction, not one the article is about; so are the Earth and the sky's bodies
    (地球, 月球) and a continent said by one character (非 of 中非合作: none of the dev parts' readers lists them, 0 of 18)."""
    return text in HOME_COUNTRY or canonical in HOME_COUNTRY or text in COMPASS_REGIONS or text in _SKY or len(text) == 1 and canonical in _CONTINENTS


_SKY = frozenset("地球 月球 火星 太阳系".split())
_CONTINENTS = frozenset("非洲 欧洲 亚洲 美洲 拉丁美洲 大洋洲".split())


def kind_of_place(text: str, cut: Callable[[str], list[str]]) -> bool:
    """A place name whose words before its head only classify (经济技术开发区, 现代农业示范区,
    西北产业园, 商贸街区, 乡村振兴试点村): a kind of place, no name; also after a verb of the clause the
    segmenter left in the span (服务[保障]自由贸易试验区建设)."""
    parts = [w for w in cut(text) if w.strip()]
    if len(parts) >= 3 and (entry := words.common_words().get(parts[0])) is not None and entry[1] == "v" and entry[0] >= 100:
        parts = parts[1:]
    return len(parts) >= 2 and all(_made_of(w, PLACE_KIND_WORDS) for w in parts[:-1])


@functools.lru_cache(maxsize=1 << 14)  # (a function of the word: the same names' words come back sentence after sentence)
def _made_of(word: str, vocabulary: frozenset[str]) -> bool:
    """word is one word of `vocabulary` or several written together (现代农业 = 现代 + 农业)."""
    made = [0]  # the offsets i where word[:i] is made of vocabulary words, in order (words of up to six characters)
    for i in range(1, len(word) + 1):
        for j in reversed(made):
            if j < i - 6:
                break
            if word[j:i] in vocabulary:
                made.append(i)
                break
    return made[-1] == len(word)


def unknown_word(word: str) -> bool:
    """A word of two characters or more that jieba's dictionary does not hold as a common word,
    alone or as two written together (传化, 正泰; not 充分体现): whatever tag the segmenter
    guessed for it, more likely a name than a kind."""
    common = words.common_words()
    if len(word) < 2 or _CJK.match(word) is None or word in common:
        return False
    return not any(word[:k] in common and word[k:] in common for k in range(2, len(word) - 1))  # 充分+体现

