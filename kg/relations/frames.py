"""The relation frames, declared as data: for each predicate, the words that trigger it, the types
its arguments take, and the argument orders Chinese uses for it.  `kg.relations.engine` applies
them all; a new trigger or a new predicate is a line here, not a new function.

Two kinds of trigger:
- verbs (投资, 主办, 承建, 位于 …), read in these orders:
  active        A 投资 B              A、B 共同主办 C（第三届…）
  attributive   A 投资的 B            A 主办的 B
  passive       B 由 A 投资           B，由 A、B 主办         B 被 A 收购
  comitative (symmetric frames) A 与 B（就…）签约         A 正与 B 进行合作
  joint (symmetric frames)      A、B 等联合投资            (the listed parties act together)
- role nouns (主办单位, 投资方, 子公司 …), read in these orders:
  role-is       B 的主办单位是 A     项目投建方是 A (B: the sentence's subject)
  holder-is     A 是 B 的子公司       A 为 B 的承办方
  appositive    B 的子公司 A          B 旗下 A
The role holder is the agent.  (Where things are — 位于, 落户, 总部设在, 在X举办, 在X，… — is read by
the located rules of `kg.relations.rules`, whose seat and list shapes the frames do not have yet.)  `agent_is_subject` says which argument is the fact's subject
(A 投资 B: the investor; B 旗下 A: A is the sub-organisation).

Where a frame's trigger words come from: the verbs the sentence rules used since stop 4 (kg/relations/
rules.py history), the FinRE relation words (../shared/data/finre/README.md: 持股 入股 参股 控股
注资 增持 合资, 签约 签署 合作 携手) and the issue's failure kinds (投建, 投建方, 进行合作, 协办 lists).
Grown from the sentences of FinRE's train.txt (the dev split of bench/eval_finre.py; valid.txt is
held out and was not read): the stake verbs 持有 受让 购得 认购 (with a share or stake in the same
clause: `stake`), the ranked shareholders 第一大股东 …, 参股公司 (the holder is the investee),
拥有 and 旗下拥有 (拥有 is FinRE's ownership label), 控股 as ownership too (A控股B: B is under A),
附属公司, 续签, and joint acts said with 与 (A与B联合推出/共同开发 …).  Round 5 (FinRE train.txt again): a
stake handed on (B 5%的股权转让给A, B的国有产权无偿划转至A: `recipient`), the stake verbs 所持 获得 取得 购入
竞得 and 收购 with a share named (收购X 5%的股权: a whole company bought is not an investment FinRE or a
reader lists), 入主, 合资, a holding in B (A在B的持股比例), a stake held in the passive (B将由A持有5%股份), the shareholders ranked past the third and by kind (外资股东,
流通股股东), the parent's roles (母公司, 实际控制人), 全资附属企业, and 合作伙伴 as a cooperation role.  成立/组建 as ownership (国务院成立
事故调查组) and 深化交流 from the news gold's failure kinds (bench/eval_news.py --errors of dev and seeds);
推出/打造 an event (博物馆推出“…”巡展, 精心打造“…”活动) as organising it, from the seeds' misses (only an
Event, or a name with an event's tail, fills the organises patient).
Round 7 (FinRE train.txt): 联姻, 结盟 and 战略联盟 as cooperation, said with 与 or as A联姻B.
Round 6 (the news golds' dev parts): 联合开行, 共同建立, 联合建立, 共同创建 as joint acts said with 与; 建立 and 创建 in the joint frame (not
bare 联合: ministries that 联合印发 a document are listed as cooperating by readers in about half the cases only).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..types import EntityType, Predicate

E, G, O, J, V, P, N = (EntityType.ENTERPRISE, EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION, EntityType.PROJECT,
                       EntityType.EVENT, EntityType.PLACE, EntityType.PERSON)
ORGS = frozenset({E, G, O})


@dataclass(frozen=True)
class Frame:
    name: str  # the rule id is rel.<predicate>.<name>-<order>
    predicate: Predicate
    agent: frozenset[str]  # who acts / holds the role
    patient: frozenset[str]  # what it acts on
    verbs: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # role nouns
    agent_is_subject: bool = True
    symmetric: bool = False
    passive: bool = True
    pre_attributive: bool = False
    comitative: bool = False  # A 与 B … verb
    joint: bool = False  # A、B 等共同/联合 verb: two or more parties act together
    under: bool = False  # 在 A 的 支持 下，B: A acts for B
    needs_amount: bool = False  # a money amount must be stated in the sentence (建设 as an investment)
    carries: str | None = None  # "amount" | "role" | "topic"
    role_of: dict[str, str] = field(default_factory=dict)  # trigger -> role value
    located: bool = False  # 在 Z + verb: the patient is located in Z
    stake: bool = False  # a share or stake is named after the verb in its clause (持有X股份, 受让X 20%的股权)
    recipient: bool = False  # B的股权转让给A: the agent follows the verb, the stake of the patient precedes it
    preps: str = "对向为给"  # the prepositions of A <prep> B <verb> (prep-object: A对B进行投资, A在B的持股)
    confidence: float = 0.8  # before calibration (tools/calibrate.py writes the measured ones)


BUILDABLE = frozenset({J, P})  # a project, or a named structure the recogniser read as a place (上海中心大厦)
EVENTS = frozenset({V})

FRAMES: tuple[Frame, ...] = (
    Frame("trigger", Predicate.ORGANIZES, ORGS | {P}, EVENTS,
          verbs=("主办", "承办", "协办", "举办", "联办", "共同举办", "联合举办", "召开", "举行", "组织", "发起", "开展", "推出", "打造"),
          roles=("主办单位", "主办方", "承办单位", "承办方", "协办单位", "协办方", "组织单位"),
          carries="role", located=True,
          role_of={"举行": "举办", "召开": "举办", "开展": "举办", "联办": "主办", "共同举办": "举办", "联合举办": "举办", "发起": "主办", "推出": "举办", "打造": "举办",
                   "主办单位": "主办", "主办方": "主办", "承办单位": "承办", "承办方": "承办", "协办单位": "协办",
                   "协办方": "协办", "组织单位": "组织"}),
    Frame("trigger", Predicate.INVESTS, ORGS | {N}, frozenset({J, E, O, P}),
          verbs=("投资", "出资", "斥资", "投入", "援建", "注资", "增资", "入股", "参股", "控股", "捐建", "投建",
                 "持股", "增持", "入主", "合资"),
          roles=("投资方", "投建方", "出资方", "投资主体", "出资人", "控股股东", "大股东", "股东", "第一大股东", "第二大股东",
                 "第三大股东", "第四大股东", "第五大股东", "第六大股东", "第七大股东", "第八大股东", "第九大股东", "第十大股东",
                 "单一大股东", "最大股东", "战略股东", "战略投资者", "外资股东", "外方股东", "中方股东", "国有股东", "法人股东",
                 "机构股东", "新股东", "第一大流通股股东", "第二大流通股股东", "第三大流通股股东", "流通股股东",
                 "前三大股东", "前五大股东", "前十大股东", "前三大流通股东", "前十大流通股东", "流通股东"),
          carries="amount", located=True),
    Frame("stake", Predicate.INVESTS, ORGS | {N}, frozenset({E}),
          verbs=("持有", "所持", "所持有", "受让", "购得", "认购", "买入", "举牌", "获得", "取得", "购入", "竞得", "拍得", "收购", "并购"),
          carries="amount", stake=True, confidence=0.75),
    Frame("holding", Predicate.INVESTS, ORGS | {N}, frozenset({E}),
          verbs=("持股", "持股比例", "持股量", "持有股份"), preps="在", passive=False, confidence=0.75),
    Frame("transfer", Predicate.INVESTS, ORGS | {N}, frozenset({E}),
          verbs=("转让给", "转让予", "划转给", "划转至", "划转予", "出售给", "过户给", "过户至", "转给"),
          recipient=True, passive=False, confidence=0.75),
    Frame("held", Predicate.INVESTS, frozenset({E}), ORGS,
          roles=("参股公司", "参股企业", "参股子公司", "投资企业", "被投资企业"),
          agent_is_subject=False, passive=False, confidence=0.75),
    Frame("build", Predicate.INVESTS, ORGS, frozenset({J}),
          verbs=("建设", "新建", "兴建", "建立", "打造", "布局", "落地", "上马", "建成"),
          carries="amount", located=True, needs_amount=True, confidence=0.7, passive=False),
    Frame("trigger", Predicate.CONTRACTOR_OF, ORGS, BUILDABLE,
          verbs=("承建", "施工", "总承包", "中标", "建设施工", "负责建设", "负责施工", "参建"),
          roles=("承建单位", "施工单位", "总承包单位", "承建方", "施工方", "总承包方", "建设单位", "参建单位"),
          located=True),
    Frame("trigger", Predicate.OPERATES, ORGS, frozenset({J, P, E, O}),
          verbs=("运营", "经营管理", "运营管理", "管理运营", "运维", "托管"),
          roles=("运营方", "运营单位", "运营主体", "管理方")),
    Frame("trigger", Predicate.SUPPORTS, ORGS, ORGS | {J, P, V},
          verbs=("支持", "帮扶", "扶持", "资助", "援助", "助力", "对口帮扶", "结对帮扶", "对口支援", "赞助"),
          roles=("支持单位", "赞助单位", "赞助商"), passive=False, under=True, confidence=0.7),
    Frame("trigger", Predicate.COOPERATES_WITH, ORGS | {P}, ORGS | {P},
          verbs=("合作", "携手", "联手", "牵手", "协作", "共建", "结对", "战略合作", "深化合作", "开展合作", "进行合作",
                 "加强合作", "达成合作", "建立合作", "深化交流", "交流合作", "联合推出", "共同推出", "合作推出", "联合开发", "合作开发", "共同开发",
                 "联合研发", "共同研发", "合作研发", "联合发布", "共同发布", "联合开行", "共同建立", "联合建立", "共同创建",
                 "合作伙伴", "战略合作伙伴", "战略伙伴", "伙伴关系",
                 "联姻", "结盟", "战略联盟"),  # A与B联姻, A结盟B, A与B建立战略联盟 (FinRE train: 联姻 labelled 合作 20 times of 28)  # A与B结成战略合作伙伴, 保持着合作伙伴关系 (comitative; as roles below: A是B的合作伙伴)
          roles=("合作伙伴", "战略合作伙伴", "战略伙伴", "合作方"),
          symmetric=True, comitative=True, carries="topic", passive=False),
    Frame("sign", Predicate.SIGNS_WITH, ORGS | {P}, ORGS | {P},
          verbs=("签约", "签署", "签订", "签下", "缔结", "达成协议", "签署协议", "签订协议", "续签", "交换合作协议", "交换合作文件", "交换合作备忘录"),
          symmetric=True, comitative=True, carries="topic", passive=False),
    Frame("joint", Predicate.COOPERATES_WITH, ORGS, ORGS,
          verbs=("投资", "出资", "合资", "组建", "建设", "开发", "研发", "研制", "打造", "成立", "发起", "设立", "创办", "运营",
                 "摄制", "制作", "出品", "邀请", "建立", "创建"),  # (not 编制: a report or a plan compiled together, no cooperation the readers list)
          symmetric=True, joint=True, carries="topic", passive=False, confidence=0.7),
    Frame("under", Predicate.SUB_ORGANIZATION_OF, ORGS, ORGS,
          verbs=("隶属于", "隶属", "归属于", "划归", "并入", "划入"),
          roles=("全资子公司", "控股子公司", "子公司", "孙公司", "分公司", "成员企业", "成员单位", "下属企业", "下属单位",
                 "下属公司", "直属单位", "直属企业", "分支机构", "旗下企业", "旗下公司", "二级单位", "二级公司", "派出机构",
                 "直属机构", "下设机构", "内设机构", "附属公司", "附属企业", "全资附属公司", "全资附属企业", "全资子企业",
                 "控股子企业", "下属子公司", "全资控股子公司", "附属医院", "直属医院", "附属中学", "附属小学", "附属学校",
                 "二级学院", "直属高校", "下属研究所", "研究所"),
          passive=False),
    Frame("part-of", Predicate.LOCATED_IN, frozenset({P}), frozenset({P}),
          verbs=("隶属于", "隶属", "归属于", "划归", "划入", "并入"), passive=False),  # 西湖区隶属于杭州市: a division's
    Frame("owns", Predicate.SUB_ORGANIZATION_OF, ORGS, ORGS,
          verbs=("旗下", "下属", "所属", "下设", "设立", "全资控股", "旗下拥有", "拥有", "控股", "成立", "组建"),
          roles=("母公司", "控股母公司", "实际控制人", "控股方", "控股股东"),  # (B的控股股东A: B is A's, as A控股B says; FinRE labels it 拥有 9 of 10)
          agent_is_subject=False, passive=False, confidence=0.7),
)


def verbs() -> dict[str, list[Frame]]:
    """trigger verb -> the frames it triggers."""
    out: dict[str, list[Frame]] = {}
    for f in FRAMES:
        for v in f.verbs:
            out.setdefault(v, []).append(f)
    return out


def roles() -> dict[str, list[Frame]]:
    """role noun -> the frames it names a role of."""
    out: dict[str, list[Frame]] = {}
    for f in FRAMES:
        for r in f.roles:
            out.setdefault(r, []).append(f)
    return out
